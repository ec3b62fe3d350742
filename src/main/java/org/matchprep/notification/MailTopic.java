package org.matchprep.notification;

import java.util.Arrays;
import java.util.List;

/**
 * The kinds of notification as a person chooses how to hear of them by e-mail: a few topics rather than
 * fifteen kinds. The choice is stored per kind, so a new kind joins a topic without migrating choices.
 * Defaults: what someone is waiting on (review requests, bookings, reminders) comes at once; comments
 * and replies come in the daily digest.
 */
public enum MailTopic {
    REVIEW_REQUESTS("Review requests", MailDelivery.IMMEDIATE, NotificationKind.REVIEW_REQUESTED),
    COMMENTS("Comments, replies, resolved threads and ended shares", MailDelivery.DIGEST, NotificationKind.NEW_COMMENT,
            NotificationKind.REPLY, NotificationKind.THREAD_RESOLVED, NotificationKind.THREAD_REOPENED,
            NotificationKind.SHARE_REVOKED),
    MOCK_BOOKINGS("Mock interviews booked, moved or cancelled", MailDelivery.IMMEDIATE, NotificationKind.MOCK_BOOKED,
            NotificationKind.MOCK_RESCHEDULED, NotificationKind.MOCK_CANCELLED),
    MOCK_REMINDERS("Reminders a day and an hour before a mock", MailDelivery.IMMEDIATE, NotificationKind.MOCK_REMINDER),
    SCORECARDS("Scorecards after a mock", MailDelivery.IMMEDIATE, NotificationKind.SCORECARD_READY),
    PAIRING("Mentor pairing: requests, answers and endings", MailDelivery.IMMEDIATE, NotificationKind.PAIRING_REQUESTED,
            NotificationKind.PAIRING_ACCEPTED, NotificationKind.PAIRING_DECLINED, NotificationKind.PAIRING_ENDED);

    private final String label;
    private final MailDelivery byDefault;
    private final List<NotificationKind> kinds;

    MailTopic(String label, MailDelivery byDefault, NotificationKind... kinds) {
        this.label = label;
        this.byDefault = byDefault;
        this.kinds = List.of(kinds);
    }

    public static MailTopic of(NotificationKind kind) {
        return Arrays.stream(values()).filter(topic -> topic.kinds.contains(kind)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No mail topic holds " + kind));
    }

    public String label() {
        return label;
    }

    public MailDelivery byDefault() {
        return byDefault;
    }

    public List<NotificationKind> kinds() {
        return kinds;
    }
}
