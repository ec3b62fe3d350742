package org.matchprep.notification.ui;

import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.matchprep.notification.NotificationKind;

/** One icon per kind of notification, so a glance tells pairing news from comments and mock interviews. */
final class KindIcons {

    private KindIcons() {
    }

    static Icon of(NotificationKind kind) {
        Icon icon = iconFor(kind).create();
        icon.addClassName("notification-icon");
        icon.getElement().setAttribute("aria-hidden", "true");
        return icon;
    }

    // No default branch: a new kind does not compile until it has an icon.
    static VaadinIcon iconFor(NotificationKind kind) {
        return switch (kind) {
            case PAIRING_REQUESTED -> VaadinIcon.USER_CLOCK;
            case PAIRING_ACCEPTED -> VaadinIcon.HANDSHAKE;
            case PAIRING_DECLINED -> VaadinIcon.CLOSE_CIRCLE_O;
            case PAIRING_ENDED -> VaadinIcon.UNLINK;
            case REVIEW_REQUESTED -> VaadinIcon.CLIPBOARD_TEXT;
            case NEW_COMMENT -> VaadinIcon.COMMENT_O;
            case REPLY -> VaadinIcon.REPLY;
            case THREAD_RESOLVED -> VaadinIcon.CHECK_CIRCLE_O;
            case THREAD_REOPENED -> VaadinIcon.REFRESH;
            case SHARE_REVOKED -> VaadinIcon.LOCK;
            case MOCK_BOOKED -> VaadinIcon.CALENDAR_USER;
            case MOCK_CANCELLED -> VaadinIcon.CALENDAR_O;
            case MOCK_RESCHEDULED -> VaadinIcon.CALENDAR_CLOCK;
            case MOCK_REMINDER -> VaadinIcon.ALARM;
            case SCORECARD_READY -> VaadinIcon.CLIPBOARD_CHECK;
        };
    }
}
