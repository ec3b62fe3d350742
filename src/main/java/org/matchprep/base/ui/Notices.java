package org.matchprep.base.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Short confirmations and refusals, always in the same place and style. */
public final class Notices {

    private Notices() {
    }

    public static void success(String message) {
        show(message, NotificationVariant.LUMO_SUCCESS, 3000);
    }

    public static void error(String message) {
        show(message, NotificationVariant.LUMO_ERROR, 6000);
    }

    private static void show(String message, NotificationVariant variant, int durationMillis) {
        Notification notification = Notification.show(message, durationMillis, Notification.Position.BOTTOM_END);
        notification.addThemeVariants(variant);
    }
}
