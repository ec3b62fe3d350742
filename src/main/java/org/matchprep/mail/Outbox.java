package org.matchprep.mail;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues mail for other features. It joins the caller's transaction, so a mail exists exactly when the change
 * it announces was committed, and a rolled-back change sends nothing. {@link OutboxSender} delivers it. No
 * access checks: the calling feature has decided who may learn of the event.
 */
@Component
public class Outbox {

    private final JdbcClient jdbc;
    private final Clock clock;

    Outbox(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Queues the mail and returns its outbox id. */
    @Transactional(propagation = Propagation.MANDATORY)
    public long queue(MailMessage mail) {
        Timestamp now = Timestamp.from(clock.instant());
        long id = jdbc.sql("""
                        insert into mail_outbox (recipient, recipient_name, subject, text_body, html_body, kind, message_id,
                                                 list_unsubscribe, next_attempt_at, created_at)
                        values (:recipient, :name, :subject, :text, :html, :kind, :messageId, :unsubscribe, :now, :now)
                        returning id
                        """)
                .param("recipient", mail.recipient())
                .param("name", mail.recipientName())
                .param("subject", mail.subject())
                .param("text", MailBodies.text(mail))
                .param("html", MailBodies.html(mail))
                .param("kind", mail.kind())
                .param("messageId", "<" + UUID.randomUUID() + "@matchprep>")
                .param("unsubscribe", mail.unsubscribeUrl())
                .param("now", now)
                .query(Long.class).single();
        List<MailAttachment> files = mail.attachments();
        for (int position = 0; position < files.size(); position++) {
            MailAttachment file = files.get(position);
            jdbc.sql("""
                            insert into mail_attachment (outbox_id, position, file_name, content_type, content)
                            values (?, ?, ?, ?, ?)
                            """)
                    .params(id, position, file.fileName(), file.contentType(), file.content()).update();
        }
        return id;
    }
}
