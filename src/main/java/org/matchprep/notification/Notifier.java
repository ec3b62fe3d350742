package org.matchprep.notification;

import java.sql.Timestamp;
import java.time.Clock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends in-app notifications for other features. It does no access checks of its own: the feature that
 * calls it has already decided who may learn of the event. It joins the caller's transaction, so a
 * notification exists exactly when the change it announces was committed.
 */
@Component
public class Notifier {

    private final JdbcClient jdbc;
    private final Clock clock;

    Notifier(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Stores the notification unless its recipient already has one with the same event key.
     *
     * @return true when it was stored, false when it had been sent before
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean send(NewNotification notification) {
        // ON CONFLICT rather than check-then-insert: two concurrent sends of one event cannot both insert.
        int inserted = jdbc.sql("""
                        insert into notification (recipient_id, kind, event_key, message, link, created_at)
                        values (:recipient, :kind, :key, :message, :link, :now)
                        on conflict on constraint notification_once_per_event do nothing
                        """)
                .param("recipient", notification.recipientId())
                .param("kind", notification.kind().name())
                .param("key", notification.eventKey())
                .param("message", notification.message())
                .param("link", notification.link())
                .param("now", Timestamp.from(clock.instant()))
                .update();
        return inserted == 1;
    }
}
