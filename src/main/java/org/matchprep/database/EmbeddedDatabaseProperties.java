package org.matchprep.database;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the embedded PostgreSQL keeps its data and which port it listens on (0 = a free one).
 */
@ConfigurationProperties("matchprep.embedded-db")
public record EmbeddedDatabaseProperties(Path dataDir, int port) {

    public EmbeddedDatabaseProperties {
        if (dataDir == null) {
            dataDir = defaultDataDir(System.getenv(), System.getProperty("user.home"),
                    ManagementFactory.getRuntimeMXBean().getInputArguments());
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("matchprep.embedded-db.port must be between 0 and 65535");
        }
    }

    /**
     * {@code .matchprep/pgdata} in the home folder. The JVM takes {@code user.home} from the account, not
     * from {@code HOME}, so a second instance started with another HOME would collide with the first;
     * HOME wins unless {@code -Duser.home} was given to the JVM on purpose.
     */
    static Path defaultDataDir(Map<String, String> environment, String userHome, List<String> jvmArguments) {
        boolean userHomeChosen = jvmArguments.stream().anyMatch(argument -> argument.startsWith("-Duser.home="));
        String home = environment.get("HOME");
        String base = userHomeChosen || home == null || home.isBlank() ? userHome : home;
        return Path.of(base, ".matchprep", "pgdata");
    }
}
