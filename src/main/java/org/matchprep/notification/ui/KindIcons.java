package org.matchprep.notification.ui;

import com.vaadin.flow.component.icon.SvgIcon;
import org.matchprep.base.ui.AppIcon;
import org.matchprep.notification.NotificationKind;

/** One icon per kind of notification, so a glance tells pairing news from comments and mock interviews. */
final class KindIcons {

    private KindIcons() {
    }

    static SvgIcon of(NotificationKind kind) {
        SvgIcon icon = iconFor(kind).create();
        icon.addClassName("notification-icon");
        icon.getElement().setAttribute("aria-hidden", "true");
        return icon;
    }

    // No default branch: a new kind does not compile until it has an icon.
    static AppIcon iconFor(NotificationKind kind) {
        return switch (kind) {
            case PAIRING_REQUESTED -> AppIcon.USER_CLOCK;
            case PAIRING_ACCEPTED -> AppIcon.HANDSHAKE;
            case PAIRING_DECLINED -> AppIcon.CLOSE_CIRCLE_O;
            case PAIRING_ENDED -> AppIcon.UNLINK;
            case REVIEW_REQUESTED -> AppIcon.CLIPBOARD_TEXT;
            case NEW_COMMENT -> AppIcon.COMMENT_O;
            case REPLY -> AppIcon.REPLY;
            case THREAD_RESOLVED -> AppIcon.CHECK_CIRCLE_O;
            case THREAD_REOPENED -> AppIcon.REFRESH;
            case SHARE_REVOKED -> AppIcon.LOCK;
            case MOCK_BOOKED -> AppIcon.CALENDAR_USER;
            case MOCK_CANCELLED -> AppIcon.CALENDAR_O;
            case MOCK_RESCHEDULED -> AppIcon.CALENDAR_CLOCK;
            case MOCK_REMINDER -> AppIcon.ALARM;
            case SCORECARD_READY -> AppIcon.CLIPBOARD_CHECK;
        };
    }
}
