package org.matchprep.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * A keyboard-only user: Tab, Enter, Space, arrows and typing, nothing else. Every focus stop on the way is
 * checked: focus is never on the page body, and the focused element shows a focus indicator: an outline on it
 * or on the component it belongs to, or, for a Vaadin component in its keyboard focus state ({@code focus-ring}),
 * an outline or ring on one of its parts.
 */
final class Keyboard {

    /** The focused element through shadow roots: what it is, what it is called, whether its focus shows. */
    private static final String FOCUS = """
            let el = document.activeElement;
            while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
            if (!el || el === document.body || el === document.documentElement) return {body: true, label: 'body', indicator: false};
            const up = n => n.parentElement || (n.getRootNode() instanceof ShadowRoot ? n.getRootNode().host : null);
            const outline = n => { const s = getComputedStyle(n); return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 1; };
            const shadow = n => { const s = getComputedStyle(n); return !!s.boxShadow && s.boxShadow !== 'none'; };
            let indicator = false;
            let n = el;
            for (let i = 0; n && i < 4 && !indicator; i++, n = up(n)) {
              if (outline(n)) indicator = true;
              else if (n.hasAttribute && n.hasAttribute('focus-ring')) {
                indicator = shadow(n) || [...(n.shadowRoot ? n.shadowRoot.querySelectorAll('[part]') : [])].some(p => outline(p) || shadow(p));
              }
            }
            const root = el.getRootNode();
            const byId = id => (root.getElementById ? root.getElementById(id) : null) || document.getElementById(id);
            const labelled = el.getAttribute('aria-labelledby');
            const name = (el.getAttribute('aria-label')
                || (labelled ? labelled.split(' ').map(byId).filter(x => x).map(x => x.textContent).join(' ') : '')
                || (el.labels && el.labels[0] ? el.labels[0].textContent : '')
                || el.textContent || '').trim().replace(/\\s+/g, ' ');
            return {body: false, label: el.tagName.toLowerCase() + ' "' + name.slice(0, 100) + '"', indicator: indicator};
            """;

    private final WebDriver browser;
    private final List<String> problems = new ArrayList<>();
    private int stops;

    Keyboard(WebDriver browser) {
        this.browser = browser;
    }

    /** What has focus now, checked: never the body, always visibly focused. */
    String focused(String after) {
        @SuppressWarnings("unchecked")
        Map<String, Object> focus = (Map<String, Object>) Pages.js(browser, FOCUS);
        String label = String.valueOf(focus.get("label"));
        if (Boolean.TRUE.equals(focus.get("body"))) {
            problems.add("focus fell to the page body after " + after);
        } else if (!Boolean.TRUE.equals(focus.get("indicator"))) {
            problems.add("no visible focus indicator on " + label + " after " + after);
        }
        return label;
    }

    /** What has focus now (tag and name), unchecked: a freshly loaded page starts on its body. */
    String current() {
        @SuppressWarnings("unchecked")
        Map<String, Object> focus = (Map<String, Object>) Pages.js(browser, FOCUS);
        return String.valueOf(focus.get("label"));
    }

    /** Unless focus is there already, tabs until the focused element's tag and name contain {@code wanted} (any case). */
    Keyboard tabTo(String wanted) {
        String lower = wanted.toLowerCase(Locale.ROOT);
        return moveTo(label -> label.toLowerCase(Locale.ROOT).contains(lower), wanted, Keys.TAB);
    }

    /** Likewise, until the focused element's tag and name match {@code pattern}. */
    Keyboard tabToMatching(String pattern) {
        Pattern regex = Pattern.compile(pattern);
        return moveTo(label -> regex.matcher(label).matches(), pattern, Keys.TAB);
    }

    private Keyboard moveTo(Predicate<String> wanted, String what, CharSequence key) {
        if (wanted.test(current())) {
            return this;
        }
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            new Actions(browser).sendKeys(key).perform();
            stops++;
            String label = focused("Tab");
            seen.add(label);
            if (wanted.test(label)) {
                return this;
            }
        }
        throw new AssertionError("Tab never reached \"" + what + "\"; the stops were " + seen);
    }

    /** Presses a key on what has focus and waits for the server; then checks where focus is. */
    Keyboard press(CharSequence key, String what) {
        new Actions(browser).sendKeys(key).perform();
        Pages.settle(browser);
        focused(what);
        return this;
    }

    Keyboard type(String text) {
        new Actions(browser).sendKeys(text).perform();
        return this;
    }

    /** How many Tab presses the walk took. */
    int stops() {
        return stops;
    }

    void assertNoProblems() {
        assertThat(problems).as("keyboard problems").isEmpty();
    }

    List<String> problems() {
        return problems;
    }
}
