package org.matchprep.e2e;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;

/**
 * What the end-to-end tests need before they start: the packaged jar and Debian's Chromium. On a
 * developer's machine a missing one skips the test with a message; where {@value #REQUIRED} is
 * {@code true} (CI sets it in {@code .ci/run}) it fails the test, so a green build cannot hide end-to-end
 * tests that never ran.
 */
final class Prerequisites {

    static final String REQUIRED = "MATCHPREP_REQUIRE_E2E";

    private Prerequisites() {
    }

    /** The packaged jar the build made. */
    static Path packagedJar() {
        Path jar = Path.of(System.getProperty("matchprep.jar", "target/matchprep-0.1.0-SNAPSHOT.jar"));
        require(Files.isRegularFile(jar), "The packaged jar " + jar + " is missing: run ./mvnw verify", required());
        return jar;
    }

    /** Headless Chromium and its driver. */
    static void browser() {
        require(Browsers.available(), "Chromium is missing: install Debian's chromium and chromium-driver "
                + "(" + Browsers.CHROMIUM + ", " + Browsers.CHROMEDRIVER + ")", required());
    }

    static boolean required() {
        return Boolean.parseBoolean(System.getenv(REQUIRED));
    }

    static void require(boolean present, String missing, boolean required) {
        if (present) {
            return;
        }
        if (required) {
            throw new AssertionError(missing + ". " + REQUIRED + "=true: the end-to-end tests must run here, "
                    + "so this fails instead of skipping.");
        }
        Assumptions.abort("Skipping end-to-end test: " + missing + " (set " + REQUIRED + "=true to fail instead).");
    }
}
