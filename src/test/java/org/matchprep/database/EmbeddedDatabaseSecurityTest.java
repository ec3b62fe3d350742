package org.matchprep.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A shared machine: other local users must not read the data, and a second instance must not break the first. */
class EmbeddedDatabaseSecurityTest {

    private final EmbeddedPostgresConfiguration configuration = new EmbeddedPostgresConfiguration();

    @Test
    void a_new_data_folder_asks_every_connection_for_the_generated_password(@TempDir Path home) throws Exception {
        Path dataDir = home.resolve("pgdata");
        try (EmbeddedPostgres postgres = configuration.embeddedPostgres(new EmbeddedDatabaseProperties(dataDir, 0))) {
            assertRefusedWithoutPassword(postgres);
            Path secretFile = home.resolve("pgdata.secret");
            assertThat(Files.getPosixFilePermissions(secretFile)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
            assertThat(selectOne(postgres, Files.readString(secretFile).strip())).isEqualTo(1);
            assertThat(selectOne(postgres, "guessed")).as("a wrong password").isZero();
        }
        try (EmbeddedPostgres restarted = configuration.embeddedPostgres(new EmbeddedDatabaseProperties(dataDir, 0));
             Connection connection = restarted.getPostgresDatabase().getConnection()) {
            assertThat(connection.isValid(5)).as("the restarted app still knows its password").isTrue();
        }
    }

    @Test
    void a_folder_made_when_every_connection_was_trusted_is_switched_to_passwords(@TempDir Path home) throws Exception {
        Path dataDir = home.resolve("pgdata");
        try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false).start();
             Connection connection = old.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("create table survivor (note text)");
            statement.execute("insert into survivor values ('written while trusted')");
        }
        assertThat(PasswordAuthentication.trusting(dataDir)).isTrue();

        try (EmbeddedPostgres postgres = configuration.embeddedPostgres(new EmbeddedDatabaseProperties(dataDir, 0))) {
            assertRefusedWithoutPassword(postgres);
            try (Connection connection = postgres.getPostgresDatabase().getConnection();
                 Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("select note from survivor")) {
                rows.next();
                assertThat(rows.getString(1)).isEqualTo("written while trusted");
            }
        }
        assertThat(PasswordAuthentication.trusting(dataDir)).isFalse();
    }

    @Test
    void a_second_instance_on_the_same_folder_stops_with_one_line_and_leaves_the_first_running(@TempDir Path home)
            throws Exception {
        Path dataDir = home.resolve("pgdata");
        try (EmbeddedPostgres first = configuration.embeddedPostgres(new EmbeddedDatabaseProperties(dataDir, 0))) {
            assertThatThrownBy(() -> configuration.embeddedPostgres(new EmbeddedDatabaseProperties(dataDir, 0)))
                    .isInstanceOfSatisfying(EmbeddedDatabaseInUseException.class, inUse -> {
                        FailureAnalysis analysis = new EmbeddedDatabaseInUseFailureAnalyzer().analyze(inUse);
                        assertThat(analysis.getDescription())
                                .doesNotContain("\n")
                                .contains(dataDir.toAbsolutePath().toString())
                                .contains("--matchprep.embedded-db.data-dir=");
                    });
            try (Connection connection = first.getPostgresDatabase().getConnection()) {
                assertThat(connection.isValid(5)).as("the first instance's database still runs").isTrue();
            }
        }
    }

    @Test
    void a_folder_that_asks_for_a_password_whose_file_is_gone_says_so(@TempDir Path home) throws Exception {
        Path dataDir = home.resolve("pgdata");
        configuration.embeddedPostgres(new EmbeddedDatabaseProperties(dataDir, 0)).close();
        Files.delete(home.resolve("pgdata.secret"));

        assertThatThrownBy(() -> configuration.embeddedPostgres(new EmbeddedDatabaseProperties(dataDir, 0)))
                .hasMessageContaining("pgdata.secret is gone");
    }

    private static void assertRefusedWithoutPassword(EmbeddedPostgres postgres) {
        String url = "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres";
        Properties noPassword = new Properties();
        noPassword.setProperty("user", "postgres");
        assertThatThrownBy(() -> DriverManager.getConnection(url, noPassword).close())
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("password");
    }

    /** 1 when the password is accepted, 0 when refused. */
    private static int selectOne(EmbeddedPostgres postgres, String password) {
        Properties properties = new Properties();
        properties.setProperty("user", "postgres");
        properties.setProperty("password", password);
        try (Connection connection = DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres", properties)) {
            return connection.isValid(5) ? 1 : 0;
        } catch (SQLException refused) {
            return 0;
        }
    }
}
