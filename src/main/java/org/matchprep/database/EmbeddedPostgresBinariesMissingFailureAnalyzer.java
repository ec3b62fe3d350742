package org.matchprep.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says in one line that this platform's embedded PostgreSQL is missing and how to go on without it. */
class EmbeddedPostgresBinariesMissingFailureAnalyzer
        extends AbstractFailureAnalyzer<EmbeddedPostgresBinariesMissingException> {

    static final String ACTION = "Point it at a PostgreSQL server: set SPRING_DATASOURCE_URL "
            + "(jdbc:postgresql://host:5432/matchprep), SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD; "
            + "or build the jar on this machine (./mvnw package) to include its embedded PostgreSQL.";

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedPostgresBinariesMissingException cause) {
        return new FailureAnalysis(cause.getMessage(), ACTION, cause);
    }
}
