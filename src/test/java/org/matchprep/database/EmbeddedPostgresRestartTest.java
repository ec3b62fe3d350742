package org.matchprep.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a newcomer's machine goes through: killed runs, restarts, a pid file pointing at someone else. */
class EmbeddedPostgresRestartTest {

    private final EmbeddedPostgresConfiguration configuration = new EmbeddedPostgresConfiguration();

    @Test
    void a_run_killed_without_stopping_its_database_does_not_block_the_next_start(@TempDir Path dataDir) throws Exception {
        Process killedRun = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"), KilledRunSimulator.class.getName(), dataDir.toString())
                .redirectErrorStream(true)
                .start();
        try (BufferedReader output = new BufferedReader(new InputStreamReader(killedRun.getInputStream()))) {
            String line;
            while ((line = output.readLine()) != null && !line.contains("READY")) {
                // skip the child's start-up log
            }
            assertThat(line).as("the child run started its database").isEqualTo("READY");
        }
        killedRun.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertThat(dataDir.resolve("postmaster.pid")).as("the orphaned server still holds its lock").exists();

        try (EmbeddedPostgres restarted = configuration.embeddedPostgres(new EmbeddedDatabaseProperties(dataDir, 0))) {
            assertThat(survivingNote(restarted)).isEqualTo("written before the crash");
        }
    }

    @Test
    void a_pid_file_naming_a_process_that_is_not_postgres_is_cleared(@TempDir Path dataDir) throws Exception {
        try (EmbeddedPostgres first = configuration.embeddedPostgres(new EmbeddedDatabaseProperties(dataDir, 0))) {
            try (Connection connection = first.getPostgresDatabase().getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute("create table survivor (note text)");
                statement.execute("insert into survivor values ('kept across restarts')");
            }
        }
        // After a machine restart the old pid may belong to any live process, here this very JVM.
        Files.writeString(dataDir.resolve("postmaster.pid"), ProcessHandle.current().pid() + "\n" + dataDir + "\n");

        try (EmbeddedPostgres restarted = configuration.embeddedPostgres(new EmbeddedDatabaseProperties(dataDir, 0))) {
            assertThat(survivingNote(restarted)).isEqualTo("kept across restarts");
        }
    }

    @Test
    void the_data_directory_follows_HOME_unless_the_JVM_was_given_user_home() {
        assertThat(EmbeddedDatabaseProperties.defaultDataDir(Map.of("HOME", "/home/second"), "/root", List.of("-Xmx1g")))
                .isEqualTo(Path.of("/home/second", ".matchprep", "pgdata"));
        assertThat(EmbeddedDatabaseProperties.defaultDataDir(Map.of("HOME", "/home/second"), "/tmp/trial",
                List.of("-Duser.home=/tmp/trial"))).isEqualTo(Path.of("/tmp/trial", ".matchprep", "pgdata"));
        assertThat(EmbeddedDatabaseProperties.defaultDataDir(Map.of(), "/root", List.of()))
                .isEqualTo(Path.of("/root", ".matchprep", "pgdata"));
    }

    private static String survivingNote(EmbeddedPostgres postgres) throws Exception {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select note from survivor")) {
            rows.next();
            return rows.getString(1);
        }
    }
}
