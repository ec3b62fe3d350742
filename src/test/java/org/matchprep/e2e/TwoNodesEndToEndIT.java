package org.matchprep.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.matchprep.testing.ScratchDatabase;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Two nodes of MatchPrep, each the packaged jar, on one PostgreSQL (a fresh database of this test's embedded
 * server), sharing nothing else: what happens on node a reaches node b only through the database (decision 019).
 * Driven with Chromium, directly on each node's port (the load balancer's part, sticky sessions, is nginx's;
 * see deploy/).
 */
class TwoNodesEndToEndIT {

    private static final String PASSWORD = "interview-ready-2026";
    private static final ZoneId MENTOR_ZONE = ZoneId.of("America/Chicago");
    private static final int BOOKING_TABS_PER_NODE = 25;

    private static Path workDir;
    private static ScratchDatabase database;
    private static PackagedApp nodeA;
    private static PackagedApp nodeB;
    private static final List<WebDriver> browsers = new ArrayList<>();

    @BeforeAll
    static void twoNodesOnOneDatabase() throws Exception {
        Prerequisites.browser();
        Path jar = Prerequisites.packagedJar().toAbsolutePath();
        workDir = Files.createTempDirectory(Files.createDirectories(Path.of("target", "e2e")), "two-nodes-");
        database = ScratchDatabase.create();
        nodeA = node(jar, "a", true); // migrates and seeds the demo data; b then finds both done
        nodeB = node(jar, "b", false);
    }

    private static PackagedApp node(Path jar, String name, boolean seedDemoData) throws Exception {
        Path home = Files.createDirectories(workDir.resolve("node-" + name));
        int port = PackagedApp.freePort();
        List<String> command = new ArrayList<>(PackagedApp.javaJar(jar, home, port));
        command.add(1, "-Duser.home=" + home.toAbsolutePath()); // each node its own Vaadin data folder
        command.add("--matchprep.node.name=" + name);
        command.add("--matchprep.demo-data=" + seedDemoData);
        return PackagedApp.launch(command, Map.of(
                "VAADIN_USAGE_STATS_ENABLED", "false",
                "SPRING_DATASOURCE_URL", database.url(),
                "SPRING_DATASOURCE_USERNAME", database.username(),
                "SPRING_DATASOURCE_PASSWORD", database.password()), home, port, StartLimits.fromSettings());
    }

    @AfterAll
    static void stopEverything() throws Exception {
        browsers.forEach(WebDriver::quit);
        try (PackagedApp a = nodeA; PackagedApp b = nodeB) {
            // closed in reverse order, b first
        }
    }

    @Test
    void a_comment_posted_through_node_a_appears_on_the_applicants_open_page_on_node_b_within_two_seconds() {
        WebDriver mentor = browser();
        signIn(mentor, nodeA, "mentor@matchprep.test", "Dr. Grace Chen");
        mentor.get(nodeA.url("reviews"));
        WebDriverWait wait = new WebDriverWait(mentor, Duration.ofSeconds(60));
        String review = wait.until(driver -> {
            Object href = Pages.js(driver, "const a = document.querySelector('a[href^=\"review/\"]');"
                    + "return a ? a.getAttribute('href') : null;");
            return href == null ? null : href.toString();
        });

        WebDriver applicant = browser();
        signIn(applicant, nodeB, "applicant@matchprep.test", "Priya Raman");
        Pages.open(applicant, nodeB.url(review));

        Pages.open(mentor, nodeA.url(review));
        // four words as they stand on one line of the text, which "Find passage" finds again
        String passage = (String) Pages.js(mentor, """
                const lines = [...document.querySelectorAll('.passage-part')].flatMap(p => p.textContent.split('\\n'));
                const line = lines.find(l => l.trim().split(' ').filter(w => w).length >= 4);
                return line.trim().split(' ').filter(w => w).slice(0, 4).join(' ');
                """);
        String comment = "Pushed across nodes " + System.nanoTime();
        type(mentor, "Passage to comment on", passage);
        Pages.clickButton(mentor, "Find passage");
        type(mentor, "Your comment on this passage", comment);
        Pages.clickButton(mentor, "Comment"); // waits until node a answered: the comment is committed
        assertThat(text(mentor, ".review-threads")).contains(comment);
        Instant posted = Instant.now();

        new WebDriverWait(applicant, Duration.ofSeconds(2)).until(driver -> text(driver, ".review-threads").contains(comment));
        System.out.println("The comment appeared on node b " + Duration.between(posted, Instant.now()).toMillis()
                + " ms after node a had answered");
    }

    @Test
    void disabling_an_account_on_node_a_ends_its_session_on_node_b() {
        WebDriver applicant = browser();
        signIn(applicant, nodeB, "applicant3@matchprep.test", "Maria Santos");

        WebDriver admin = browser();
        signIn(admin, nodeA, "admin@matchprep.test", "Alex Morgan");
        admin.get(nodeA.url("admin/users"));
        WebDriverWait wait = new WebDriverWait(admin, Duration.ofSeconds(60));
        By manage = By.xpath("//vaadin-button[@aria-label='Manage Maria Santos']");
        By disable = By.xpath("//vaadin-button[normalize-space()='Disable account']");
        wait.ignoring(StaleElementReferenceException.class).until(driver -> {
            if (driver.findElements(disable).isEmpty()) {
                driver.findElements(manage).stream().filter(WebElement::isDisplayed).findFirst().ifPresent(WebElement::click);
                return null;
            }
            return true;
        });
        wait.until(ExpectedConditions.elementToBeClickable(disable)).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "is disabled and signed out"));

        // node b never heard of the click on node a but for the account's stamp in the database
        applicant.findElement(By.xpath("//vaadin-side-nav-item[contains(., 'Profile')]")).click();
        new WebDriverWait(applicant, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("/login"));
    }

    @Test
    void fifty_people_booking_one_slot_at_once_across_both_nodes_get_exactly_one_booking() throws Exception {
        LocalDate day = nextWeekdayAfter(LocalDate.now(MENTOR_ZONE).plusDays(2));
        long bookedBefore = futureBookings();
        // separate sessions in one browser: cookies are per host, and every 127.x.y.z is this machine
        ExecutorService setUp = Executors.newFixedThreadPool(2);
        List<Future<WebDriver>> ready = List.of(
                setUp.submit(() -> bookingTabs(nodeA, 11, day)),
                setUp.submit(() -> bookingTabs(nodeB, 51, day)));
        List<WebDriver> tabsOfNodes = new ArrayList<>();
        for (Future<WebDriver> tabs : ready) {
            tabsOfNodes.add(tabs.get());
        }
        setUp.shutdown();

        // every tab's "Book" is clicked by the tab itself at the same moment
        long at = System.currentTimeMillis() + 3_000;
        for (WebDriver browser : tabsOfNodes) {
            for (String tab : browser.getWindowHandles()) {
                browser.switchTo().window(tab);
                Pages.js(browser, "setTimeout(() => document.querySelector(\"vaadin-button[slot='confirm-button']\").click(),"
                        + " arguments[0] - Date.now());", at);
            }
        }
        Thread.sleep(Math.max(0, at - System.currentTimeMillis()));

        int booked = 0;
        for (WebDriver browser : tabsOfNodes) {
            for (String tab : browser.getWindowHandles()) {
                browser.switchTo().window(tab);
                Pages.settle(browser);
                if (Pages.path(browser).equals("mock-interviews")) {
                    booked++;
                }
            }
        }
        assertThat(booked).as("tabs told their booking went through").isEqualTo(1);
        assertThat(futureBookings() - bookedBefore).as("new bookings in the database").isEqualTo(1);
    }

    /** Twenty-five tabs signed in to {@code node} as the demo applicant, each a session of its own, each with the slot's "Book" showing. */
    private WebDriver bookingTabs(PackagedApp node, int firstHost, LocalDate day) {
        WebDriver browser = browser();
        String firstTab = browser.getWindowHandle();
        for (int i = 0; i < BOOKING_TABS_PER_NODE; i++) {
            if (i > 0) {
                browser.switchTo().newWindow(WindowType.TAB);
            }
            String host = "http://127.0.0." + (firstHost + i) + ":" + node.port() + "/";
            Browsers.signIn(browser, host + "login", "applicant@matchprep.test", PASSWORD);
            new WebDriverWait(browser, Duration.ofSeconds(60))
                    .until(Pages.headingContains("Welcome"));
            Pages.open(browser, host + "mock-interviews/book");
            Pages.js(browser, "document.querySelector('vaadin-date-picker').value = arguments[0];", day.toString());
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
            // the free times are redrawn when the chosen day arrives at the server: a button found just before
            // may be gone when clicked (Chrome then reports the node as stale or as not in the document); look again
            wait.until(driver -> {
                try {
                    ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-button.slot-button")).apply(driver).click();
                    return true;
                } catch (NullPointerException | org.openqa.selenium.WebDriverException redrawn) {
                    return null;
                }
            });
            wait.until(driver -> Boolean.TRUE.equals(Pages.js(driver,
                    "const b = document.querySelector(\"vaadin-button[slot='confirm-button']\"); return !!b && !b.disabled;")));
        }
        browser.switchTo().window(firstTab);
        return browser;
    }

    private static long futureBookings() throws Exception {
        try (Connection connection = database.connect();
             PreparedStatement query = connection.prepareStatement(
                     "select count(*) from mock_booking where status = 'BOOKED' and starts_at > now()")) {
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static LocalDate nextWeekdayAfter(LocalDate date) {
        LocalDate day = date;
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        return day;
    }

    private static synchronized WebDriver browser() {
        WebDriver browser = Browsers.start(workDir);
        browsers.add(browser);
        return browser;
    }

    private static void signIn(WebDriver browser, PackagedApp node, String email, String name) {
        Browsers.signIn(browser, node.url("login"), email, PASSWORD);
        new WebDriverWait(browser, Duration.ofSeconds(60))
                .until(Pages.headingContains("Welcome, " + name));
    }

    private static void type(WebDriver browser, String label, String value) {
        Pages.js(browser, """
                const field = [...document.querySelectorAll('vaadin-text-field, vaadin-text-area')]
                    .find(f => f.label === arguments[0]);
                field.value = arguments[1];
                field.dispatchEvent(new Event('change', {bubbles: true}));
                """, label, value);
        Pages.settle(browser);
    }

    private static String text(WebDriver browser, String selector) {
        Object text = Pages.js(browser, "const e = document.querySelector(arguments[0]); return e ? e.textContent : '';", selector);
        return text == null ? "" : text.toString();
    }
}
