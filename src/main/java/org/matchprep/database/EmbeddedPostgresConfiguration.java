package org.matchprep.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real PostgreSQL from Maven Central binaries when no external server is configured, so a
 * newcomer needs nothing installed. Its data survives restarts; it stops with the app.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatasourceUrlConfigured.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class EmbeddedPostgresConfiguration {

    static final String DATABASE_NAME = "matchprep";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
        EmbeddedPostgresBinaries.requireForThisMachine();
        Path dataDir = properties.dataDir();
        Files.createDirectories(dataDir);
        DataFolderLock.requireFree(dataDir);
        StalePostmaster.clear(dataDir);
        PasswordAuthentication authentication = PasswordAuthentication.prepare(dataDir);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false);
        authentication.applyTo(builder);
        if (properties.port() > 0) {
            builder.setPort(properties.port());
        }
        EmbeddedPostgres postgres = builder.start();
        authentication.secureIfStillTrusting(postgres);
        // a warning on purpose: whoever runs the jar without a database URL should see where their data goes
        log.warn("No SPRING_DATASOURCE_URL: MatchPrep runs on its embedded PostgreSQL (port {}) and keeps ALL ITS DATA "
                + "in {}. Fine for a trial; for real use set SPRING_DATASOURCE_URL to a PostgreSQL server.",
                postgres.getPort(), properties.dataDir());
        return postgres;
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres) throws SQLException {
        createDatabaseIfMissing(postgres);
        HikariDataSource dataSource = new HikariDataSource();
        // the library's own data source carries the password (see PasswordAuthentication)
        dataSource.setDataSource(postgres.getDatabase("postgres", DATABASE_NAME));
        dataSource.setPoolName("matchprep-embedded");
        dataSource.setMaximumPoolSize(10);
        return dataSource;
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            var exists = statement.executeQuery("select 1 from pg_database where datname = '" + DATABASE_NAME + "'");
            if (!exists.next()) {
                statement.execute("create database " + DATABASE_NAME);
            }
        }
    }
}
