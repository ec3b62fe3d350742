package org.matchprep.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WrapsDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The interview season in a real browser: an applicant writes a program dossier, adds its interview in
 * the program's time zone, opens the day sheet and downloads it as a PDF that names the program. The
 * applicant is the demo's Maria Santos, whose season no other test on the shared app touches.
 */
@ExtendWith(SharedApp.Extension.class)
class SeasonEndToEndIT {

    private static final String PROGRAM = "Lakeside University Radiology";

    @Test
    void a_dossier_and_an_interview_lead_to_a_downloadable_day_sheet_pdf(SharedApp shared) throws Exception {
        Path workDir = Files.createTempDirectory(Files.createDirectories(Path.of("target", "e2e")), "season-");
        PackagedApp app = shared.app();
        WebDriver browser = Browsers.start(workDir);
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            Browsers.signIn(browser, app.url("login"), "applicant3@matchprep.test", "interview-ready-2026");
            wait.until(Pages.headingContains("Welcome"));

            browser.get(app.url("programs/dossier/new"));
            type(wait, FreshAccounts.field("vaadin-text-field", "Program name", "input"), PROGRAM);
            type(wait, FreshAccounts.field("vaadin-text-area", "Talking point 1", "textarea"), "Their emergency radiology teaching");
            click(wait, "//vaadin-button[contains(., 'Save dossier')]");
            wait.until(ExpectedConditions.urlMatches(".*/programs$"));

            browser.get(app.url("interviews"));
            click(wait, "//vaadin-button[contains(., 'Add interview')]");
            type(wait, "//vaadin-date-time-picker//vaadin-date-picker//input", "1/12/2027" + Keys.ENTER);
            type(wait, "//vaadin-date-time-picker//vaadin-time-picker//input", "9:00 AM" + Keys.ENTER);
            type(wait, FreshAccounts.field("vaadin-combo-box", "Program's time zone", "input"), "America/New_York");
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-combo-box-item"))).click();
            click(wait, "//vaadin-dialog//vaadin-button[contains(., 'Add interview')] | "
                    + "//vaadin-dialog-overlay//vaadin-button[contains(., 'Add interview')]");
            // the tracker swaps its columns for cards once it knows its width: click until the interview opens
            By programCell = By.xpath("//vaadin-grid-cell-content[contains(., '" + PROGRAM + "')]");
            wait.ignoring(StaleElementReferenceException.class).ignoring(ElementNotInteractableException.class).until(driver -> {
                driver.findElements(programCell).stream().filter(WebElement::isDisplayed).findFirst().ifPresent(WebElement::click);
                return driver.getCurrentUrl().matches(".*/interviews/\\d+$");
            });

            click(wait, "//vaadin-button[contains(., 'Day sheet')]");
            wait.until(ExpectedConditions.urlContains("/day-sheet/"));
            WebElement pdfLink = wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.xpath("//a[contains(., 'Download PDF')]")));
            String href = pdfLink.getDomAttribute("href");
            byte[] pdf = download(browser, app, href);

            assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            try (PdfReader reader = new PdfReader(pdf)) {
                String text = new PdfTextExtractor(reader).getTextFromPage(1);
                assertThat(text).contains(PROGRAM, "Their emergency radiology teaching", "(America/New_York)",
                        "(America/Santo_Domingo)");
            }
        } finally {
            browser.quit();
        }
    }

    private static void type(WebDriverWait wait, String xpath, CharSequence text) {
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath(xpath))).sendKeys(text);
    }

    /**
     * Clicks a button after scrolling it to the middle of the view and waiting until it stops moving: the
     * dossier form is taller than the window and grows while its warnings follow the typing, so a click at
     * the position read a moment earlier can land on something else.
     */
    private static void click(WebDriverWait wait, String xpath) {
        WebElement button = wait.until(ExpectedConditions.elementToBeClickable(By.xpath(xpath)));
        WebDriver browser = ((WrapsDriver) button).getWrappedDriver();
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
        // the form may still grow (the reasons' warnings follow the typing): click once the button stays put
        wait.until(driver -> {
            var before = button.getRect();
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return before.equals(button.getRect());
        });
        wait.until(ExpectedConditions.elementToBeClickable(button)).click();
    }

    /** Fetches a download link with the browser's session, as clicking it would. */
    private static byte[] download(WebDriver browser, PackagedApp app, String href) throws Exception {
        Cookie session = browser.manage().getCookieNamed("JSESSIONID");
        URI uri = URI.create(app.url("")).resolve(href);
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri)
                .header("Cookie", "JSESSIONID=" + session.getValue()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/pdf"));
        return response.body();
    }
}
