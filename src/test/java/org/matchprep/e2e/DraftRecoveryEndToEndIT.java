package org.matchprep.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Typing is never lost when the server goes away: the text typed while the server is dead stays in the
 * browser, is offered back once the answer is opened again after the restart, and keeping it saves it.
 * On the way, a word typed and deleted again (the saved text re-entered) shows "Saved", not "Editing…".
 */
class DraftRecoveryEndToEndIT {

    private static final String SAVED = "On my first night in the emergency department, a CT angiogram changed the plan.";
    private static final String TYPED_WHILE_DEAD = " The registrar had missed the dissection.";

    @Test
    void text_typed_while_the_server_is_down_is_offered_back_after_the_restart_and_kept() throws Exception {
        Prerequisites.browser();
        Path jar = Prerequisites.packagedJar().toAbsolutePath();
        Path workDir = Files.createTempDirectory(Files.createDirectories(Path.of("target", "e2e")), "drafts-");
        Instant began = Instant.now();

        WebDriver browser = Browsers.start(workDir); // one browser throughout: its local storage is what is tested
        try {
            PackagedApp app = PackagedApp.start(jar, workDir);
            int port = app.port();
            String answerUrl;
            try (app) {
                answerUrl = WorkspaceEndToEndIT.openFirstBehaviouralQuestion(browser, app);
                WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
                WebElement situation = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".answer-part textarea")));
                situation.sendKeys(SAVED);
                wait.until(ExpectedConditions.attributeToBe(By.cssSelector(".save-status"), "data-state", "saved"));
                assertThat(storedDrafts(browser)).as("the browser forgets its copy once the server saved it").isEmpty();

                // the saved text typed again (a word added and deleted): the server reports "Saved" (item 13)
                situation.sendKeys(" x");
                wait.until(ExpectedConditions.attributeToBe(By.cssSelector(".save-status"), "data-state", "editing"));
                situation.sendKeys(Keys.BACK_SPACE, Keys.BACK_SPACE);
                wait.until(ExpectedConditions.attributeToBe(By.cssSelector(".save-status"), "data-state", "saved"));
                assertThat(browser.findElement(By.cssSelector(".save-status")).getText()).startsWith("Saved");

                // the server dies (kill -9); its PostgreSQL, a daemon of its own, is then stopped as well,
                // so the restart below finds the data folder free
                app.handle().destroyForcibly();
                app.handle().onExit().get(30, TimeUnit.SECONDS);
                situation.sendKeys(TYPED_WHILE_DEAD);
                assertThat(storedDrafts(browser)).as("kept in the browser while the server is gone")
                        .singleElement().asString().contains(SAVED + TYPED_WHILE_DEAD);
            }

            // the dead tab holds unsaved text, so leaving it asks first; the applicant answers "Leave"
            ((JavascriptExecutor) browser).executeScript(
                    "document.querySelectorAll('.answer-editor').forEach(editor => editor.dataset.unsaved = 'false')");
            try (PackagedApp restarted = PackagedApp.start(jar, workDir, port)) {
                Browsers.signIn(browser, restarted.url("login"), "applicant2@matchprep.test", "interview-ready-2026");
                WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
                wait.until(Pages.headingContains("Welcome"));
                browser.get(restarted.url(answerUrl));

                WebElement keep = wait.until(ExpectedConditions.elementToBeClickable(
                        By.xpath("//vaadin-button[normalize-space()='Keep the unsaved text']")));
                assertThat(browser.findElement(By.xpath("//*[starts-with(normalize-space(), 'Unsaved text from ')]")).getText())
                        .endsWith("in this browser");
                keep.click();

                wait.until(ExpectedConditions.attributeToBe(By.cssSelector(".save-status"), "data-state", "saved"));
                WebElement situation = browser.findElement(By.cssSelector(".answer-part textarea"));
                assertThat(situation.getDomProperty("value")).isEqualTo(SAVED + TYPED_WHILE_DEAD);
                wait.until(driver -> storedDrafts(driver).isEmpty());

                browser.navigate().refresh();
                WebElement reloaded = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".answer-part textarea")));
                wait.until(driver -> (SAVED + TYPED_WHILE_DEAD).equals(reloaded.getDomProperty("value")));
                assertThat(browser.findElements(By.xpath("//vaadin-button[normalize-space()='Keep the unsaved text']")))
                        .as("nothing left to offer").isEmpty();
            }
        } finally {
            browser.quit();
            System.out.println("Draft recovery end to end took " + Duration.between(began, Instant.now()).toSeconds() + " s");
        }
    }

    /** The drafts this browser holds for the site, as stored. */
    @SuppressWarnings("unchecked")
    private static List<String> storedDrafts(WebDriver browser) {
        return (List<String>) ((JavascriptExecutor) browser).executeScript("""
                return Object.keys(localStorage).filter(key => key.startsWith('matchprep.draft.'))
                    .map(key => localStorage.getItem(key));""");
    }
}
