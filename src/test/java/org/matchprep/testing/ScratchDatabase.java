package org.matchprep.testing;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.flywaydb.core.Flyway;

/**
 * A new, empty database beside the test run's own ({@link TestDatabase}), for tests that migrate a database
 * step by step: to an old version, fill it with rows of the old shape, then on to the newest version.
 */
public final class ScratchDatabase {

    private final String url;
    private final String username;
    private final String password;

    private ScratchDatabase(String url, String username, String password) {
        this.url = url;
        this.username = username;
        this.password = password;
    }

    /** Creates a database with a new name on the same server as the test run's database. */
    public static ScratchDatabase create() {
        TestDatabase.Connection run = TestDatabase.database();
        String name = "matchprep_scratch_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (var connection = DriverManager.getConnection(run.url(), run.username(), run.password());
             Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the scratch database " + name, e);
        }
        int slash = run.url().lastIndexOf('/');
        int query = run.url().indexOf('?', slash);
        String url = run.url().substring(0, slash + 1) + name + (query < 0 ? "" : run.url().substring(query));
        return new ScratchDatabase(url, run.username(), run.password());
    }

    /** Applies the application's migrations up to and including {@code version}, or all with {@code null}. */
    public void migrateTo(String version) {
        var configuration = Flyway.configure().dataSource(url, username, password).locations("classpath:db/migration");
        if (version != null) {
            configuration.target(version);
        }
        configuration.load().migrate();
    }

    public String url() {
        return url;
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    public java.sql.Connection connect() throws SQLException {
        return DriverManager.getConnection(url, username, password);
    }
}
