package org.matchprep.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Signs in as each demo account on the packaged jar in headless Chromium (Debian's chromium and
 * chromium-driver). Skipped with a message where Chromium is not installed; in CI, which installs it,
 * a missing browser or jar fails instead ({@link Prerequisites}).
 */
@ExtendWith(SharedApp.Extension.class)
class SignInEndToEndIT {

    private static final String DEMO_PASSWORD = "interview-ready-2026";

    private static PackagedApp app;
    private static Path workDir;
    private WebDriver browser;

    @BeforeAll
    static void useTheSharedApp(SharedApp shared) throws Exception {
        app = shared.app();
        workDir = Files.createTempDirectory(Files.createDirectories(Path.of("target", "e2e")), "sign-in-");
    }

    @BeforeEach
    void startBrowser() {
        browser = newBrowser();
    }

    private static WebDriver newBrowser() {
        return Browsers.start(workDir);
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @ParameterizedTest(name = "{0} signs in and is welcomed as {1}")
    @CsvSource({
            "applicant@matchprep.test, Priya Raman, Your preparation path",
            "mentor@matchprep.test, Dr. Grace Chen, Review queue",
            "admin@matchprep.test, Alex Morgan, Recent activity"})
    void each_demo_account_signs_in_and_sees_its_home(String email, String name, String section)
            throws Exception {
        signIn(email, DEMO_PASSWORD);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(Pages.headingContains("Welcome, " + name));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), section));
        assertThat(browser.getCurrentUrl()).isEqualTo(app.url(""));
        screenshot("home-" + email.substring(0, email.indexOf('@')));
    }

    @Test
    void a_wrong_password_keeps_the_visitor_on_sign_in_with_a_message() throws Exception {
        signIn("applicant2@matchprep.test", "not the right password");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.urlContains("/login?error"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("vaadin-login-form"),
                "Incorrect email or password"));
        screenshot("sign-in-error");
    }

    @Test
    void responses_carry_the_security_headers_and_a_strict_session_cookie() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(app.url("login"))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(response.headers().firstValue("Content-Security-Policy")).get().asString()
                .contains("frame-ancestors 'none'").contains("default-src 'self'");
        assertThat(response.headers().allValues("Set-Cookie")).anySatisfy(cookie ->
                assertThat(cookie).startsWith("JSESSIONID=").contains("HttpOnly").contains("SameSite=Lax"));
    }

    @Test
    void a_tampered_session_cookie_is_sent_to_sign_in() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(app.url(""))).header("Cookie", "JSESSIONID=forged0123456789").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).get().asString().endsWith("/login");
    }

    @Test
    void disabling_an_account_signs_it_out_of_its_open_session() throws Exception {
        WebDriver applicant = newBrowser();
        try {
            // an account of this test alone: disabling a demo account would lock it out of the other tests
            FreshAccounts.Applicant disabled = FreshAccounts.signUp(applicant, app, "Disabled", "Europe/Lisbon");
            signIn(applicant, disabled.email(), FreshAccounts.PASSWORD);
            new WebDriverWait(applicant, Duration.ofSeconds(30))
                    .until(Pages.headingContains("Welcome, " + disabled.name()));

            signIn(browser, "admin@matchprep.test", DEMO_PASSWORD);
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            wait.until(Pages.headingContains("Welcome, Alex Morgan"));
            browser.get(app.url("admin/users"));
            // the list is long on the shared app: search it down to the account
            wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//input[@placeholder='Search name or email']")))
                    .sendKeys(disabled.email());
            // Grid cells are re-rendered while the grid settles; click until the dialog is really open.
            By manage = By.xpath("//vaadin-button[@aria-label='Manage " + disabled.name() + "']");
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
            screenshot("account-disabled");

            // The applicant's next click finds the session gone and ends on the sign-in page.
            applicant.findElement(By.xpath("//vaadin-side-nav-item[contains(., 'Profile')]")).click();
            new WebDriverWait(applicant, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("/login"));
        } finally {
            applicant.quit();
        }
    }

    private void signIn(String email, String password) {
        signIn(browser, email, password);
    }

    private void signIn(WebDriver browser, String email, String password) {
        Browsers.signIn(browser, app.url("login"), email, password);
    }

    private void screenshot(String name) throws Exception {
        byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        Files.write(workDir.resolve(name + ".png"), png);
    }
}
