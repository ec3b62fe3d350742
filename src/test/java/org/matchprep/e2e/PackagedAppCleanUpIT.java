package org.matchprep.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The real jar leaves nothing running: neither after a start that fails, nor when the app itself was
 * killed, which leaves its PostgreSQL (a daemon, no child of the app) running until the tests stop it.
 */
class PackagedAppCleanUpIT {

    @Test
    void a_start_on_an_unreachable_database_fails_within_seconds_with_the_short_message_and_leaves_nothing()
            throws Exception {
        Path jar = Prerequisites.packagedJar();
        Path workDir = Files.createTempDirectory(Files.createDirectories(Path.of("target", "e2e")), "unreachable-");
        int port = PackagedApp.freePort();
        Instant before = Instant.now();

        assertThatThrownBy(() -> PackagedApp.launch(PackagedApp.javaJar(jar.toAbsolutePath(), workDir, port),
                Map.of("SPRING_DATASOURCE_URL", "jdbc:postgresql://127.0.0.1:1/x"), workDir, port, StartLimits.fromSettings()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("exited with code 1")
                .hasMessageContaining("Cannot reach PostgreSQL at jdbc:postgresql://127.0.0.1:1/x")
                .message().doesNotContain("Exception encountered during context initialization");

        System.out.println("Unreachable database: the app ended after " + Duration.between(before, Instant.now()).toMillis() + " ms");
        assertThat(Duration.between(before, Instant.now())).isLessThan(Duration.ofSeconds(60)); // 15 s on a quiet machine
    }

    @Test
    void a_killed_app_leaves_its_postgresql_running_until_close_stops_it() throws Exception {
        Path jar = Prerequisites.packagedJar();
        Path workDir = Files.createTempDirectory(Files.createDirectories(Path.of("target", "e2e")), "killed-");
        PackagedApp app = PackagedApp.start(jar.toAbsolutePath(), workDir);
        Set<ProcessHandle> started;
        try (app) {
            started = app.processes();
            assertThat(started).as("the embedded PostgreSQL is known")
                    .anySatisfy(process -> assertThat(process.info().command()).hasValueSatisfying(
                            command -> assertThat(command).endsWith("postgres")));

            app.handle().destroyForcibly();
            app.handle().onExit().get(30, TimeUnit.SECONDS);

            assertThat(started).as("PostgreSQL outlives the killed app").anyMatch(ProcessHandle::isAlive);
        }
        assertThat(started).noneMatch(ProcessHandle::isAlive);
    }
}
