package org.matchprep.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The main tasks done with the keyboard alone. A freshly loaded page starts at the top, where the skip link
 * is the first stop; every navigation inside the app puts focus on the new view's heading; actions that
 * redraw part of a page put focus on what they made or on the control that follows.
 */
final class KeyboardWalks {

    interface Walk {
        void run(WebDriver browser, PackagedApp app, Keyboard keyboard);
    }

    private static final String TIME = "^vaadin-button \"\\d{1,2}:\\d{2}.*";
    private static final String COMMENT = "Which rotation was this? Name it.";

    private KeyboardWalks() {
    }

    static void signIn(WebDriver browser, PackagedApp app, Keyboard keyboard) {
        browser.get(app.url("login"));
        Pages.settle(browser);
        keyboard.tabTo("input \"email").type("applicant@matchprep.test");
        keyboard.tabTo("input \"password").type(AccessibilityEndToEndIT.PASSWORD);
        keyboard.type(Keys.ENTER.toString());
        awaitHeading(browser, "Welcome");
        // a new page starts at its top: the first Tab reaches the skip link, which leads to the heading
        int before = keyboard.stops();
        keyboard.tabTo("Skip to main content");
        assertThat(keyboard.stops() - before).as("Tab presses on the home page to reach the skip link").isEqualTo(1);
        keyboard.press(Keys.ENTER, "the skip link");
        assertThat(keyboard.focused("the skip link")).startsWith("h1 \"Welcome");
    }

    static void writeAnAnswer(WebDriver browser, PackagedApp app, Keyboard keyboard) {
        signIn(browser, app, "applicant@matchprep.test");
        openAndSkip(browser, app, keyboard, "questions");
        String question = (String) Pages.js(browser, "return document.querySelector('a.question-link').textContent.trim()");
        keyboard.tabTo("a \"" + question);
        keyboard.press(Keys.ENTER, "opening a question");
        awaitPath(browser, "answers/");
        assertThat(keyboard.focused("opening a question")).startsWith("h1 \"" + question);
        keyboard.tabTo("textarea").type("At Madras Medical College one CT read changed a trauma patient's care.");
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> "saved".equals(
                Pages.js(driver, "return document.querySelector('.save-status').getAttribute('data-state')")));
        assertThat(keyboard.focused("autosave")).startsWith("textarea");
    }

    static void commentOnAPassage(WebDriver browser, PackagedApp app, Keyboard keyboard) {
        signIn(browser, app, "mentor@matchprep.test");
        openAndSkip(browser, app, keyboard, "reviews");
        String title = (String) Pages.js(browser, "return document.querySelector('a.review-row-title').textContent.trim()");
        keyboard.tabTo("a \"" + title);
        keyboard.press(Keys.ENTER, "opening a review");
        awaitPath(browser, "review/");
        assertThat(keyboard.focused("opening a review")).startsWith("h1");
        // the keyboard way to choose a passage: type its words
        String passage = (String) Pages.js(browser, """
                const part = [...document.querySelectorAll('[data-part]')].find(p => !p.querySelector('.passage-empty'));
                const text = part.textContent.trim().split('\\n')[0];
                return text.length <= 30 ? text : text.substring(0, text.lastIndexOf(' ', 30)).trim();""");
        keyboard.tabTo("input \"Passage to comment on").type(passage);
        keyboard.tabTo("vaadin-button \"Find passage").press(Keys.ENTER, "finding the passage");
        assertThat(keyboard.focused("finding the passage")).contains("Your comment on this passage");
        keyboard.type(COMMENT);
        keyboard.tabTo("vaadin-button \"Comment\"").press(Keys.ENTER, "posting the comment");
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> Boolean.TRUE.equals(Pages.js(driver,
                "return [...document.querySelectorAll('.thread-comment-body')].some(c => c.textContent === arguments[0])", COMMENT)));
        assertThat(keyboard.focused("posting the comment")).contains("Comment thread by");
    }

    static void bookAMock(WebDriver browser, PackagedApp app, Keyboard keyboard) {
        signIn(browser, app, "applicant@matchprep.test");
        openAndSkip(browser, app, keyboard, "mock-interviews/book");
        // the day starts on tomorrow; the demo mentor is free on weekdays, so type a later day where needed
        LocalDate day = LocalDate.now().plusDays(1);
        while (!hasSlots(browser)) {
            day = day.plusDays(1);
            assertThat(day).as("a free slot within a week").isBefore(LocalDate.now().plusDays(8));
            keyboard.tabTo("input \"Day");
            keyboard.type(Keys.chord(Keys.CONTROL, "a"));
            keyboard.type(day.format(DateTimeFormatter.ofPattern("M/d/yyyy", Locale.US)));
            keyboard.press(Keys.ENTER, "choosing a day");
        }
        keyboard.tabToMatching(TIME);
        keyboard.press(Keys.ENTER, "choosing a time");
        assertThat(Pages.dialogOpen(browser)).as("the booking dialog is open").isTrue();
        keyboard.tabTo("vaadin-button \"Book").press(Keys.ENTER, "booking");
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> Pages.path(driver).equals("mock-interviews"));
        Pages.settle(browser);
        assertThat(keyboard.focused("booking")).startsWith("h1");
    }

    static void fillAScorecard(WebDriver browser, PackagedApp app, Keyboard keyboard) {
        signIn(browser, app, "mentor@matchprep.test");
        openAndSkip(browser, app, keyboard, "mock-interviews");
        keyboard.tabTo("Score the mock with Priya Raman").type(Keys.ENTER.toString());
        // the dialog opens with focus on the first criterion's choices
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> Boolean.TRUE.equals(Pages.js(driver, IN_AN_UNSCORED_GROUP)));
        keyboard.focused("opening the scorecard");
        int criteria = ((Number) Pages.js(browser, "return document.querySelectorAll('vaadin-radio-group').length")).intValue();
        assertThat(criteria).as("eleven criteria and the verdict").isEqualTo(12);
        // Tab reaches each group's first choice (passing each criterion's folded levels); Space picks it and the
        // arrows move the choice to the third
        for (int tabs = 0; tabs < 80 && unscored(browser) > 0; tabs++) {
            if (Boolean.TRUE.equals(Pages.js(browser, IN_AN_UNSCORED_GROUP))) {
                keyboard.type(" ");
                keyboard.type(Keys.ARROW_RIGHT.toString());
                keyboard.type(Keys.ARROW_RIGHT.toString());
                Pages.settle(browser);
            } else {
                keyboard.press(Keys.TAB, "Tab");
            }
        }
        assertThat(unscored(browser)).as("criteria left without a score").isZero();
        keyboard.tabTo("textarea \"Overall notes").type("Clear structure; slow down on the numbers.");
        keyboard.tabTo("vaadin-button \"Save scorecard").press(Keys.ENTER, "saving the scorecard");
        assertThat(Pages.dialogOpen(browser)).as("the scorecard dialog is still open").isFalse();
        assertThat(keyboard.focused("saving the scorecard")).contains("Edit scorecard");
    }

    private static final String IN_AN_UNSCORED_GROUP = """
            let el = document.activeElement;
            while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
            const group = el && el.closest ? el.closest('vaadin-radio-group') : null;
            return !!group && !group.value;""";

    private static long unscored(WebDriver browser) {
        return ((Number) Pages.js(browser,
                "return [...document.querySelectorAll('vaadin-radio-group')].filter(g => !g.value).length")).longValue();
    }

    private static void signIn(WebDriver browser, PackagedApp app, String email) {
        Browsers.signIn(browser, app.url("login"), email, AccessibilityEndToEndIT.PASSWORD);
        awaitHeading(browser, "Welcome");
    }

    /** Opens a page (a new document) and goes through its skip link to the view's heading. */
    private static void openAndSkip(WebDriver browser, PackagedApp app, Keyboard keyboard, String path) {
        Pages.open(browser, app.url(path));
        keyboard.tabTo("Skip to main content").press(Keys.ENTER, "the skip link");
        assertThat(keyboard.focused("the skip link")).startsWith("h1");
    }

    private static boolean hasSlots(WebDriver browser) {
        Pages.settle(browser);
        return Boolean.TRUE.equals(Pages.js(browser, "return !!document.querySelector('vaadin-button.slot-button')"));
    }

    private static void awaitHeading(WebDriver browser, String text) {
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(driver -> Boolean.TRUE.equals(Pages.js(driver,
                "const h = document.querySelector('h1'); return !!h && h.textContent.includes(arguments[0])", text)));
        Pages.settle(browser);
    }

    private static void awaitPath(WebDriver browser, String prefix) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> Pages.path(driver).startsWith(prefix));
        Pages.settle(browser);
    }
}
