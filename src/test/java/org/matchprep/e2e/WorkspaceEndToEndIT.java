package org.matchprep.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The workspace's promise in a real browser: once "Saved" shows, a server restart loses nothing. Types
 * into a STAR answer, waits for "Saved", stops the packaged app, starts it again on the same database
 * and finds the text.
 */
class WorkspaceEndToEndIT {

    private static final String TEXT = "On my first night in the emergency department, a CT angiogram changed the plan.";

    @Test
    void text_shown_as_saved_survives_a_restart_of_the_server() throws Exception {
        Prerequisites.browser();
        Path jar = Prerequisites.packagedJar();
        Path workDir = Files.createTempDirectory(Files.createDirectories(Path.of("target", "e2e")), "workspace-");

        String answerUrl;
        try (PackagedApp app = PackagedApp.start(jar.toAbsolutePath(), workDir)) {
            WebDriver browser = Browsers.start(workDir);
            try {
                answerUrl = openFirstBehaviouralQuestion(browser, app);
                WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
                WebElement situation = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".answer-part textarea")));
                assertThat(cutLabels(browser)).as("labels cut by an ellipsis at 1280 px").isEmpty();
                situation.sendKeys(TEXT);
                wait.until(ExpectedConditions.attributeToBe(By.cssSelector(".save-status"), "data-state", "saved"));
                assertThat(browser.findElement(By.cssSelector(".save-status")).getText()).startsWith("Saved");
            } finally {
                browser.quit();
            }
        }

        try (PackagedApp restarted = PackagedApp.start(jar.toAbsolutePath(), workDir)) {
            WebDriver browser = Browsers.start(workDir);
            try {
                Browsers.signIn(browser, restarted.url("login"), "applicant2@matchprep.test", "interview-ready-2026");
                WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
                wait.until(Pages.headingContains("Welcome"));
                browser.get(restarted.url(answerUrl));
                WebElement situation = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".answer-part textarea")));
                wait.until(driver -> TEXT.equals(situation.getDomProperty("value")));
            } finally {
                browser.quit();
            }
        }
    }

    /** The field labels on the page whose text does not fit their box (Lumo cuts them with an ellipsis). */
    @SuppressWarnings("unchecked")
    private static List<String> cutLabels(WebDriver browser) {
        return (List<String>) ((JavascriptExecutor) browser).executeScript("""
                return [...document.querySelectorAll('label[slot="label"]')]
                    .filter(label => label.offsetParent !== null && label.scrollWidth > label.clientWidth + 1)
                    .map(label => label.textContent.trim());""");
    }

    /** Signs in as the demo applicant and opens the first behavioural (STAR) question; returns its path. */
    static String openFirstBehaviouralQuestion(WebDriver browser, PackagedApp app) {
        Browsers.signIn(browser, app.url("login"), "applicant2@matchprep.test", "interview-ready-2026");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(Pages.headingContains("Welcome"));
        browser.get(app.url("questions"));
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-tab[contains(., 'Behavioural')]"))).click();
        WebElement link = wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//a[contains(@class, 'question-link') and starts-with(normalize-space(), 'Tell me about a time')]")));
        link.click();
        wait.until(ExpectedConditions.urlContains("/answers/"));
        String url = browser.getCurrentUrl();
        return url.substring(url.indexOf("answers/"));
    }
}
