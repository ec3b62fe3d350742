package org.matchprep.testing;

import java.util.List;

import com.github.mvysny.kaributesting.v10.NotificationsKt;

/** What a browserless test can read off the screen beyond single components. */
public final class Shown {

    private Shown() {
    }

    /** The texts of the notifications currently shown, oldest first. */
    public static List<String> notifications() {
        return NotificationsKt.getNotifications().stream()
                .map(com.github.mvysny.kaributools.NotificationsKt::getText)
                .toList();
    }

    /** The variants ("success", "error") of the notifications currently shown, oldest first. */
    public static List<String> notificationThemes() {
        return NotificationsKt.getNotifications().stream()
                .map(notification -> notification.getElement().getAttribute("theme"))
                .toList();
    }

    public static void clearNotifications() {
        NotificationsKt.clearNotifications();
    }
}
