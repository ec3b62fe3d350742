package org.matchprep;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The image's entrypoint ({@code docker/entrypoint.sh}) decides whether the app may start at all, so it is
 * run here with a stand-in {@code java} that only says how it was called. No Docker needed: outside a
 * container nothing is mounted at {@code /home/matchprep/.matchprep}.
 */
@DisabledOnOs(OS.WINDOWS)
class DockerEntrypointTest {

    private static final Path ENTRYPOINT = Path.of("docker/entrypoint.sh");

    @TempDir
    Path bin;

    @Test
    void refuses_to_start_without_a_database_url_and_says_which_variables_to_set() throws Exception {
        Result result = run(Map.of());

        assertThat(result.exitCode()).isEqualTo(64);
        assertThat(result.output())
                .contains("SPRING_DATASOURCE_URL", "compose.yaml", "MATCHPREP_EMBEDDED_DB=true")
                .doesNotContain("java called");
    }

    @Test
    void refuses_the_embedded_database_without_a_volume_for_its_data() throws Exception {
        Result result = run(Map.of("MATCHPREP_EMBEDDED_DB", "true"));

        assertThat(result.exitCode()).isEqualTo(64);
        assertThat(result.output()).contains("needs a volume at /home/matchprep/.matchprep").doesNotContain("java called");
    }

    @Test
    void starts_the_extracted_jar_when_a_database_url_is_set() throws Exception {
        Result result = run(Map.of("SPRING_DATASOURCE_URL", "jdbc:postgresql://db:5432/matchprep"));

        assertThat(result.exitCode()).isZero();
        assertThat(result.output()).contains("java called with -jar /app/application.jar");
    }

    private Result run(Map<String, String> environment) throws IOException, InterruptedException {
        Path java = bin.resolve("java");
        Files.writeString(java, "#!/bin/sh\necho \"java called with $*\"\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));

        ProcessBuilder builder = new ProcessBuilder("sh", ENTRYPOINT.toString()).redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().put("PATH", bin + ":/usr/bin:/bin");
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), output);
    }

    private record Result(int exitCode, String output) {
    }
}
