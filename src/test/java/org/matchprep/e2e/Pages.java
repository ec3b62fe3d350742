package org.matchprep.e2e;

import java.time.Duration;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Small waits on a Vaadin page in the browser, shared by the accessibility checks. */
final class Pages {

    private Pages() {
    }

    static Object js(WebDriver browser, String script, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(script, arguments);
    }

    /** Until Flow has no request under way and no overlay is still opening or closing. */
    static void settle(WebDriver browser) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> Boolean.TRUE.equals(js(driver, """
                if (document.readyState !== 'complete' || !window.Vaadin || !window.Vaadin.Flow) return false;
                const clients = Object.values(window.Vaadin.Flow.clients || {});
                if (clients.some(c => c.isActive && c.isActive())) return false;
                return !document.querySelector('[opening], [closing]');
                """)));
    }

    /**
     * True once the page's first heading contains {@code text}. Read inside the page in one step: Vaadin replaces
     * the heading as a view arrives, and a heading found by one WebDriver call and read by the next may be gone
     * by then (Chrome: "node does not belong to the document"). A page still unloading counts as not yet.
     */
    static ExpectedCondition<Boolean> headingContains(String text) {
        return driver -> {
            try {
                return Boolean.TRUE.equals(js(driver,
                        "const h = document.querySelector('h1'); return !!h && h.textContent.includes(arguments[0]);", text));
            } catch (WebDriverException unloading) {
                return false;
            }
        };
    }

    /** Opens {@code url} and waits until the view shows its heading. */
    static void open(WebDriver browser, String url) {
        browser.get(url);
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> Boolean.TRUE.equals(js(driver,
                "return !!document.querySelector('h1') && !!window.Vaadin && !!window.Vaadin.Flow")));
        settle(browser);
    }

    /** Clicks the first button whose visible text or accessible name is {@code label}; false if there is none. */
    static boolean clickButton(WebDriver browser, String label) {
        return clickButton(browser, label, false);
    }

    /** Clicks the last such button: in an open dialog, which comes after the page. */
    static boolean clickLastButton(WebDriver browser, String label) {
        return clickButton(browser, label, true);
    }

    private static boolean clickButton(WebDriver browser, String label, boolean last) {
        boolean clicked = Boolean.TRUE.equals(js(browser, """
                const wanted = arguments[0];
                const buttons = [...document.querySelectorAll('vaadin-button')].filter(b => !b.disabled
                    && (b.textContent.trim() === wanted || b.getAttribute('aria-label') === wanted
                        || (b.getAttribute('aria-label') || '').startsWith(wanted)));
                const button = arguments[1] ? buttons[buttons.length - 1] : buttons[0];
                if (!button) return false;
                button.click();
                return true;
                """, label, last));
        if (clicked) {
            settle(browser);
        }
        return clicked;
    }

    static boolean dialogOpen(WebDriver browser) {
        return Boolean.TRUE.equals(js(browser,
                "return [...document.querySelectorAll('vaadin-dialog, vaadin-confirm-dialog')].some(d => d.opened)"));
    }

    /** Closes every open dialog as a keyboard user would (Escape), falling back to closing it directly. */
    static void closeDialogs(WebDriver browser) {
        new Actions(browser).sendKeys(Keys.ESCAPE).perform();
        settle(browser);
        js(browser, "document.querySelectorAll('vaadin-dialog, vaadin-confirm-dialog').forEach(d => d.opened = false)");
        settle(browser);
    }

    /** The {@code href} of the first link matching {@code selector}, relative to the app, or null. */
    static String href(WebDriver browser, String selector) {
        Object href = js(browser, "const a = document.querySelector(arguments[0]); return a ? a.getAttribute('href') : null;",
                selector);
        return href == null ? null : href.toString().replaceFirst("^/", "");
    }

    /** The path of the current page, without the leading slash. */
    static String path(WebDriver browser) {
        return js(browser, "return location.pathname.substring(1)").toString();
    }
}
