package org.matchprep.e2e;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Accounts of one test alone, on the {@link SharedApp}: an applicant signs up at {@code /signup} as a
 * newcomer would, and the demo admin pairs them with a mentor, both through the UI. Names and addresses are
 * new in every run, so no other test sees or changes what a test does with them.
 */
final class FreshAccounts {

    static final String PASSWORD = "interview-ready-2026";
    static final String ADMIN = "admin@matchprep.test";

    private static final AtomicInteger COUNT = new AtomicInteger();
    private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);

    private FreshAccounts() {
    }

    /** An applicant who signed up, with {@link #PASSWORD}. */
    record Applicant(String email, String name, String timeZone) {
    }

    /**
     * Signs up a new applicant in {@code browser} (not signed in), in {@code timeZone}; ends on the sign-in
     * page. {@code who} names the test ("Review"), so its accounts are recognisable in the app.
     */
    static Applicant signUp(WebDriver browser, PackagedApp app, String who, String timeZone) {
        String tag = RUN + COUNT.incrementAndGet();
        Applicant applicant = new Applicant(who.toLowerCase(Locale.ROOT) + "-" + tag + "@e2e.matchprep.test",
                who + " Applicant " + tag, timeZone);
        browser.get(app.url("signup"));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath(field("vaadin-email-field", "Email", "input"))));
        Pages.settle(browser); // the page has preselected the browser's zone, if the app offers it
        type(wait, field("vaadin-email-field", "Email", "input"), applicant.email());
        type(wait, field("vaadin-text-field", "Your name", "input"), applicant.name());
        String zone = field("vaadin-combo-box", "Time zone", "input");
        type(wait, zone, Keys.chord(Keys.CONTROL, "a") + timeZone);
        wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-combo-box-item[normalize-space()='" + timeZone + "']"))).click();
        wait.until(ExpectedConditions.attributeToBe(By.xpath(zone), "value", timeZone));
        type(wait, field("vaadin-password-field", "Password", "input"), PASSWORD);
        type(wait, field("vaadin-password-field", "Password again", "input"), PASSWORD);
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-button[normalize-space()='Create account']"))).click();
        wait.until(ExpectedConditions.urlMatches(".*/login$"));
        return applicant;
    }

    /** The demo admin pairs {@code applicant} with the mentor at {@code mentorEmail}, in a browser of its own. */
    static void pair(Path workDir, PackagedApp app, Applicant applicant, String mentorEmail) {
        WebDriver admin = Browsers.start(workDir);
        try {
            Browsers.signIn(admin, app.url("login"), ADMIN, PASSWORD);
            WebDriverWait wait = new WebDriverWait(admin, Duration.ofSeconds(60));
            wait.until(Pages.headingContains("Welcome"));
            admin.get(app.url("admin/pairings"));
            choose(wait, "Applicant", applicant.email());
            choose(wait, "Mentor", mentorEmail);
            wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-button[normalize-space()='Pair']"))).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), applicant.name() + " now works with"));
        } finally {
            admin.quit();
        }
    }

    /** The native input inside a Vaadin field, found by the field's visible label (Vaadin renders it in the light DOM). */
    static String field(String tag, String label, String input) {
        return "//" + tag + "[label[normalize-space()=\"" + label + "\"]]//" + input;
    }

    private static void type(WebDriverWait wait, String xpath, CharSequence text) {
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath(xpath))).sendKeys(text);
    }

    /** Picks the account whose item names {@code email} in the combo box labelled {@code label}. */
    private static void choose(WebDriverWait wait, String label, String email) {
        type(wait, field("vaadin-combo-box", label, "input"), email);
        wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-combo-box-item[contains(normalize-space(), '(" + email + ")')]"))).click();
        wait.until(ExpectedConditions.attributeContains(By.xpath(field("vaadin-combo-box", label, "input")), "value", email));
    }
}
