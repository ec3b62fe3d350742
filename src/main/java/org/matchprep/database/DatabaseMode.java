package org.matchprep.database;

/**
 * Whether the app runs on the embedded PostgreSQL it started itself or on a server named by
 * {@code SPRING_DATASOURCE_URL}. Demo data is only seeded into the embedded one by default.
 */
public enum DatabaseMode {
    EMBEDDED,
    EXTERNAL
}
