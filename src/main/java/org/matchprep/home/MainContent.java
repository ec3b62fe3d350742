package org.matchprep.home;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.dom.Element;

/**
 * Where keyboard and screen-reader users land: a "Skip to main content" link as the first focus stop of
 * every signed-in page (past the top bar and the navigation, WCAG 2.4.1), and focus on the new view's main
 * heading after each navigation inside the app, so it never falls back to the page body (WCAG 2.4.3).
 */
final class MainContent {

    /** The id the view shown in the layout carries; the skip link points at it. */
    static final String ID = "main-content";

    /**
     * Puts focus on the main heading of the view (made focusable by script only, {@code tabindex=-1}), or on
     * the view itself when it has none. Unless {@code force}, it leaves focus alone when the view or an open
     * dialog has already taken it.
     */
    private static final String FOCUS_FUNCTION = """
            window.matchprepFocusMain = function (force) {
              const main = document.getElementById('%s');
              if (!main) return;
              if (!force) {
                if ([...document.querySelectorAll('vaadin-dialog, vaadin-confirm-dialog')].some(d => d.opened)) return;
                const active = document.activeElement;
                if (active && active !== document.body && main.contains(active)) return;
              }
              const target = main.querySelector('h1') || main;
              if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
              target.focus();
            };
            this.addEventListener('click', event => { event.preventDefault(); window.matchprepFocusMain(true); });
            """.formatted(ID);

    private MainContent() {
    }

    /** The skip link; visually hidden until it has focus. */
    static Anchor skipLink() {
        Anchor skip = new Anchor("#" + ID, "Skip to main content");
        skip.addClassName("skip-link");
        skip.getElement().setAttribute("router-ignore", true); // the link moves focus; it is no route
        skip.getElement().executeJs(FOCUS_FUNCTION);
        return skip;
    }

    /** Marks the view the layout now shows as the main content. */
    static void mark(HasElement view) {
        view.getElement().setAttribute("id", ID);
    }

    /** After a navigation inside the app, once the new view is drawn. */
    static void focusAfterNavigation(Element layout) {
        layout.executeJs("setTimeout(() => window.matchprepFocusMain && window.matchprepFocusMain(false))");
    }
}
