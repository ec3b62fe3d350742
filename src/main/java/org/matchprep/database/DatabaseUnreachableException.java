package org.matchprep.database;

/** The configured PostgreSQL server could not be reached at start-up. */
class DatabaseUnreachableException extends RuntimeException {

    private final String url;

    DatabaseUnreachableException(String url, String reason) {
        super("Cannot reach PostgreSQL at " + url + ": " + reason);
        this.url = url;
    }

    String url() {
        return url;
    }
}
