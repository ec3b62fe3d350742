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
    REVIEW_REQUESTS("Review requests", "When someone asks you to review their work.", MailDelivery.IMMEDIATE, NotificationKind.REVIEW_REQUESTED),
    COMMENTS("Comments and replies", "New comments, replies, resolved or reopened threads, ended shares.", MailDelivery.DIGEST, NotificationKind.NEW_COMMENT,
            NotificationKind.REPLY, NotificationKind.THREAD_RESOLVED, NotificationKind.THREAD_REOPENED,
            NotificationKind.SHARE_REVOKED),
    MOCK_BOOKINGS("Mock bookings", "A mock booked, moved or cancelled, with its calendar file.", MailDelivery.IMMEDIATE, NotificationKind.MOCK_BOOKED,
            NotificationKind.MOCK_RESCHEDULED, NotificationKind.MOCK_CANCELLED),
    MOCK_REMINDERS("Mock reminders", "A day and an hour before each mock.", MailDelivery.IMMEDIATE, NotificationKind.MOCK_REMINDER),
    SCORECARDS("Scorecards", "When your mentor has scored a mock.", MailDelivery.IMMEDIATE, NotificationKind.SCORECARD_READY),
    PAIRING("Mentor pairing", "Pairing requests, their answers, and pairings that end.", MailDelivery.IMMEDIATE, NotificationKind.PAIRING_REQUESTED,
            NotificationKind.PAIRING_ACCEPTED, NotificationKind.PAIRING_DECLINED, NotificationKind.PAIRING_ENDED);

    private final String label;
    private final String description;
    private final MailDelivery byDefault;
    private final List<NotificationKind> kinds;

    MailTopic(String label, String description, MailDelivery byDefault, NotificationKind... kinds) {
        this.label = label;
        this.description = description;
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

    /** What the topic holds, in a sentence. */
    public String description() {
        return description;
    }

    public MailDelivery byDefault() {
        return byDefault;
    }

    public List<NotificationKind> kinds() {
        return kinds;
    }
}
