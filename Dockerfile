# Build stage: the Maven wrapper fetches Maven and every dependency; plain `package` builds the
# production jar (Vaadin 25's production frontend bundle included).
FROM eclipse-temurin:21-jdk AS build
WORKDIR /build
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp dependency:go-offline
COPY frontend/ frontend/
COPY src/ src/
RUN ./mvnw -B -ntp package -DskipTests \
    && cp target/matchprep-*.jar /build/matchprep.jar

# Run stage: a JRE, a non-root user, the jar.
FROM eclipse-temurin:21-jre
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --create-home --home-dir /home/matchprep --uid 10001 matchprep
WORKDIR /app
COPY --from=build /build/matchprep.jar /app/matchprep.jar
USER matchprep

# Point these at your PostgreSQL. Left unset, the app starts an embedded PostgreSQL inside the
# container (data in /home/matchprep/.matchprep), which suits a trial, not production.
ENV SPRING_DATASOURCE_URL="" \
    SPRING_DATASOURCE_USERNAME="" \
    SPRING_DATASOURCE_PASSWORD="" \
    MATCHPREP_FIRST_ADMIN_EMAIL="" \
    MATCHPREP_FIRST_ADMIN_NAME="" \
    MATCHPREP_FIRST_ADMIN_PASSWORD="" \
    VAADIN_USAGE_STATS_ENABLED=false \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"

EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=90s --retries=3 \
    CMD curl -fsS http://localhost:8080/actuator/health || exit 1
ENTRYPOINT ["java", "-jar", "/app/matchprep.jar"]
