package org.matchprep.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One packaged app for all the end-to-end tests that need no app of their own (issue 18, item 5): started by
 * the first test class that asks for it ({@code @ExtendWith(SharedApp.Extension.class)}, then a
 * {@code SharedApp} parameter) and stopped once, after the last test class of the run. A test that restarts
 * the app, kills it, runs two nodes or changes its settings starts its own {@link PackagedApp} instead.
 *
 * <p>Tests on it see each other's changes, so each works with accounts no other one changes: the demo
 * applicant Priya and the demo mentor are the accessibility pass's, Maria Santos is the season test's, and
 * the others sign up fresh applicants ({@link FreshAccounts}).
 *
 * <p>It mails through a GreenMail SMTP server in this JVM ({@link #mail()}), so the password reset can follow
 * its link; the others' mail lands there unread.
 */
final class SharedApp implements AutoCloseable {

    private final PackagedApp app;
    private final GreenMail mail;
    private final Path workDir;
    private final int databasePort;

    private SharedApp(PackagedApp app, GreenMail mail, Path workDir, int databasePort) {
        this.app = app;
        this.mail = mail;
        this.workDir = workDir;
        this.databasePort = databasePort;
    }

    static SharedApp start(Path jar) throws IOException, InterruptedException {
        Path workDir = Files.createTempDirectory(Files.createDirectories(Path.of("target", "e2e")), "shared-");
        GreenMail mail = new GreenMail(new ServerSetup(PackagedApp.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        try {
            int port = PackagedApp.freePort();
            int databasePort = PackagedApp.freePort();
            List<String> command = new ArrayList<>(PackagedApp.javaJar(jar, workDir, port));
            command.addAll(List.of(
                    "--matchprep.embedded-db.port=" + databasePort,
                    "--spring.mail.host=localhost",
                    "--spring.mail.port=" + mail.getSmtp().getPort(),
                    "--matchprep.mail.base-url=http://localhost:" + port,
                    "--matchprep.mail.send-interval=PT1S"));
            PackagedApp app = PackagedApp.launch(command, Map.of("VAADIN_USAGE_STATS_ENABLED", "false"), workDir, port,
                    StartLimits.fromSettings());
            System.out.println("Shared packaged app healthy after " + app.startUpTime().toMillis() + " ms on port " + port);
            return new SharedApp(app, mail, workDir, databasePort);
        } catch (IOException | RuntimeException | InterruptedException failed) {
            mail.stop();
            throw failed;
        }
    }

    PackagedApp app() {
        return app;
    }

    String url(String path) {
        return app.url(path);
    }

    /** The SMTP server the app mails through. */
    GreenMail mail() {
        return mail;
    }

    /** A connection to the app's embedded PostgreSQL, for data the app offers no way to make. */
    Connection database() throws SQLException, IOException {
        // the embedded server asks for the password the app generated beside its data folder (pgdata.secret)
        String secret = Files.readString(workDir.resolve("pgdata.secret")).strip();
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + databasePort + "/matchprep", "postgres", secret);
    }

    /** A test class that finds the app dead gets its log rather than a browser that cannot connect. */
    private void requireAlive() {
        if (!app.handle().isAlive()) {
            throw new IllegalStateException("The shared packaged app has died; the end of its log:\n" + app.logTail());
        }
    }

    @Override
    public void close() throws InterruptedException {
        try {
            app.close();
        } finally {
            mail.stop();
        }
    }

    /**
     * Starts the shared app before the first test class that uses it, and keeps it in the root context's
     * store, which JUnit closes once, after all test classes (it closes stored {@link AutoCloseable}s).
     * Resolves {@link SharedApp} parameters.
     */
    static final class Extension implements BeforeAllCallback, ParameterResolver {

        private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedApp.class);

        @Override
        public void beforeAll(ExtensionContext context) {
            Prerequisites.browser(); // before the app: a missing browser must not cost a start-up
            Path jar = Prerequisites.packagedJar().toAbsolutePath();
            Attempt attempt = context.getRoot().getStore(NAMESPACE).computeIfAbsent(Attempt.class, key -> Attempt.of(jar), Attempt.class);
            attempt.app().requireAlive();
        }

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == SharedApp.class;
        }

        @Override
        public SharedApp resolveParameter(ParameterContext parameter, ExtensionContext context) {
            Attempt attempt = context.getRoot().getStore(NAMESPACE).get(Attempt.class, Attempt.class);
            if (attempt == null) {
                throw new IllegalStateException("The shared app is started before all tests of a class: register "
                        + "SharedApp.Extension on the class");
            }
            return attempt.app();
        }
    }

    /**
     * The one attempt per run to start the app: when it failed, every later test class fails with the same
     * cause at once instead of waiting for another start.
     */
    private record Attempt(SharedApp started, Exception failure) implements AutoCloseable {

        static Attempt of(Path jar) {
            try {
                return new Attempt(start(jar), null);
            } catch (IOException | RuntimeException e) {
                return new Attempt(null, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Attempt(null, e);
            }
        }

        SharedApp app() {
            if (failure != null) {
                throw new IllegalStateException("The shared packaged app did not start: " + failure.getMessage(), failure);
            }
            return started;
        }

        @Override
        public void close() throws InterruptedException {
            if (started != null) {
                started.close();
            }
        }
    }
}
