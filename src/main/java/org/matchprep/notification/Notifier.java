package org.matchprep.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.matchprep.cluster.NodeEvents;
import org.matchprep.mail.MailAttachment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends in-app notifications for other features, and their mail. It does no access checks of its own: the
 * feature that calls it has already decided who may learn of the event. It joins the caller's transaction, so a
 * notification exists exactly when the change it announces was committed.
 */
@Component
public class Notifier {

    private final JdbcClient jdbc;
    private final NotificationMailing mailing;
    private final Clock clock;
    private final NodeEvents nodeEvents;

    Notifier(JdbcClient jdbc, NotificationMailing mailing, Clock clock, NodeEvents nodeEvents) {
        this.jdbc = jdbc;
        this.mailing = mailing;
        this.clock = clock;
        this.nodeEvents = nodeEvents;
    }

    /**
     * Stores the notification unless its recipient already has one with the same event key, and mails it at
     * once if its recipient wants this kind right away (else the daily digest picks it up, or nothing).
     *
     * @return true when it was stored, false when it had been sent before
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean send(NewNotification notification) {
        return send(notification, List::of);
    }

    /**
     * As {@link #send(NewNotification)}, with files for its mail (a calendar invitation), made only when a
     * mail goes out at once; the bell shows none.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean send(NewNotification notification, Supplier<List<MailAttachment>> mailAttachments) {
        // ON CONFLICT rather than check-then-insert: two concurrent sends of one event cannot both insert.
        Optional<Stored> stored = jdbc.sql("""
                        insert into notification (recipient_id, kind, event_key, message, link, created_at, mail_delivery)
                        values (:recipient, :kind, :key, :message, :link, :now,
                                coalesce((select delivery from notification_mail_preference
                                          where account_id = :recipient and kind = :kind), :byDefault))
                        on conflict on constraint notification_once_per_event do nothing
                        returning id, mail_delivery
                        """)
                .param("recipient", notification.recipientId())
                .param("kind", notification.kind().name())
                .param("key", notification.eventKey())
                .param("message", notification.message())
                .param("link", notification.link())
                .param("now", Timestamp.from(clock.instant()))
                .param("byDefault", MailTopic.of(notification.kind()).byDefault().name())
                .query(Stored.class).optional();
        stored.filter(row -> row.mailDelivery() == MailDelivery.IMMEDIATE)
                .ifPresent(row -> mailing.mailNow(row.id(), notification, mailAttachments.get()));
        stored.ifPresent(row -> nodeEvents.publish(new NotificationStored(notification.recipientId())));
        return stored.isPresent();
    }

    record Stored(long id, MailDelivery mailDelivery) {
    }
}
