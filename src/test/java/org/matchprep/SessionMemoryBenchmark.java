package org.matchprep;

import java.lang.management.ManagementFactory;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import javax.management.ObjectName;

import org.junit.jupiter.api.Test;
import org.matchprep.account.AccountSummary;
import org.matchprep.answers.AnswerDraft;
import org.matchprep.answers.AnswerRoutes;
import org.matchprep.answers.AnswerService;
import org.matchprep.feedback.PairingService;
import org.matchprep.review.NewThread;
import org.matchprep.review.ReviewService;
import org.matchprep.review.SharingService;
import org.matchprep.review.SubjectRef;
import org.matchprep.season.DossierService;
import org.matchprep.season.InterviewService;
import org.matchprep.season.InterviewStatus;
import org.matchprep.season.SeasonFixtures;
import org.matchprep.testing.Accounts;
import org.matchprep.testing.IntegrationTest;
import org.matchprep.testing.SecondNode;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Prints the live heap each signed-in browser session holds on the heaviest views: the answer editor, the
 * review page of an answer with 20 comment threads, the interview tracker with 30 interviews, and the applicant
 * home (the floor every view sits on). A benchmark, not a test: it asserts nothing and {@code verify} does not
 * run it. Run it with {@code ./mvnw test -Dtest=SessionMemoryBenchmark -Dsurefire.failIfNoSpecifiedTests=false};
 * the figures land in target/surefire-reports/org.matchprep.SessionMemoryBenchmark-output.txt.
 *
 * <p>The app runs as a second node in this JVM in production mode (a real Tomcat, security chain and Vaadin
 * servlet; run {@code ./mvnw package -DskipTests} once first, so Vaadin's production bundle is in
 * target/classes), and the data comes through its services. Each session signs in over HTTP and opens its view
 * as the browser does: {@code ?v-r=init} makes the UI, a {@code ui-navigate} event renders the view, and one
 * more (empty) message follows, as the browser's always do. No JavaScript runs, so there is no push connection. The client side keeps only a cookie per session (one shared
 * HttpClient), so what grows is the server's. Memory is the JVM's class histogram after a full GC
 * ({@code GC.class_histogram}), before and after {@value #SESSIONS} sessions of one view; the difference per
 * session and the classes that grew most are printed.
 */
class SessionMemoryBenchmark extends IntegrationTest {

    static final int SESSIONS = 50;
    static final int WARM_UP = 5;
    static final int THREADS = 20;
    static final int INTERVIEWS = 30;
    static final long QUESTION = 1;

    @Autowired
    AnswerService answers;
    @Autowired
    SharingService sharing;
    @Autowired
    ReviewService reviews;
    @Autowired
    PairingService pairings;
    @Autowired
    DossierService dossiers;
    @Autowired
    InterviewService interviews;

    @Test
    void kilobytes_per_session() throws Exception {
        Map<String, Page> pages = seed();
        try (SecondNode node = SecondNode.start("--vaadin.productionMode=true")) {
            List<String> keep = new ArrayList<>();
            for (Page page : pages.values()) {
                open(node, page, WARM_UP, keep); // classes loaded, caches filled
            }
            System.out.println();
            System.out.printf("Session memory benchmark: %d sessions per view, live heap after a full GC, JDK %s%n", SESSIONS,
                    Runtime.version());
            for (Map.Entry<String, Page> entry : pages.entrySet()) {
                Map<String, Long> before = histogram();
                int initBytes = open(node, entry.getValue(), SESSIONS, keep);
                Map<String, Long> after = histogram();
                long grown = after.get(TOTAL) - before.get(TOTAL);
                System.out.printf("%n%-44s %6.1f KB per session (view response %,d bytes)%n", entry.getKey(),
                        grown / 1024.0 / SESSIONS, initBytes);
                printLargestGrowth(before, after);
            }
            System.out.println(keep.size() + " sessions were open at the end");
        }
    }

    /** Who opens what: each view with the data the issue names, signed in as its owner (or the mentor). */
    private Map<String, Page> seed() {
        AccountSummary admin = accounts.admin();
        AccountSummary writer = accounts.applicant();
        AccountSummary reviewed = accounts.applicant();
        AccountSummary mentor = accounts.mentor();
        AccountSummary seasoned = accounts.applicant();
        accounts.signIn(admin);
        pairings.pair(reviewed.id(), mentor.id());
        pairings.pair(seasoned.id(), mentor.id());

        accounts.signIn(writer);
        String part = answers.open(QUESTION).question().structure().parts().getFirst().key();
        answers.save(QUESTION, AnswerDraft.NOT_SAVED_YET, Map.of(part, answerText()));

        accounts.signIn(reviewed);
        answers.save(QUESTION, AnswerDraft.NOT_SAVED_YET, Map.of(part, answerText()));
        SubjectRef answer = SubjectRef.of("answer", answers.open(QUESTION).answerId());
        sharing.share(answer, mentor.id());
        accounts.signIn(mentor);
        Long revision = reviews.open(answer).revisionId();
        String text = answerText();
        for (int i = 1; i <= THREADS; i++) {
            String passage = "rotation " + i + ",";
            int start = text.indexOf(passage);
            reviews.startThread(new NewThread(answer, revision, part, start, start + passage.length(), passage,
                    "Say what you did on rotation " + i + " in one sentence, then what it taught you."));
        }

        accounts.signIn(seasoned);
        List<Long> programs = IntStream.rangeClosed(1, 10)
                .mapToObj(i -> dossiers.create(SeasonFixtures.dossier("Program " + i)).id()).toList();
        for (int i = 0; i < INTERVIEWS; i++) {
            InterviewStatus status = i < 10 ? InterviewStatus.DONE : InterviewStatus.SCHEDULED;
            interviews.schedule(SeasonFixtures.at(programs.get(i % programs.size()),
                    Instant.now().plus(Duration.ofDays(i - 10L)), status));
        }
        accounts.signOut();

        Map<String, Page> pages = new LinkedHashMap<>();
        pages.put("applicant home (the floor)", new Page(seasoned, ""));
        pages.put("answer editor", new Page(writer, AnswerRoutes.answer(QUESTION)));
        pages.put("review page, " + THREADS + " threads (mentor)", new Page(mentor, "review/" + answer.type() + "/" + answer.id()));
        pages.put("interview tracker, " + INTERVIEWS + " interviews", new Page(seasoned, "interviews"));
        return pages;
    }

    /** An answer of about 180 words with twenty passages a mentor comments on ("rotation 7,"). */
    private static String answerText() {
        return IntStream.rangeClosed(1, THREADS)
                .mapToObj(i -> "On rotation " + i + ", I read the scans with the resident and wrote what changed.")
                .collect(Collectors.joining(" "));
    }

    /** Opens {@code count} sessions on {@code page}, their cookies kept in {@code keep}; the size of the last view. */
    private static int open(SecondNode node, Page page, int count, List<String> keep) throws Exception {
        int bytes = 0;
        for (int i = 0; i < count; i++) {
            String cookie = signIn(node, page.who().email());
            String init = send(node, cookie, "/?v-r=init&location=" + page.route(), null).body();
            Matcher key = SECURITY_KEY.matcher(init);
            Matcher ui = UI_ID.matcher(init);
            if (!key.find() || !ui.find()) {
                throw new IllegalStateException("No UI for " + page.route() + ": " + init);
            }
            String navigate = "{\"csrfToken\":\"" + key.group(1) + "\",\"rpc\":[{\"type\":\"event\",\"node\":1,"
                    + "\"event\":\"ui-navigate\",\"data\":{\"route\":\"/" + page.route() + "\",\"query\":\"\","
                    + "\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}],\"syncId\":0,\"clientId\":0}";
            String view = send(node, cookie, "/?v-r=uidl&v-uiId=" + ui.group(1), navigate).body();
            if (view.contains("Could not navigate") || view.contains("sessionExpired") || view.length() < 10_000) {
                throw new IllegalStateException("The view " + page.route() + " did not render: " + view);
            }
            bytes = view.length();
            // the browser's next message (here an empty one): Vaadin keeps its last response per UI to resend it
            // if a message is lost, and the browser's follow-up replaces the view's large one with a small one
            String followUp = "{\"csrfToken\":\"" + key.group(1) + "\",\"rpc\":[],\"syncId\":1,\"clientId\":1}";
            if (!send(node, cookie, "/?v-r=uidl&v-uiId=" + ui.group(1), followUp).body().contains("\"syncId\"")) {
                throw new IllegalStateException("The follow-up message on " + page.route() + " was refused");
            }
            keep.add(cookie);
        }
        return bytes;
    }

    private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern COOKIE = Pattern.compile("JSESSIONID=([^;]+)");
    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\"\\s*:\\s*(\\d+)");

    /** Signs in through the form as a browser does; the session cookie. */
    private static String signIn(SecondNode node, String email) throws Exception {
        HttpResponse<String> form = send(node, null, "/login", null);
        String cookie = cookie(form, null);
        Matcher csrf = CSRF.matcher(form.body());
        if (!csrf.find()) {
            throw new IllegalStateException("No CSRF token on the sign-in page");
        }
        String body = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(Accounts.PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = CLIENT.send(HttpRequest.newBuilder(node.url("/login")).header("Cookie", "JSESSIONID=" + cookie)
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (signedIn.statusCode() != 302 || signedIn.headers().firstValue("Location").orElse("/login").contains("/login")) {
            throw new IllegalStateException("Sign-in refused for " + email);
        }
        return cookie(signedIn, cookie);
    }

    private static HttpResponse<String> send(SecondNode node, String cookie, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(node.url(path));
        if (cookie != null) {
            request.header("Cookie", "JSESSIONID=" + cookie);
        }
        if (json != null) {
            request.header("Content-Type", "application/json; charset=UTF-8").POST(HttpRequest.BodyPublishers.ofString(json));
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The session id the response sets (a new one after signing in), or {@code current}. */
    private static String cookie(HttpResponse<String> response, String current) {
        return response.headers().allValues("Set-Cookie").stream().map(COOKIE::matcher).filter(Matcher::find)
                .map(match -> match.group(1)).reduce((first, last) -> last).orElse(current);
    }

    private static final String TOTAL = "(total)";
    private static final Pattern ROW = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");
    private static final Pattern TOTAL_ROW = Pattern.compile("^Total\\s+(\\d+)\\s+(\\d+)");

    /** Bytes per class of what is live after a full GC (jcmd GC.class_histogram, in this JVM). */
    private static Map<String, Long> histogram() throws Exception {
        String text = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                new Object[] {new String[0]}, new String[] {String[].class.getName()});
        Map<String, Long> bytes = new HashMap<>();
        for (String line : text.lines().toList()) {
            Matcher row = ROW.matcher(line);
            Matcher total = TOTAL_ROW.matcher(line);
            if (row.find()) {
                bytes.merge(row.group(3), Long.parseLong(row.group(2)), Long::sum);
            } else if (total.find()) {
                bytes.put(TOTAL, Long.parseLong(total.group(2)));
            }
        }
        return bytes;
    }

    private static void printLargestGrowth(Map<String, Long> before, Map<String, Long> after) {
        after.entrySet().stream()
                .filter(entry -> !entry.getKey().equals(TOTAL))
                .map(entry -> Map.entry(entry.getKey(), entry.getValue() - before.getOrDefault(entry.getKey(), 0L)))
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
                .limit(12)
                .forEach(entry -> System.out.printf("    %7.1f KB  %s%n", entry.getValue() / 1024.0 / SESSIONS, entry.getKey()));
    }

    private record Page(AccountSummary who, String route) {
    }
}
