package org.matchprep.mail;

import java.io.UnsupportedEncodingException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the outbox in the background. A run claims due mail for a lease with {@code FOR UPDATE SKIP
 * LOCKED} (so several nodes never take the same mail), sends each, and marks it sent. A failed attempt waits
 * longer each time (1, 2, 4 … minutes, at most an hour) and gives up after {@link #MAX_ATTEMPTS}. A node that
 * dies between sending and marking leaves the mail claimed; once the lease runs out it is sent again with
 * the same Message-ID, so delivery is at least once and a mail client can drop the duplicate.
 */
@Component
public class OutboxSender {

    static final int MAX_ATTEMPTS = 8;
    static final Duration LEASE = Duration.ofMinutes(2);
    private static final int BATCH = 20;
    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    private final JdbcClient jdbc;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final MailSettings settings;
    private final TransactionTemplate transactions;
    private final Clock clock;

    OutboxSender(JdbcClient jdbc, ObjectProvider<JavaMailSender> mailSender, MailSettings settings,
                 TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.mailSender = mailSender;
        this.settings = settings;
        this.transactions = transactions;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void sayWhereMailGoes() {
        if (mailSender.getIfAvailable() == null) {
            log.info("No SMTP server configured (spring.mail.host): e-mail stays in the outbox, where admins read it at /admin/outbox.");
        }
    }

    @Scheduled(fixedDelayString = "${matchprep.mail.send-interval:PT10S}", initialDelayString = "PT15S")
    void scheduled() {
        if (settings.senderEnabled()) {
            sendDue();
        }
    }

    /** Sends what is due now; returns how many were sent. Does nothing without an SMTP server. */
    public int sendDue() {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        int sent = 0;
        for (long id : claimDue()) {
            if (deliver(sender, id)) {
                sent++;
            }
        }
        return sent;
    }

    /** Claims due mail, and mail whose lease ran out, for this run. */
    List<Long> claimDue() {
        Instant now = clock.instant();
        return transactions.execute(status -> jdbc.sql("""
                        update mail_outbox set status = 'SENDING', claimed_until = :lease, attempts = attempts + 1
                        where id in (select id from mail_outbox
                                     where (status = 'PENDING' and next_attempt_at <= :now)
                                        or (status = 'SENDING' and claimed_until < :now)
                                     order by id limit :batch for update skip locked)
                        returning id
                        """)
                .param("lease", Timestamp.from(now.plus(LEASE)))
                .param("now", Timestamp.from(now))
                .param("batch", BATCH)
                .query(Long.class).list());
    }

    private boolean deliver(JavaMailSender sender, long id) {
        try {
            send(sender, id);
        } catch (MessagingException | UnsupportedEncodingException | RuntimeException failed) {
            failed(id, failed);
            return false;
        }
        markSent(id);
        return true;
    }

    /** Sends one claimed mail; package-private so a test can send without marking, as a crash would. */
    void send(JavaMailSender sender, long id) throws MessagingException, UnsupportedEncodingException {
        Stored mail = jdbc.sql("""
                        select recipient, recipient_name, subject, text_body, html_body, message_id, list_unsubscribe
                        from mail_outbox where id = ?
                        """)
                .param(id).query(Stored.class).single();
        List<StoredFile> files = jdbc.sql("select file_name, content_type, content from mail_attachment where outbox_id = ? order by position")
                .param(id).query(StoredFile.class).list();
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom(settings.from());
        helper.setTo(mail.recipientName() == null ? new InternetAddress(mail.recipient())
                : new InternetAddress(mail.recipient(), mail.recipientName(), "UTF-8"));
        helper.setSubject(mail.subject());
        helper.setText(mail.textBody(), mail.htmlBody());
        for (StoredFile file : files) {
            helper.addAttachment(file.fileName(), new ByteArrayResource(file.content()), file.contentType());
        }
        if (mail.listUnsubscribe() != null) {
            message.setHeader("List-Unsubscribe", "<" + mail.listUnsubscribe() + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        // fixed when queued; Spring's sender keeps a Message-ID set beforehand
        message.setHeader("Message-ID", mail.messageId());
        sender.send(message);
    }

    private void markSent(long id) {
        jdbc.sql("update mail_outbox set status = 'SENT', sent_at = ?, claimed_until = null, last_error = null where id = ?")
                .params(Timestamp.from(clock.instant()), id).update();
    }

    private void failed(long id, Exception failure) {
        int attempts = jdbc.sql("select attempts from mail_outbox where id = ?").param(id).query(Integer.class).single();
        Duration wait = Duration.ofMinutes(Math.min(60, 1L << Math.min(attempts - 1, 6)));
        String error = String.valueOf(failure.getMessage());
        log.warn("Mail {} not sent (attempt {} of {}): {}", id, attempts, MAX_ATTEMPTS, error);
        jdbc.sql("""
                        update mail_outbox set status = :status, next_attempt_at = :next, claimed_until = null, last_error = :error
                        where id = :id
                        """)
                .param("status", attempts >= MAX_ATTEMPTS ? "FAILED" : "PENDING")
                .param("next", Timestamp.from(clock.instant().plus(wait)))
                .param("error", error.length() > 1000 ? error.substring(0, 1000) : error)
                .param("id", id).update();
    }

    record Stored(String recipient, String recipientName, String subject, String textBody, String htmlBody,
                  String messageId, String listUnsubscribe) {
    }

    record StoredFile(String fileName, String contentType, byte[] content) {
    }
}
