package org.matchprep.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Replaces the stack trace of a second instance on the same data folder by the one line that helps. */
class EmbeddedDatabaseInUseFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedDatabaseInUseException> {

    static final String ACTION = "Each running MatchPrep needs its own embedded database folder "
            + "(matchprep.embedded-db.data-dir, or MATCHPREP_EMBEDDEDDB_DATADIR in the environment).";

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedDatabaseInUseException cause) {
        return new FailureAnalysis(cause.getMessage(), ACTION, cause);
    }
}
