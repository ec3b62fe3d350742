package org.matchprep.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * "Forgot password?" from end to end: the packaged jar mails through a real SMTP server in this JVM
 * (GreenMail, the {@link SharedApp}'s), and Chromium follows the link in the mail, sets a new password and
 * signs in with it. The account is one this test signs up: a demo account's new password would lock the
 * other tests on the shared app out.
 */
@ExtendWith(SharedApp.Extension.class)
class PasswordResetEndToEndIT {

    private static final String NEW_PASSWORD = "a lantern by the harbour wall";
    private static final Pattern LINK = Pattern.compile("http://localhost:\\d+/reset-password\\?token=[A-Za-z0-9_-]{43}");

    private static GreenMail smtp;
    private static PackagedApp app;
    private static Path workDir;
    private WebDriver browser;

    @BeforeAll
    static void useTheSharedApp(SharedApp shared) throws Exception {
        app = shared.app();
        smtp = shared.mail();
        workDir = Files.createTempDirectory(Files.createDirectories(Path.of("target", "e2e")), "password-reset-");
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void a_forgotten_password_is_reset_from_the_link_in_the_mail_and_the_new_one_signs_in() throws Exception {
        browser = Browsers.start(workDir);
        FreshAccounts.Applicant applicant = FreshAccounts.signUp(browser, app, "Reset", "Asia/Kolkata");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        Pages.open(browser, app.url("login"));
        assertThat(Pages.clickButton(browser, "Forgot password?")).as("the sign-in page offers a reset").isTrue();
        wait.until(Pages.headingContains("Forgot your password?"));
        type(By.cssSelector("vaadin-email-field input"), applicant.email() + Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
                "If an account uses this address, we have sent it a link"));
        screenshot("reset-requested");

        String link = linkFromTheMailTo(applicant.email());
        browser.get(link);
        wait.until(Pages.headingContains("Choose a new password"));
        Pages.settle(browser);
        List<org.openqa.selenium.WebElement> fields = browser.findElements(By.cssSelector("vaadin-password-field input"));
        assertThat(fields).hasSize(2);
        fields.get(0).sendKeys(NEW_PASSWORD);
        // Tab out, so the field sends its value before the button's click is handled.
        fields.get(1).sendKeys(NEW_PASSWORD + Keys.TAB);
        Pages.settle(browser);
        assertThat(Pages.clickButton(browser, "Set new password")).isTrue();
        wait.until(ExpectedConditions.urlContains("/login"));
        screenshot("reset-done");

        Browsers.signIn(browser, app.url("login"), applicant.email(), NEW_PASSWORD);
        wait.until(Pages.headingContains("Welcome, " + applicant.name()));

        // The link worked once; opened again it says so and offers a new one.
        browser.manage().deleteAllCookies();
        browser.get(link);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "This link was used already"));
        assertThat(browser.findElements(By.linkText("Request a new link"))).hasSize(1);
    }

    private void type(By input, String text) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.elementToBeClickable(input)).sendKeys(text);
    }

    /**
     * The other tests on the shared app mail others (bookings, demo data); the reset mail is the one with its
     * subject to this test's applicant, and there must be exactly one.
     */
    private static String linkFromTheMailTo(String email) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            List<MimeMessage> resets = new java.util.ArrayList<>();
            for (MimeMessage mail : smtp.getReceivedMessages()) {
                if ("Reset your MatchPrep password".equals(mail.getSubject()) && mailedTo(mail, email)) {
                    resets.add(mail);
                }
            }
            if (!resets.isEmpty()) {
                assertThat(resets).hasSize(1);
                assertThat(resets.getFirst().getAllRecipients()).extracting(Object::toString).singleElement()
                        .asString().contains(email);
                Matcher link = LINK.matcher(GreenMailUtil.getBody(resets.getFirst()));
                assertThat(link.find()).as("the reset link in the mail").isTrue();
                return link.group();
            }
            Thread.sleep(250);
        }
        throw new AssertionError("No reset mail arrived within a minute");
    }

    private static boolean mailedTo(MimeMessage mail, String email) throws jakarta.mail.MessagingException {
        return mail.getAllRecipients() != null
                && java.util.Arrays.stream(mail.getAllRecipients()).anyMatch(recipient -> recipient.toString().contains(email));
    }

    private void screenshot(String name) throws Exception {
        Files.write(workDir.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
