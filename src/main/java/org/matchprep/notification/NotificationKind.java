package org.matchprep.notification;

/** What a notification is about; the bell shows an icon per kind. */
public enum NotificationKind {
    PAIRING_REQUESTED,
    PAIRING_ACCEPTED,
    PAIRING_DECLINED,
    PAIRING_ENDED,
    REVIEW_REQUESTED,
    NEW_COMMENT,
    REPLY,
    THREAD_RESOLVED,
    THREAD_REOPENED,
    SHARE_REVOKED,
    MOCK_BOOKED,
    MOCK_CANCELLED,
    MOCK_RESCHEDULED,
    MOCK_REMINDER,
    SCORECARD_READY
}
