package org.matchprep.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the embedded PostgreSQL keeps its data and which port it listens on (0 = a free one).
 */
@ConfigurationProperties("matchprep.embedded-db")
public record EmbeddedDatabaseProperties(Path dataDir, int port) {

    public EmbeddedDatabaseProperties {
        if (dataDir == null) {
            dataDir = Path.of(System.getProperty("user.home"), ".matchprep", "pgdata");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("matchprep.embedded-db.port must be between 0 and 65535");
        }
    }
}
