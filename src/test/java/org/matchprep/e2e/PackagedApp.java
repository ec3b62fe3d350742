package org.matchprep.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The packaged jar started as a newcomer would start it: {@code java -jar}, no database configured, so
 * it brings up its own embedded PostgreSQL (in a fresh directory) and seeds the demo accounts.
 */
final class PackagedApp implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    private final Process process;
    private final int port;
    private final Path log;
    private final Duration startUpTime;

    private PackagedApp(Process process, int port, Path log, Duration startUpTime) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.startUpTime = startUpTime;
    }

    static PackagedApp start(Path jar, Path workDir) throws IOException, InterruptedException {
        int port = freePort();
        Path log = Files.createTempFile(workDir, "app-", ".log");
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-jar", jar.toString(),
                "--server.port=" + port,
                "--matchprep.embedded-db.data-dir=" + workDir.resolve("pgdata")));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().remove("SPRING_DATASOURCE_URL");
        builder.environment().put("VAADIN_USAGE_STATS_ENABLED", "false");
        Instant started = Instant.now();
        Process process = builder.start();
        PackagedApp app = new PackagedApp(process, port, log, Duration.ZERO);
        app.awaitHealthy();
        return new PackagedApp(process, port, log, Duration.between(started, Instant.now()));
    }

    String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    Duration startUpTime() {
        return startUpTime;
    }

    String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitHealthy() throws InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The app exited during start-up:\n" + log());
            }
            try {
                HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create(url("actuator/health"))).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("UP")) {
                    return;
                }
            } catch (IOException notYetListening) {
                // keep waiting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The app did not become healthy within " + START_TIMEOUT + ":\n" + log());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
