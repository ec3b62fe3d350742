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
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The packaged jar started as a newcomer would start it: {@code java -jar}, no database configured, so
 * it brings up its own embedded PostgreSQL (in a fresh directory) and seeds the demo accounts.
 *
 * <p>Whatever it started is stopped again: when it fails to start, when closed, and at the latest when
 * the test JVM exits. Start-up waits as long as the app is alive and making progress ({@link StartLimits}).
 */
final class PackagedApp implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(250);
    private static final Duration STOP_GRACE = Duration.ofSeconds(60);
    private static final int LOG_TAIL_LINES = 60;
    private static final Set<PackagedApp> RUNNING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(PackagedApp::stopAllStillRunning, "stop-packaged-apps"));
    }

    private final Process process;
    private final ProcessTree tree;
    private final int port;
    private final Path log;
    private final Instant started;
    private Duration startUpTime = Duration.ZERO;

    private PackagedApp(Process process, Path dataDir, int port, Path log, Instant started) {
        this.process = process;
        this.tree = new ProcessTree(process, () -> postmaster(dataDir, started));
        this.port = port;
        this.log = log;
        this.started = started;
    }

    static PackagedApp start(Path jar, Path workDir) throws IOException, InterruptedException {
        return start(jar, workDir, StartLimits.fromSettings());
    }

    static PackagedApp start(Path jar, Path workDir, StartLimits limits) throws IOException, InterruptedException {
        return start(jar, workDir, freePort(), limits);
    }

    /**
     * Starts the jar on {@code port}: a restart at the same address, where what a browser keeps per site
     * (local storage, which is per scheme, host and port) is found again.
     */
    static PackagedApp start(Path jar, Path workDir, int port) throws IOException, InterruptedException {
        return start(jar, workDir, port, StartLimits.fromSettings());
    }

    /** Starts the jar on {@code port} with more command-line settings ("--spring.mail.host=localhost"). */
    static PackagedApp start(Path jar, Path workDir, int port, List<String> settings) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(javaJar(jar, workDir, port));
        command.addAll(settings);
        return launch(command, Map.of("VAADIN_USAGE_STATS_ENABLED", "false"), workDir, port, StartLimits.fromSettings());
    }

    private static PackagedApp start(Path jar, Path workDir, int port, StartLimits limits) throws IOException, InterruptedException {
        return launch(javaJar(jar, workDir, port), Map.of("VAADIN_USAGE_STATS_ENABLED", "false"), workDir, port, limits);
    }

    /** {@code java -jar} with this JVM's java, on {@code port}, with its embedded database in {@code workDir}. */
    static List<String> javaJar(Path jar, Path workDir, int port) {
        String java = ProcessHandle.current().info().command().orElse("java");
        return List.of(java, "-jar", jar.toString(), "--server.port=" + port,
                "--matchprep.embedded-db.data-dir=" + dataDir(workDir));
    }

    /**
     * Starts {@code command} (without {@code SPRING_DATASOURCE_URL} unless {@code environment} sets it)
     * and waits until it answers ready on {@code port}; on any failure everything it started is stopped.
     */
    static PackagedApp launch(List<String> command, Map<String, String> environment, Path workDir, int port,
                              StartLimits limits) throws IOException, InterruptedException {
        Path log = Files.createTempFile(workDir, "app-", ".log");
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().remove("SPRING_DATASOURCE_URL");
        builder.environment().putAll(environment);
        Instant started = Instant.now();
        PackagedApp app = new PackagedApp(builder.start(), dataDir(workDir), port, log, started);
        RUNNING.add(app);
        try {
            app.awaitReady(limits);
        } catch (RuntimeException | Error | InterruptedException failed) {
            try {
                app.close();
            } catch (RuntimeException | InterruptedException stopFailed) {
                failed.addSuppressed(stopFailed);
            }
            throw failed;
        }
        app.startUpTime = Duration.between(started, Instant.now());
        return app;
    }

    int port() {
        return port;
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

    /** The app's own process. */
    ProcessHandle handle() {
        return process.toHandle();
    }

    /** The processes started so far (the app, its children, its PostgreSQL), for tests of the clean-up. */
    Set<ProcessHandle> processes() {
        return tree.known();
    }

    private void awaitReady(StartLimits limits) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest readiness = HttpRequest.newBuilder(URI.create(url("actuator/health/readiness")))
                .timeout(Duration.ofSeconds(10)).build();
        Instant deadline = started.plus(limits.overall());
        Progress progress = new Progress(logSize(), tree.cpuTime(), Instant.now());
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The app exited with code " + process.exitValue() + " during start-up, after "
                        + seconds(Duration.between(started, Instant.now())) + "; the end of its log (" + log + "):\n" + logTail());
            }
            if (isReady(client, readiness)) {
                return;
            }
            Instant now = Instant.now();
            progress = progress.next(logSize(), tree.cpuTime(), now);
            if (Duration.between(progress.at(), now).compareTo(limits.stall()) > 0) {
                throw new IllegalStateException("The app made no progress (its log and CPU time stood still) for "
                        + limits.stall() + " while starting; the end of its log (" + log + "):\n" + logTail());
            }
            if (now.isAfter(deadline)) {
                throw new IllegalStateException("The app was not ready within " + limits.overall() + " ("
                        + StartLimits.howToRaise() + "); the end of its log (" + log + "):\n" + logTail());
            }
            Thread.sleep(POLL);
        }
    }

    /** The last time the log grew or the app used CPU. */
    private record Progress(long logSize, Duration cpuTime, Instant at) {

        Progress next(long newLogSize, Duration newCpuTime, Instant now) {
            boolean moved = newLogSize != logSize || newCpuTime.compareTo(cpuTime) > 0;
            return new Progress(newLogSize, newCpuTime, moved ? now : at);
        }
    }

    private static boolean isReady(HttpClient client, HttpRequest readiness) throws InterruptedException {
        try {
            HttpResponse<String> answer = client.send(readiness, HttpResponse.BodyHandlers.ofString());
            return answer.statusCode() == 200 && answer.body().contains("UP");
        } catch (IOException notYetListening) {
            return false;
        }
    }

    private long logSize() {
        try {
            return Files.size(log);
        } catch (IOException e) {
            return -1;
        }
    }

    /** The last lines of its log, for a failure's message. */
    String logTail() {
        List<String> lines = log().lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
    }

    private static String seconds(Duration duration) {
        return duration.toMillis() / 1000.0 + " s";
    }

    private static Path dataDir(Path workDir) {
        return workDir.resolve("pgdata");
    }

    /**
     * The embedded PostgreSQL this app started: pg_ctl runs it as a daemon, so it is no descendant of the
     * app and outlives a killed app. Its pid file names it; only a process started after the app counts,
     * so a reused pid or an earlier run's server is never taken for it.
     */
    private static Optional<ProcessHandle> postmaster(Path dataDir, Instant appStarted) {
        Path pidFile = dataDir.resolve("postmaster.pid");
        try {
            String first = Files.isRegularFile(pidFile) ? Files.readAllLines(pidFile).stream().findFirst().orElse("") : "";
            return ProcessHandle.of(Long.parseLong(first.trim()))
                    .filter(ProcessHandle::isAlive)
                    .filter(server -> server.info().startInstant().map(at -> !at.isBefore(appStarted.minusSeconds(1))).orElse(false));
        } catch (IOException | NumberFormatException unreadable) {
            return Optional.empty();
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /**
     * Stops the app, its child processes and its PostgreSQL: first politely (the app then stops its
     * database itself), then forcibly. Fails if a process survived.
     */
    @Override
    public void close() throws InterruptedException {
        RUNNING.remove(this);
        List<ProcessHandle> survivors = tree.stop(STOP_GRACE);
        if (!survivors.isEmpty()) {
            throw new IllegalStateException("These processes of the app outlived its stop: "
                    + survivors.stream().map(p -> p.pid() + " " + p.info().commandLine().orElse("?")).toList());
        }
    }

    private static void stopAllStillRunning() {
        for (PackagedApp app : List.copyOf(RUNNING)) {
            try {
                app.close();
            } catch (RuntimeException | InterruptedException e) {
                System.err.println("Could not stop the packaged app on exit: " + e.getMessage());
            }
        }
    }
}
