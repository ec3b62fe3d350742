package org.matchprep.base.ui;

import com.vaadin.flow.component.Component;

/**
 * Where keyboard focus goes when a view redraws the part that held it (a list refreshed after a dialog saved,
 * a thread list after a comment): to what the action made or to a control that follows, never back to the
 * page body, where a keyboard or screen-reader user would have to start over (WCAG 2.4.3).
 */
public final class Focus {

    private Focus() {
    }

    /**
     * Once the redraw is in the page, focuses the first element inside {@code within} matching {@code selector};
     * without one, the first heading there. A heading or region is made focusable by script only ({@code tabindex=-1}).
     */
    public static void afterRedraw(Component within, String selector) {
        within.getElement().executeJs("""
                setTimeout(() => {
                  const target = ($0 && this.querySelector($0)) || this.querySelector('h1, h2');
                  if (!target) return;
                  if (target.tabIndex < 0 && !target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
                  target.focus();
                })""", selector == null ? "" : selector);
    }
}
