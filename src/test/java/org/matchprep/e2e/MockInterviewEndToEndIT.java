package org.matchprep.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import biweekly.Biweekly;
import biweekly.ICalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Mock interviews in a real browser on the packaged app: an applicant paired with the demo mentor books the
 * first free slot, downloads its ICS (parsed here), and the demo mentor sees the booking with their name.
 */
@ExtendWith(SharedApp.Extension.class)
class MockInterviewEndToEndIT {

    private static final String PASSWORD = FreshAccounts.PASSWORD;

    @Test
    void an_applicant_books_downloads_the_calendar_file_and_the_mentor_sees_the_booking(SharedApp shared) throws Exception {
        Path workDir = Files.createTempDirectory(Files.createDirectories(Path.of("target", "e2e")), "mock-");

        // an applicant of this test alone: the demo applicant's mocks belong to the accessibility pass
        WebDriver applicant = Browsers.start(workDir);
        FreshAccounts.Applicant booker;
        try {
            booker = FreshAccounts.signUp(applicant, shared.app(), "Mock", "America/Chicago");
            FreshAccounts.pair(workDir, shared.app(), booker, "mentor@matchprep.test");
            Browsers.signIn(applicant, shared.url("login"), booker.email(), PASSWORD);
            WebDriverWait wait = new WebDriverWait(applicant, Duration.ofSeconds(60));
            wait.until(Pages.headingContains("Welcome"));
            applicant.get(shared.url("mock-interviews/book"));
            // the day picker starts on tomorrow; the demo mentor is free on weekdays, so look ahead if needed
            WebElement slot = firstSlotWithinAWeek(applicant, wait);
            slot.click();
            wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-button[@slot='confirm-button']"))).click();
            wait.until(ExpectedConditions.urlMatches(".*/mock-interviews$"));
            WebElement ics = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a.mock-ics")));
            String calendarText = (String) ((JavascriptExecutor) applicant).executeAsyncScript(
                    "fetch(arguments[0]).then(r => r.text()).then(arguments[arguments.length - 1])",
                    ics.getDomAttribute("href"));
            ICalendar calendar = Biweekly.parse(calendarText).first();
            assertThat(calendar.getMethod().getValue()).isEqualTo("REQUEST");
            assertThat(calendar.getEvents()).singleElement()
                    .satisfies(event -> assertThat(event.getUid().getValue()).matches("mock-\\d+@matchprep"));
        } finally {
            applicant.quit();
        }

        WebDriver mentor = Browsers.start(workDir);
        try {
            Browsers.signIn(mentor, shared.url("login"), "mentor@matchprep.test", PASSWORD);
            WebDriverWait wait = new WebDriverWait(mentor, Duration.ofSeconds(60));
            wait.until(Pages.headingContains("Welcome"));
            mentor.get(shared.url("mock-interviews"));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".mock-list"),
                    "Faculty-style with " + booker.name()));
        } finally {
            mentor.quit();
        }
    }

    private static WebElement firstSlotWithinAWeek(WebDriver browser, WebDriverWait wait) {
        for (int day = 0; day < 7; day++) {
            WebElement shown = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".slot-list > *")));
            var slots = browser.findElements(By.cssSelector("vaadin-button.slot-button"));
            if (!slots.isEmpty()) {
                return slots.getFirst();
            }
            ((JavascriptExecutor) browser).executeScript(
                    "const picker = document.querySelector('vaadin-date-picker');"
                            + "const next = new Date(picker.value); next.setDate(next.getDate() + 1);"
                            + "picker.value = next.toISOString().slice(0, 10);");
            wait.until(ExpectedConditions.stalenessOf(shown)); // the server has drawn the next day
        }
        throw new AssertionError("The demo mentor had no free slot within a week");
    }
}
