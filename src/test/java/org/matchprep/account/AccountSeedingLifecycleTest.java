package org.matchprep.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.servlet.context.ServletWebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The port opens only once the accounts exist, so an early sign-in never meets an empty account table.
 * A real Tomcat in a context of its own, with the seeding's lifecycle and a seeder that notes when it ran.
 */
class AccountSeedingLifecycleTest {

    private static final List<String> order = new CopyOnWriteArrayList<>();

    @Test
    void the_accounts_are_seeded_before_the_web_server_listens() {
        order.clear();
        SpringApplication application = new SpringApplication(SeedingAndWebServer.class);
        application.setWebApplicationType(WebApplicationType.SERVLET);
        application.setInitializers(List.of()); // no test database: the seeder here touches none

        try (ConfigurableApplicationContext ignored = application.run("--server.port=0")) {
            assertThat(order).containsExactly("accounts seeded", "web server listening");
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class SeedingAndWebServer {

        @Bean
        TomcatServletWebServerFactory webServerFactory() {
            return new TomcatServletWebServerFactory(0);
        }

        @Bean
        AccountSeedingLifecycle accountSeeding() {
            AccountSeeder seeder = mock(AccountSeeder.class);
            doAnswer(invocation -> order.add("accounts seeded")).when(seeder).seed();
            return new AccountSeedingLifecycle(seeder);
        }

        @Bean
        ApplicationListener<ServletWebServerInitializedEvent> listening() {
            return event -> order.add("web server listening");
        }
    }
}
