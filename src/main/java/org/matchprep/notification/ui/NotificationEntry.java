package org.matchprep.notification.ui;

import java.time.Instant;
import java.time.ZoneId;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import org.matchprep.base.ui.Times;
import org.matchprep.notification.NotificationSummary;

/**
 * One notification as a real button (so it is reachable by keyboard): its icon, its message as plain
 * text, and how long ago it came, with the exact time in the reader's zone as a tooltip.
 */
class NotificationEntry extends NativeButton {

    private final NotificationSummary notification;

    NotificationEntry(NotificationSummary notification, Instant now, ZoneId zone) {
        this.notification = notification;
        addClassName("notification-entry");
        if (!notification.read()) {
            addClassName("unread");
            Span unread = new Span("Unread: ");
            unread.addClassName("visually-hidden");
            add(unread);
        }
        Span message = new Span();
        message.setText(notification.message());
        message.addClassName("notification-message");
        Span time = new Span(RelativeTime.ago(notification.createdAt(), now, zone));
        time.addClassName("notification-time");
        time.getElement().setAttribute("title", Times.dateTime(notification.createdAt(), zone));
        Div text = new Div(message, time);
        text.addClassName("notification-text");
        add(KindIcons.of(notification.kind()), text);
    }

    NotificationSummary notification() {
        return notification;
    }
}
