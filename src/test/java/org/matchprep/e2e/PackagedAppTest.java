package org.matchprep.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A start that fails leaves no process behind. Stand-ins for the app (small shell scripts) start the
 * kinds of processes the real one does: a child, and a daemon that is no descendant and names itself in
 * {@code pgdata/postmaster.pid} as the embedded PostgreSQL does.
 */
class PackagedAppTest {

    private static final StartLimits QUICK = new StartLimits(Duration.ofSeconds(20), Duration.ofSeconds(3));

    @TempDir
    Path workDir;

    @Test
    void an_app_that_dies_during_start_up_fails_at_once_with_its_log_and_its_database_is_stopped() throws Exception {
        Instant before = Instant.now();
        assertThatThrownBy(() -> launch("""
                mkdir -p pgdata
                (sleep 600 & echo $! > pgdata/postmaster.pid) # a daemon, as pg_ctl starts PostgreSQL
                echo $$ > root.pid
                echo 'Cannot reach PostgreSQL at jdbc:postgresql://127.0.0.1:1/x'
                exit 1
                """, new StartLimits(Duration.ofMinutes(5), Duration.ofMinutes(5))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("exited with code 1 during start-up")
                .hasMessageContaining("Cannot reach PostgreSQL at jdbc:postgresql://127.0.0.1:1/x");

        assertThat(Duration.between(before, Instant.now())).isLessThan(Duration.ofSeconds(15));
        assertNotAlive("pgdata/postmaster.pid", "root.pid");
    }

    @Test
    void an_app_that_makes_no_progress_is_stopped_with_its_children_after_the_stall_limit() throws Exception {
        assertThatThrownBy(() -> launch("""
                echo $$ > root.pid
                sleep 600 &
                echo $! > child.pid
                echo 'Starting'
                wait
                """, QUICK))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("made no progress")
                .hasMessageContaining("Starting");

        assertNotAlive("root.pid", "child.pid");
    }

    @Test
    void an_app_that_keeps_working_but_never_gets_ready_is_stopped_at_the_overall_limit() throws Exception {
        assertThatThrownBy(() -> launch("""
                echo $$ > root.pid
                while true; do echo 'still starting'; sleep 0.2; done
                """, new StartLimits(Duration.ofSeconds(4), Duration.ofSeconds(3))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not ready within PT4S")
                .hasMessageContaining(StartLimits.START_TIMEOUT);

        assertNotAlive("root.pid");
    }

    private void launch(String script, StartLimits limits) throws Exception {
        PackagedApp.launch(List.of("sh", "-c", "cd '" + workDir + "' && " + script), Map.of(), workDir, closedPort(), limits);
    }

    private void assertNotAlive(String... pidFiles) throws IOException {
        for (String pidFile : pidFiles) {
            long pid = Long.parseLong(Files.readString(workDir.resolve(pidFile)).trim());
            assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).as("process %d from %s", pid, pidFile).isEmpty();
        }
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
