package org.matchprep.database;

/** The jar carries no embedded PostgreSQL for the platform it runs on. */
class EmbeddedPostgresBinariesMissingException extends RuntimeException {

    EmbeddedPostgresBinariesMissingException(String platform, String resourceName) {
        super("This MatchPrep jar has no embedded PostgreSQL for " + platform + " (no " + resourceName
                + " on the classpath): it was built on another platform.");
    }
}
