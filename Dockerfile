# syntax=docker/dockerfile:1
# docker build -t matchprep .   (BuildKit, the default builder since Docker 23)

# Build stage. Maven, the dependencies and the plugins come first, keyed on the pom alone, into a cache
# that every build shares: a change to the sources downloads nothing.
FROM eclipse-temurin:21-jdk AS build
WORKDIR /build
COPY --chmod=755 mvnw ./
COPY .mvn/ .mvn/
COPY pom.xml ./
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B -ntp dependency:go-offline
COPY frontend/ frontend/
COPY src/ src/
# The production jar (Vaadin's production bundle included); the tests run outside the image build.
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B -ntp package -Dmaven.test.skip=true \
    && cp target/matchprep-*.jar application.jar
# Split the jar into layers: the libraries change seldom, the application with every build.
RUN java -Djarmode=tools -jar application.jar extract --layers --destination extracted

# Run stage: a JRE, a non-root user, the layers from the least to the most often changed.
FROM eclipse-temurin:21-jre
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --create-home --home-dir /home/matchprep --uid 10001 matchprep \
    && mkdir /home/matchprep/.matchprep \
    && chown matchprep:matchprep /home/matchprep/.matchprep
WORKDIR /app
COPY --from=build /build/extracted/dependencies/ ./
COPY --from=build /build/extracted/spring-boot-loader/ ./
COPY --from=build /build/extracted/snapshot-dependencies/ ./
COPY --from=build /build/extracted/application/ ./
COPY --chmod=755 docker/entrypoint.sh /usr/local/bin/matchprep-entrypoint
USER matchprep

# No VOLUME on purpose: Docker would mount an anonymous volume there by itself, and the entrypoint could no
# longer tell "asked for the embedded database with a volume" from "forgot the database".
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
EXPOSE 8080
# The first start migrates the schema: about 35 s on a quiet machine, minutes on a busy one. Failures
# during the start period do not count; the first success ends it.
HEALTHCHECK --interval=30s --timeout=5s --start-period=300s --start-interval=5s --retries=3 \
    CMD curl -fsS -o /dev/null "http://localhost:${PORT:-8080}/actuator/health" || exit 1
ENTRYPOINT ["/usr/local/bin/matchprep-entrypoint"]
