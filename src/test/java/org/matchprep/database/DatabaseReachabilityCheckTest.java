package org.matchprep.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

class DatabaseReachabilityCheckTest {

    @Test
    void an_unreachable_server_gives_one_clear_message_naming_what_to_set() throws IOException {
        String url = "jdbc:postgresql://127.0.0.1:" + closedPort() + "/matchprep";

        assertThatThrownBy(() -> DatabaseReachabilityCheck.probe(url, "matchprep", "secret"))
                .isInstanceOfSatisfying(DatabaseUnreachableException.class, unreachable -> {
                    FailureAnalysis analysis = new DatabaseUnreachableFailureAnalyzer().analyze(unreachable);
                    assertThat(analysis.getDescription()).startsWith("Cannot reach PostgreSQL at " + url);
                    assertThat(analysis.getAction()).contains("SPRING_DATASOURCE_URL", "SPRING_DATASOURCE_USERNAME",
                            "SPRING_DATASOURCE_PASSWORD");
                });
    }

    @Test
    void a_server_that_accepts_but_never_answers_is_given_up_within_seconds() throws IOException {
        // the kernel completes the connection (backlog) but nobody ever reads or answers
        try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            String url = "jdbc:postgresql://127.0.0.1:" + silent.getLocalPort() + "/matchprep";
            Instant before = Instant.now();

            assertThatThrownBy(() -> DatabaseReachabilityCheck.probe(url, "matchprep", "secret"))
                    .isInstanceOf(DatabaseUnreachableException.class);

            assertThat(Duration.between(before, Instant.now())).isLessThan(Duration.ofSeconds(10));
        }
    }

    @Test
    void start_up_ends_on_an_unreachable_server_before_any_bean_is_created() throws IOException {
        String url = "jdbc:postgresql://127.0.0.1:" + closedPort() + "/x";
        SpringApplication application = new SpringApplication(OneBean.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setInitializers(List.of()); // not the test database's, which would name its own server
        application.setDefaultProperties(Map.of("spring.datasource.url", url));
        OneBean.created.set(false);

        assertThatThrownBy(application::run)
                .isInstanceOf(DatabaseUnreachableException.class)
                .hasMessageStartingWith("Cannot reach PostgreSQL at " + url);
        assertThat(OneBean.created).isFalse();
    }

    @Configuration(proxyBeanMethods = false)
    static class OneBean {

        static final AtomicBoolean created = new AtomicBoolean();

        @Bean
        Object anyBean() {
            created.set(true);
            return new Object();
        }
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
