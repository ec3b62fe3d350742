package org.matchprep.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Tries one plain connection to an external server before the pool, Flyway and Hibernate do, so an
 * unreachable database ends start-up with one clear message instead of three stack traces.
 */
@Component
class DatabaseReachabilityCheck implements BeanPostProcessor {

    private static final int LOGIN_TIMEOUT_SECONDS = 10;

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource dataSource && dataSource.getJdbcUrl() != null
                && !"matchprep-embedded".equals(dataSource.getPoolName())) {
            probe(dataSource.getJdbcUrl(), dataSource.getUsername(), dataSource.getPassword());
        }
        return bean;
    }

    static void probe(String url, String username, String password) {
        Properties properties = new Properties();
        if (username != null) {
            properties.setProperty("user", username);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        properties.setProperty("loginTimeout", Integer.toString(LOGIN_TIMEOUT_SECONDS));
        try (Connection ignored = DriverManager.getConnection(url, properties)) {
            // reachable
        } catch (SQLException e) {
            throw new DatabaseUnreachableException(url, e.getMessage());
        }
    }
}
