package org.matchprep.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Tries one plain connection to an external server as soon as the configuration is read, before any
 * bean is created, so an unreachable database ends start-up within seconds with one clear message,
 * instead of after Vaadin, JPA and Tomcat were built and torn down again, with a 1,100-character warning.
 * Registered in {@code META-INF/spring.factories}: it must run before the context exists.
 */
class DatabaseReachabilityCheck implements ApplicationListener<ApplicationPreparedEvent> {

    /** For the TCP connection itself: a silent (firewalled) host is given up quickly. */
    static final int CONNECT_TIMEOUT_SECONDS = 5;
    /** For the whole sign-in, including a server that accepts the connection but never answers. */
    static final int LOGIN_TIMEOUT_SECONDS = 5;

    @Override
    public void onApplicationEvent(ApplicationPreparedEvent event) {
        Environment environment = event.getApplicationContext().getEnvironment();
        String url = environment.getProperty("spring.datasource.url");
        if (StringUtils.hasText(url)) {
            probe(url, environment.getProperty("spring.datasource.username"),
                    environment.getProperty("spring.datasource.password"));
        }
    }

    static void probe(String url, String username, String password) {
        Properties properties = new Properties();
        if (username != null) {
            properties.setProperty("user", username);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        properties.setProperty("connectTimeout", Integer.toString(CONNECT_TIMEOUT_SECONDS));
        properties.setProperty("loginTimeout", Integer.toString(LOGIN_TIMEOUT_SECONDS));
        try (Connection ignored = DriverManager.getConnection(url, properties)) {
            // reachable
        } catch (SQLException e) {
            throw new DatabaseUnreachableException(url, e.getMessage());
        }
    }
}
