package org.matchprep.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.DomListenerRegistration;

/**
 * Clicks on a button that a page shows many times, or that every page shows. A {@code ClickListener} asks the
 * browser for ten details of each click (pointer position, mouse button, modifier keys) and every session keeps
 * that list for every button, about 1.5 KB each; these actions need none of them. A plain listener for the
 * button's {@code click} hears the same clicks (mouse, Enter, Space), is blocked the same way while the button is
 * disabled, and keeps almost nothing.
 */
public final class Clicks {

    private Clicks() {
    }

    public static DomListenerRegistration onClick(Component button, Runnable action) {
        return button.getElement().addEventListener("click", click -> action.run());
    }
}
