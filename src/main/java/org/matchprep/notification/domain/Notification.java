package org.matchprep.notification.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.matchprep.notification.NotificationKind;
import org.matchprep.notification.NotificationSummary;

/**
 * A notification as its recipient reads it. Rows are written only by {@link org.matchprep.notification.Notifier}
 * (insert ... on conflict do nothing); here the one thing that ever changes is that it gets read.
 */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    private Long id;

    @Column(name = "recipient_id", nullable = false, updatable = false)
    private long recipientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private NotificationKind kind;

    @Column(name = "event_key", nullable = false, length = 100, updatable = false)
    private String eventKey;

    @Column(nullable = false, length = 500, updatable = false)
    private String message;

    @Column(length = 300, updatable = false)
    private String link;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
    }

    /** Marks it read; reading it again keeps the first time. */
    public void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    public boolean isRead() {
        return readAt != null;
    }

    public long getRecipientId() {
        return recipientId;
    }

    public NotificationSummary toSummary() {
        return new NotificationSummary(id, kind, message, link, createdAt, isRead());
    }
}
