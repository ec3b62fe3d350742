package org.matchprep.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;

import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;

class DatabaseReachabilityCheckTest {

    @Test
    void an_unreachable_server_gives_one_clear_message_naming_what_to_set() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String url = "jdbc:postgresql://127.0.0.1:" + closedPort + "/matchprep";

        assertThatThrownBy(() -> DatabaseReachabilityCheck.probe(url, "matchprep", "secret"))
                .isInstanceOfSatisfying(DatabaseUnreachableException.class, unreachable -> {
                    FailureAnalysis analysis = new DatabaseUnreachableFailureAnalyzer().analyze(unreachable);
                    assertThat(analysis.getDescription()).startsWith("Cannot reach PostgreSQL at " + url);
                    assertThat(analysis.getAction()).contains("SPRING_DATASOURCE_URL", "SPRING_DATASOURCE_USERNAME",
                            "SPRING_DATASOURCE_PASSWORD");
                });
    }
}
