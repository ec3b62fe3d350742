package org.matchprep.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the embedded server ask every connection, local socket or 127.0.0.1, for the password kept in
 * {@link EmbeddedDatabaseSecret}. The library runs initdb with trust for everyone; a new folder gets
 * password authentication from initdb itself, and a folder made before this class existed is switched
 * over at its first start.
 */
final class PasswordAuthentication {

    static final String PASSWORD = "password";
    private static final String METHOD = "scram-sha-256";
    private static final Logger log = LoggerFactory.getLogger(PasswordAuthentication.class);

    private final Path dataDir;
    private final String secret;
    private final boolean newFolder;

    private PasswordAuthentication(Path dataDir, String secret, boolean newFolder) {
        this.dataDir = dataDir;
        this.secret = secret;
        this.newFolder = newFolder;
    }

    static PasswordAuthentication prepare(Path dataDir) throws IOException {
        boolean newFolder = !Files.exists(dataDir.resolve("postgresql.conf"));
        Path secretFile = EmbeddedDatabaseSecret.fileFor(dataDir);
        if (!newFolder && !Files.exists(secretFile) && !trusting(dataDir)) {
            throw new IllegalStateException("The embedded database in " + dataDir + " asks for a password, but its "
                    + "password file " + secretFile + " is gone. Restore that file, or delete the folder to start anew.");
        }
        return new PasswordAuthentication(dataDir, EmbeddedDatabaseSecret.readOrCreate(dataDir), newFolder);
    }

    void applyTo(EmbeddedPostgres.Builder builder) {
        if (newFolder) {
            // The library passes these through to initdb as --auth=... and --pwfile=...; a later --auth
            // overrides the library's own "-A trust".
            builder.setLocaleConfig("auth", METHOD);
            builder.setLocaleConfig("pwfile", EmbeddedDatabaseSecret.fileFor(dataDir).toString());
        }
        builder.setConnectConfig(PASSWORD, secret);
    }

    /** Sets the password and rewrites pg_hba.conf on a folder that still trusts every local connection. */
    void secureIfStillTrusting(EmbeddedPostgres postgres) throws IOException {
        if (!trusting(dataDir)) {
            return;
        }
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("alter role postgres password '" + secret + "'");
            Files.writeString(dataDir.resolve("pg_hba.conf"), hostBasedAuthentication(), StandardCharsets.UTF_8);
            statement.execute("select pg_reload_conf()");
        } catch (SQLException e) {
            throw new IOException("Could not switch the embedded database in " + dataDir + " to password authentication", e);
        }
        log.info("The embedded database in {} now asks every connection for the password kept in {}", dataDir,
                EmbeddedDatabaseSecret.fileFor(dataDir));
    }

    static boolean trusting(Path dataDir) throws IOException {
        Path hba = dataDir.resolve("pg_hba.conf");
        if (!Files.exists(hba)) {
            return false;
        }
        return Files.readAllLines(hba).stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .anyMatch(line -> line.endsWith(" trust") || line.endsWith("\ttrust"));
    }

    private static String hostBasedAuthentication() {
        return """
                # Written by MatchPrep: every connection needs the password kept beside this folder.
                # TYPE  DATABASE     USER  ADDRESS       METHOD
                local   all          all                 %1$s
                host    all          all   127.0.0.1/32  %1$s
                host    all          all   ::1/128       %1$s
                local   replication  all                 %1$s
                host    replication  all   127.0.0.1/32  %1$s
                host    replication  all   ::1/128       %1$s
                """.formatted(METHOD);
    }
}
