package org.matchprep.database;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

@Configuration(proxyBeanMethods = false)
class DatabaseModeConfiguration {

    @Bean
    DatabaseMode databaseMode(Environment environment) {
        return StringUtils.hasText(environment.getProperty("spring.datasource.url"))
                ? DatabaseMode.EXTERNAL
                : DatabaseMode.EMBEDDED;
    }
}
