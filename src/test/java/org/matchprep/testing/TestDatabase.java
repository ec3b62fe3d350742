package org.matchprep.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Gives every test run its own fresh PostgreSQL database, so runs never see each other's data.
 *
 * <p>By default an embedded PostgreSQL starts in a new temporary directory (deleted afterwards). When
 * {@code MATCHPREP_TEST_DATABASE_URL} names a server (e.g. {@code jdbc:postgresql://localhost:5432/postgres},
 * with {@code MATCHPREP_TEST_DATABASE_USERNAME} and {@code _PASSWORD}; the user needs CREATEDB), a new
 * database {@code matchprep_test_<time>_<random>} is created there and dropped when the run ends.
 *
 * <p>Registered for every Spring test context in {@code META-INF/spring.factories}.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static Connection settings;


    record Connection(String url, String username, String password) {
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Connection database = database();
        TestPropertyValues.of(
                "spring.datasource.url=" + database.url(),
                "spring.datasource.username=" + database.username(),
                "spring.datasource.password=" + database.password()).applyTo(context);
    }

    static synchronized Connection database() {
        if (settings == null) {
            String external = System.getenv("MATCHPREP_TEST_DATABASE_URL");
            settings = external == null || external.isBlank() ? startEmbedded() : createOn(external);
        }
        return settings;
    }

    private static Connection startEmbedded() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().setCleanDataDirectory(true).start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is exiting; the temporary directory is removed by close() when it can be
                }
            }));
            try (var connection = postgres.getPostgresDatabase().getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute("create database matchprep_test");
            }
            return new Connection(postgres.getJdbcUrl("postgres", "matchprep_test"), "postgres", "");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL for tests", e);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the test database", e);
        }
    }

    private static Connection createOn(String serverUrl) {
        String username = System.getenv().getOrDefault("MATCHPREP_TEST_DATABASE_USERNAME", "postgres");
        String password = System.getenv().getOrDefault("MATCHPREP_TEST_DATABASE_PASSWORD", "");
        String name = "matchprep_test_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"))
                + "_" + UUID.randomUUID().toString().substring(0, 8);
        execute(serverUrl, username, password, "create database " + name);
        Runtime.getRuntime().addShutdownHook(new Thread(
                () -> execute(serverUrl, username, password, "drop database if exists " + name + " with (force)")));
        int slash = serverUrl.lastIndexOf('/');
        int query = serverUrl.indexOf('?', slash);
        String url = serverUrl.substring(0, slash + 1) + name + (query < 0 ? "" : serverUrl.substring(query));
        return new Connection(url, username, password);
    }

    private static void execute(String url, String username, String password, String sql) {
        try (var connection = DriverManager.getConnection(url, username, password);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run '" + sql + "' on " + url + ": " + e.getMessage(), e);
        }
    }
}
