package org.matchprep.notification.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;

/**
 * Fired on the UI when notifications were marked read in this browser tab, so the bell and the
 * notifications page (which may both be on screen) show the same thing without polling.
 */
class NotificationsChanged extends ComponentEvent<UI> {

    NotificationsChanged(UI ui) {
        super(ui, false);
    }

    static void fire() {
        UI ui = UI.getCurrent();
        if (ui != null) {
            ComponentUtil.fireEvent(ui, new NotificationsChanged(ui));
        }
    }

    static Registration listen(UI ui, Runnable action) {
        return ComponentUtil.addListener(ui, NotificationsChanged.class, event -> action.run());
    }

    /** Runs {@code refresh} on every change while {@code component} is attached, and stops listening on detach. */
    static void refreshWhileAttached(Component component, Runnable refresh) {
        Registration[] changes = new Registration[1];
        component.addAttachListener(attach -> changes[0] = listen(attach.getUI(), refresh));
        component.addDetachListener(detach -> {
            if (changes[0] != null) {
                changes[0].remove();
                changes[0] = null;
            }
        });
    }
}
