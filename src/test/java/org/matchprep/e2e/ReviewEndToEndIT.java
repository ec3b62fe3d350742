package org.matchprep.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The feedback loop in a real browser: an applicant shares an answer and asks their mentor (the second demo
 * mentor, whom an admin paired them with) for a review; the mentor selects a passage and comments; the applicant sees the passage highlighted, replies and revises the
 * text in front of it; the comment is still attached to its passage. The comment's markup stays text.
 */
@ExtendWith(SharedApp.Extension.class)
class ReviewEndToEndIT {

    /** A mentor no other test on the shared app works with, so the review queue holds this test's request alone. */
    private static final String MENTOR = "mentor2@matchprep.test";

    private static final String PASSAGE = "Madras Medical College";
    private static final String TEXT = "I trained at " + PASSAGE + ", where one CT read changed a trauma patient's care.";
    private static final String COMMENT = "Name the rotation <img src=x onerror=\"document.title='pwned'\">";

    @Test
    void a_comment_on_a_passage_survives_the_applicant_revising_the_text(SharedApp shared) throws Exception {
        Path workDir = Files.createTempDirectory(Files.createDirectories(Path.of("target", "e2e")), "review-");

        PackagedApp app = shared.app();
        WebDriver applicant = Browsers.start(workDir);
        WebDriver mentor = Browsers.start(workDir);
        try {
            FreshAccounts.Applicant writer = FreshAccounts.signUp(applicant, app, "Review", "Asia/Kolkata");
            FreshAccounts.pair(workDir, app, writer, MENTOR);
            String reviewPath = writeAndRequestReview(applicant, app, writer);
            commentOnPassage(mentor, app);

            WebDriverWait wait = new WebDriverWait(applicant, Duration.ofSeconds(30));
            applicant.get(app.url(reviewPath));
            WebElement mark = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".passage-mark")));
            assertThat(mark.getText()).isEqualTo(PASSAGE);
            WebElement body = applicant.findElement(By.cssSelector(".thread-comment-body"));
            assertThat(body.getText()).isEqualTo(COMMENT);
            assertThat(applicant.findElements(By.cssSelector(".review-side img"))).isEmpty();
            assertThat(applicant.getTitle()).doesNotContain("pwned");

            applicant.findElement(By.xpath("//vaadin-button[normalize-space()='Reply']")).click(); // opens the reply field
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".thread-reply textarea")))
                    .sendKeys("It was the trauma radiology rotation.");
            applicant.findElement(By.xpath("//vaadin-button[normalize-space()='Send reply']")).click();
            wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".thread-comment-body"), 2));

            // revise: new words before the passage, so it moves
            // focus stays on the thread just replied to, so the link may sit under the top bar: bring it to the middle
            WebElement edit = applicant.findElement(By.linkText("Edit this answer"));
            ((JavascriptExecutor) applicant).executeScript("arguments[0].scrollIntoView({block: 'center'})", edit);
            edit.click();
            WebElement part = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".answer-part textarea")));
            part.sendKeys(Keys.chord(Keys.CONTROL, Keys.HOME));
            part.sendKeys("Born in Chennai. ");
            wait.until(ExpectedConditions.attributeToBe(By.cssSelector(".save-status"), "data-state", "saved"));

            applicant.get(app.url(reviewPath));
            WebElement moved = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".passage-mark")));
            assertThat(moved.getText()).isEqualTo(PASSAGE);
            assertThat(applicant.findElement(By.cssSelector("[data-part]")).getText()).startsWith("Born in Chennai. I trained at");
            assertThat(applicant.findElements(By.cssSelector(".thread-comment-body"))).hasSize(2);
        } finally {
            applicant.quit();
            mentor.quit();
        }
    }

    /** As {@code writer}: writes the first question's answer, shares it and asks their mentor for a review. */
    private static String writeAndRequestReview(WebDriver browser, PackagedApp app, FreshAccounts.Applicant writer) {
        Browsers.signIn(browser, app.url("login"), writer.email(), FreshAccounts.PASSWORD);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(Pages.headingContains("Welcome"));
        browser.get(app.url("questions"));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a.question-link"))).click();
        WebElement part = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".answer-part textarea")));
        part.sendKeys(TEXT);
        wait.until(ExpectedConditions.attributeToBe(By.cssSelector(".save-status"), "data-state", "saved"));
        browser.navigate().refresh();
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Share and feedback"))).click();
        wait.until(ExpectedConditions.urlContains("/review/"));
        String url = browser.getCurrentUrl();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".share-row vaadin-button"))).click();
        WebElement note = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-dialog textarea")));
        note.sendKeys("Is the opening too long?");
        browser.findElement(By.cssSelector("vaadin-dialog vaadin-button[theme~='primary']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".share-row"), "Review requested"));
        return url.substring(url.indexOf("review/"));
    }

    /** As the mentor: opens the requested review, selects the passage in the text and comments on it. */
    private static void commentOnPassage(WebDriver browser, PackagedApp app) {
        Browsers.signIn(browser, app.url("login"), MENTOR, FreshAccounts.PASSWORD);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(Pages.headingContains("Welcome"));
        browser.get(app.url("reviews"));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".review-row-title"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-part]")));
        // a real selection in the page, as a drag would make it; the page's script reports it to the server
        ((JavascriptExecutor) browser).executeScript("""
                const part = document.querySelector('[data-part]');
                const node = part.firstChild;
                const at = node.textContent.indexOf(arguments[0]);
                const range = document.createRange();
                range.setStart(node, at);
                range.setEnd(node, at + arguments[0].length);
                window.getSelection().removeAllRanges();
                window.getSelection().addRange(range);
                """, PASSAGE);
        WebElement comment = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".comment-composer textarea")));
        assertThat(browser.findElement(By.cssSelector(".comment-composer .thread-quote")).getText()).contains(PASSAGE);
        comment.sendKeys(COMMENT);
        browser.findElement(By.xpath("//div[contains(@class,'comment-composer')]//vaadin-button[normalize-space()='Comment']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".passage-mark"), PASSAGE));
    }
}
