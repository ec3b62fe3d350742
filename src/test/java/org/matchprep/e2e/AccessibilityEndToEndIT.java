package org.matchprep.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.matchprep.e2e.AxeCheck.Finding;
import org.matchprep.e2e.AxeCheck.ViewResult;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Accessibility (WCAG 2.2 AA) on the {@link SharedApp}: axe-core over every view each role may open,
 * with the demo data on it and each view's dialogs open, failing on any serious or critical violation; every
 * view at 390 px wide without horizontal scrolling; and keyboard-only walks through the main tasks
 * ({@link KeyboardWalks}). The routes checked are listed in {@link #ROUTES}; {@code AccessibilityRoutesTest}
 * fails when a view exists that is not among them. The demo applicant Priya and the demo mentor, whose data the
 * views show, are this test's: the other tests on the shared app leave them alone.
 */
@ExtendWith(SharedApp.Extension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccessibilityEndToEndIT {

    static final String PASSWORD = "interview-ready-2026";

    /**
     * Every route template the axe pass opens ({@code @Route} or {@code @RouteAlias} value, a {@code HasUrlParameter}
     * view's with {@code /:parameter} after it).
     */
    static final Set<String> ROUTES = Set.of("login", "signup", "forgot-password", "reset-password", "accept-invitation", "", "profile", "notifications",
            "questions", "narrative", "experiences", "answers/:questionId", "mentors", "mock-interviews",
            "mock-interviews/book", "feedback", "review/:type/:id", "review/:id", "programs", "programs/dossier/:parameter",
            "interviews", "interviews/:parameter", "day-sheet/:parameter", "rank-list",
            "applicants", "availability", "reviews",
            "admin/users", "admin/questions", "admin/pairings", "admin/audit",
            "programs/catalogue", "programs/profile", "programs/fit", "programs/shortlist", "admin/fit-weights", "admin/outbox",
            "practice/:questionId", "practice/listen/:recordingId", "practice/mock/:bookingId");

    /** The dialog behind a free time on the booking page. */
    private static final String FREE_TIME = "a free time";

    private Path workDir;
    private SharedApp shared;
    private PackagedApp app;
    /** The demo applicant's recording {@link #addMocks} adds. */
    private long recording;
    private final List<ViewResult> results = new ArrayList<>();

    @BeforeAll
    void useTheSharedApp(SharedApp shared) throws Exception {
        this.shared = shared;
        app = shared.app();
        workDir = Files.createTempDirectory(Files.createDirectories(Path.of("target", "e2e")), "accessibility-");
        addMocks();
    }

    /**
     * The demo data has no mock that has taken place (one only a mentor can score) and none that can be
     * cancelled without booking one first; the booking rules (notice, availability) would refuse a past one, so
     * the test writes both straight into the database.
     */
    private void addMocks() throws SQLException, IOException {
        try (Connection connection = shared.database();
             Statement statement = connection.createStatement()) {
            for (String when : List.of("now() - interval '2 days'", "date_trunc('hour', now()) + interval '9 days'")) {
                statement.executeUpdate("""
                        insert into mock_booking (mentor_id, applicant_id, format, starts_at, ends_at, blocked_until, status, created_at)
                        select m.id, a.id, 'FACULTY', %1$s, %1$s + interval '20 minutes', %1$s + interval '30 minutes',
                               'BOOKED', now() - interval '5 days'
                        from account m, account a where m.email = 'mentor@matchprep.test' and a.email = 'applicant@matchprep.test'
                        """.formatted(when));
            }
            // a recording of the narrative, shared with the demo mentor: the practice pages have something to show
            try (java.sql.ResultSet inserted = statement.executeQuery("""
                    insert into recording (owner_id, subject_type, subject_id, title, created_at, content_type, bytes,
                                           duration_ms, speaking_ms, long_pauses, target_min_ms, target_max_ms)
                    select a.id, 'question', q.id, q.text, now(), 'audio/wav', 13, 8000, 5000, '3000-6000', 60000, 90000
                    from account a, question q where a.email = 'applicant@matchprep.test'
                      and q.owner_id is null and not q.retired
                    order by q.id limit 1
                    returning id""")) {
                inserted.next();
                recording = inserted.getLong(1);
            }
            statement.executeUpdate("""
                    insert into recording_chunk (recording_id, position, data)
                    values (%d, 0, decode('52494646240000005741564566', 'hex'))""".formatted(recording));
            statement.executeUpdate("""
                    insert into review_share (subject_type, subject_id, applicant_id, mentor_id, shared_at)
                    select 'recording', r.id, r.owner_id, m.id, now() from recording r, account m
                    where r.id = %d and m.email = 'mentor@matchprep.test'""".formatted(recording));
        }
    }

    /** The question the demo recording added by {@link #addMocks} answers. */
    private long recordedQuestion() {
        try (Connection connection = shared.database();
             Statement statement = connection.createStatement();
             java.sql.ResultSet row = statement.executeQuery("select subject_id from recording where id = " + recording)) {
            row.next();
            return row.getLong(1);
        } catch (SQLException | IOException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    @Test
    @Order(1)
    void keyboard_only_a_visitor_signs_in_with_a_skip_link_first_and_focus_on_the_heading() {
        walk(KeyboardWalks::signIn);
    }

    @Test
    @Order(2)
    void keyboard_only_an_applicant_writes_an_answer() {
        walk(KeyboardWalks::writeAnAnswer);
    }

    @Test
    @Order(3)
    void keyboard_only_a_mentor_comments_on_a_passage() {
        walk(KeyboardWalks::commentOnAPassage);
    }

    @Test
    @Order(4)
    void keyboard_only_an_applicant_books_a_mock() {
        walk(KeyboardWalks::bookAMock);
    }

    @Test
    @Order(5)
    void keyboard_only_a_mentor_fills_a_scorecard() {
        walk(KeyboardWalks::fillAScorecard);
    }

    private void walk(KeyboardWalks.Walk walk) {
        WebDriver browser = Browsers.start(workDir);
        try {
            Keyboard keyboard = new Keyboard(browser);
            walk.run(browser, app, keyboard);
            keyboard.assertNoProblems();
        } finally {
            browser.quit();
        }
    }

    @Test
    @Order(10)
    void every_view_of_every_role_has_no_serious_or_critical_axe_violation_and_fits_390_px() throws Exception {
        Instant started = Instant.now();
        WebDriver browser = Browsers.start(workDir);
        try {
            check(browser, "anonymous", "login", "login");
            check(browser, "anonymous", "signup", "signup");
            check(browser, "anonymous", "forgot-password", "forgot-password");
            check(browser, "anonymous", "reset-password", "reset-password?token=no-such-link");
            check(browser, "anonymous", "accept-invitation", "accept-invitation?token=no-such-link");

            signIn(browser, "applicant@matchprep.test");
            String answer = writeAnswerAndRequestReview(browser);
            check(browser, "applicant", "", "");
            check(browser, "applicant", "profile", "profile");
            check(browser, "applicant", "notifications", "notifications");
            check(browser, "applicant", "questions", "questions", "Add your own question");
            check(browser, "applicant", "narrative", "narrative");
            check(browser, "applicant", "experiences", "experiences", "Add experience");
            check(browser, "applicant", "answers/:questionId", answer, "History");
            check(browser, "applicant", "practice/:questionId", "practice/" + recordedQuestion(), "Delete");
            check(browser, "applicant", "practice/listen/:recordingId", Pages.href(browser, "a[href^='practice/listen/']"));
            check(browser, "applicant", "mentors", "mentors");
            check(browser, "applicant", "mock-interviews", "mock-interviews", "Cancel", "?See scorecard");
            Pages.open(browser, app.url("mock-interviews"));
            check(browser, "applicant", "practice/mock/:bookingId", Pages.href(browser, "a.mock-practise"));
            check(browser, "applicant", "mock-interviews/book", "mock-interviews/book", FREE_TIME);
            check(browser, "applicant", "feedback", "feedback");
            Pages.open(browser, app.url(answer));
            String answerReview = Pages.href(browser, "a[href^='review/']");
            check(browser, "applicant", "review/:id", answerReview, "Request review");
            check(browser, "applicant", "review/:type/:id", answerReview.replace("review/", "review/answer/"));
            Pages.open(browser, app.url("programs"));
            String dossierReview = Pages.href(browser, "a[href^='review/dossier/']");
            check(browser, "applicant", "review/:type/:id", dossierReview, "Request review");
            check(browser, "applicant", "programs", "programs");
            check(browser, "applicant", "programs/dossier/:parameter", "programs/dossier/new");
            check(browser, "applicant", "programs/dossier/:parameter", dossierReview.replace("review/dossier/", "programs/dossier/"),
                    "Delete");
            check(browser, "applicant", "interviews", "interviews", "Add interview");
            Pages.clickButton(browser, "Open");
            String interview = awaitPath(browser, "interviews/");
            check(browser, "applicant", "interviews/:parameter", interview, "Edit", "Delete");
            Pages.clickButton(browser, "Day sheet");
            check(browser, "applicant", "day-sheet/:parameter", awaitPath(browser, "day-sheet/"));
            check(browser, "applicant", "rank-list", "rank-list");
            check(browser, "applicant", "programs/catalogue", "programs/catalogue");
            check(browser, "applicant", "programs/profile", "programs/profile");
            check(browser, "applicant", "programs/fit", "programs/fit");
            check(browser, "applicant", "programs/shortlist", "programs/shortlist");
            signOut(browser);

            signIn(browser, "mentor@matchprep.test");
            check(browser, "mentor", "", "");
            check(browser, "mentor", "profile", "profile");
            check(browser, "mentor", "notifications", "notifications");
            check(browser, "mentor", "applicants", "applicants", "End");
            check(browser, "mentor", "availability", "availability", "Add weekly window");
            check(browser, "mentor", "mock-interviews", "mock-interviews", "Score|Edit scorecard", "Cancel");
            check(browser, "mentor", "reviews", "reviews");
            check(browser, "mentor", "programs/fit", "programs/fit");
            Pages.open(browser, app.url("reviews"));
            String mentorAnswer = Pages.href(browser, "a.review-row-title[href*='review/answer/']");
            String mentorDossier = Pages.href(browser, "a.review-row-title[href*='review/dossier/']");
            String mentorRecording = Pages.href(browser, "a.review-row-title[href*='review/recording/']");
            check(browser, "mentor", "review/:type/:id", mentorAnswer);
            check(browser, "mentor", "practice/listen/:recordingId",
                    mentorRecording.replace("review/recording/", "practice/listen/"));
            check(browser, "mentor", "review/:type/:id", mentorDossier, "?Changes since your review", "?Delete");
            signOut(browser);

            signIn(browser, "admin@matchprep.test");
            check(browser, "admin", "", "");
            check(browser, "admin", "profile", "profile");
            check(browser, "admin", "notifications", "notifications");
            check(browser, "admin", "admin/users", "admin/users", "New account", "Manage");
            check(browser, "admin", "admin/questions", "admin/questions", "New question");
            check(browser, "admin", "admin/pairings", "admin/pairings");
            check(browser, "admin", "admin/audit", "admin/audit");
            check(browser, "admin", "programs/catalogue", "programs/catalogue", "Add program", "Delete");
            check(browser, "admin", "admin/fit-weights", "admin/fit-weights");
            check(browser, "admin", "admin/outbox", "admin/outbox");
        } finally {
            browser.quit();
            AxeCheck.writeTable(results, Path.of("target", "accessibility", "axe-results.md"));
            AxeCheck.writeDetails(results, Path.of("target", "accessibility", "axe-violations.txt"));
        }
        System.out.println("Accessibility pass over " + results.size() + " views took " + Duration.between(started, Instant.now()));

        Set<String> visited = new LinkedHashSet<>();
        results.forEach(view -> visited.add(view.route()));
        assertThat(visited).as("routes the axe pass opened").containsExactlyInAnyOrderElementsOf(ROUTES);
        assertThat(AxeCheck.failures(results)).as("serious or critical axe violations").isEmpty();
        assertThat(results.stream().filter(ViewResult::overflows)
                .map(view -> view.route() + " as " + view.role() + ": " + view.scrollWidth() + " > " + view.clientWidth()))
                .as("views wider than a 390 px screen").isEmpty();
    }

    /**
     * Opens {@code path} and runs axe on it; then opens each dialog (by its button's text or accessible name,
     * {@code a|b} for either, {@code ?} first when the data may not offer it) and
     * runs axe with the dialog open ({@link #FREE_TIME}: a free time's booking dialog); last, measures the page
     * 390 px wide.
     */
    private void check(WebDriver browser, String role, String route, String path, String... dialogs) {
        assertThat(path).as("a path for " + route + " as " + role + " from the demo data").isNotNull();
        Pages.open(browser, app.url(path));
        List<String> states = new ArrayList<>(List.of("page"));
        List<Finding> findings = new ArrayList<>(AxeCheck.analyze(browser, "page"));
        for (String dialog : dialogs) {
            boolean optional = dialog.startsWith("?");
            String wanted = optional ? dialog.substring(1) : dialog;
            String opened = openDialog(browser, wanted);
            if (opened == null) {
                assertThat(optional).as("the button \"" + wanted + "\" on " + path + " as " + role).isTrue();
                continue;
            }
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(Pages::dialogOpen);
            Pages.settle(browser);
            String state = "dialog \"" + opened + "\"";
            states.add(state);
            // the page behind was checked just before: axe looks at the open dialog only
            Pages.js(browser, "document.querySelectorAll('vaadin-dialog, vaadin-confirm-dialog')"
                    + ".forEach(d => d.toggleAttribute('data-axe-open', !!d.opened))");
            findings.addAll(AxeCheck.analyze(browser, state, "[data-axe-open]"));
            Pages.closeDialogs(browser);
        }
        long[] width = widthAt390(browser);
        results.add(new ViewResult(role, route, path, states, merge(findings), width[0], width[1]));
    }

    /** Clicks the button that opens a dialog; the text of what was clicked, or null if there was none. */
    private static String openDialog(WebDriver browser, String wanted) {
        if (wanted.equals(FREE_TIME)) {
            return pickAFreeTime(browser);
        }
        for (String label : wanted.split("\\|")) {
            if (Pages.clickButton(browser, label)) {
                return label;
            }
        }
        return null;
    }

    /** Rules seen on the page and in its dialogs, one finding per rule. */
    private static List<Finding> merge(List<Finding> findings) {
        Map<String, Finding> byRule = new LinkedHashMap<>();
        for (Finding finding : findings) {
            byRule.merge(finding.rule(), finding, (a, b) -> {
                // with a dialog open, axe sees the page behind it again: count each element once
                List<String> nodes = new ArrayList<>(a.nodes());
                Set<String> seen = new HashSet<>(nodes.stream().map(AccessibilityEndToEndIT::element).toList());
                b.nodes().stream().filter(node -> seen.add(element(node))).forEach(nodes::add);
                return new Finding(a.rule(), a.impact(), a.help(), nodes);
            });
        }
        return new ArrayList<>(byRule.values());
    }

    /**
     * Clicks the first free time on the booking page. The day starts on tomorrow in the applicant's zone; the
     * demo mentor is free on weekdays only, so on a day without times it moves the day on, up to a week.
     */
    private static String pickAFreeTime(WebDriver browser) {
        for (int day = 0; day < 7; day++) {
            Object clicked = Pages.js(browser, """
                    const slot = document.querySelector('vaadin-button.slot-button');
                    if (!slot) return null;
                    slot.click();
                    return slot.textContent.trim();""");
            if (clicked != null) {
                Pages.settle(browser);
                return clicked.toString();
            }
            Pages.js(browser, """
                    const picker = document.querySelector('vaadin-date-picker');
                    const next = new Date(picker.value); next.setDate(next.getDate() + 1);
                    picker.value = next.toISOString().slice(0, 10);""");
            Pages.settle(browser);
        }
        return null;
    }

    /** A node as {@link AxeCheck} names it, without the page state it was seen in. */
    private static String element(String node) {
        return node.substring(node.indexOf(": ") + 2);
    }

    /** The page's scroll width and client width in a 390 px wide viewport, then back to the desktop width. */
    private static long[] widthAt390(WebDriver browser) {
        ChromeDriver chrome = (ChromeDriver) browser;
        chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
        try {
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver ->
                    ((Number) Pages.js(driver, "return window.innerWidth")).intValue() == 390);
            Pages.js(browser, "return new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
            Pages.settle(browser);
            @SuppressWarnings("unchecked")
            List<Number> width = (List<Number>) Pages.js(browser,
                    "const s = document.scrollingElement; return [s.scrollWidth, s.clientWidth];");
            return new long[] {width.get(0).longValue(), width.get(1).longValue()};
        } finally {
            chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    private void signIn(WebDriver browser, String email) {
        Browsers.signIn(browser, app.url("login"), email, PASSWORD);
        new WebDriverWait(browser, Duration.ofSeconds(60))
                .withMessage(() -> "home after signing in as " + email + "; the browser is at " + browser.getCurrentUrl())
                .until(driver -> Pages.path(driver).isEmpty()
                && Boolean.TRUE.equals(Pages.js(driver, "const h = document.querySelector('h1'); return !!h && h.textContent.includes('Welcome')")));
    }

    /**
     * Leaves the page first, then forgets every cookie: a page left open keeps talking to the server (push,
     * heartbeats), and a request of it sent between the cookies going and the next sign-in would start a session
     * that remembers it, and the sign-in would then lead there instead of home.
     */
    private void signOut(WebDriver browser) {
        browser.get("about:blank");
        ((ChromeDriver) browser).executeCdpCommand("Network.clearBrowserCookies", Map.of());
    }

    private static String awaitPath(WebDriver browser, String prefix) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> Pages.path(driver).startsWith(prefix));
        Pages.settle(browser);
        return Pages.path(browser);
    }

    /**
     * Data for the answer views: the applicant writes the second question's answer (the keyboard walk takes the
     * first) and asks the demo mentor to review it, so both sides have an answer review to open.
     */
    private String writeAnswerAndRequestReview(WebDriver browser) {
        Pages.open(browser, app.url("questions"));
        String answer = (String) Pages.js(browser,
                "const links = document.querySelectorAll('a.question-link'); return links[1].getAttribute('href');");
        Pages.open(browser, app.url(answer));
        Pages.js(browser, """
                const area = document.querySelector('.answer-part textarea');
                area.value = 'At Madras Medical College one CT read changed a trauma patient\\'s care.';
                area.dispatchEvent(new Event('input', {bubbles: true}));
                area.dispatchEvent(new Event('change', {bubbles: true}));
                """);
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> "saved".equals(
                Pages.js(driver, "const s = document.querySelector('.save-status'); return s && s.getAttribute('data-state');")));
        Pages.open(browser, app.url(answer));
        Pages.open(browser, app.url(Pages.href(browser, "a[href^='review/']")));
        Pages.clickButton(browser, "Request review");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(Pages::dialogOpen);
        Pages.clickLastButton(browser, "Request review"); // the dialog's own button
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> !Pages.dialogOpen(driver));
        return answer.replaceFirst("^/", "");
    }
}
