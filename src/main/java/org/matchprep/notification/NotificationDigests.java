package org.matchprep.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import org.matchprep.account.AccountSummary;
import org.matchprep.mail.MailMessage;
import org.matchprep.mail.MailSettings;
import org.matchprep.mail.Outbox;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily digest: once a day, at the time each person chose in their own zone, one mail lists the
 * notifications they wanted in the digest and have not had by mail. Each person's digest is written in its
 * own transaction with the notifications it lists marked mailed, so a notification is in one digest only.
 */
@Component
public class NotificationDigests {

    private static final int MAX_LISTED = 50;

    private final JdbcClient jdbc;
    private final NotificationMailing mailing;
    private final Outbox outbox;
    private final MailSettings settings;
    private final TransactionTemplate transactions;
    private final Clock clock;

    NotificationDigests(JdbcClient jdbc, NotificationMailing mailing, Outbox outbox, MailSettings settings,
                        TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.mailing = mailing;
        this.outbox = outbox;
        this.settings = settings;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT1M")
    void scheduled() {
        if (settings.senderEnabled()) {
            sendDue();
        }
    }

    /** Writes the digests that are due now; returns how many. */
    public int sendDue() {
        List<Long> waiting = jdbc.sql("select distinct recipient_id from notification where mail_delivery = 'DIGEST' and mailed_at is null")
                .query(Long.class).list();
        int written = 0;
        for (long recipient : waiting) {
            Boolean sent = transactions.execute(status -> digest(recipient));
            if (Boolean.TRUE.equals(sent)) {
                written++;
            }
        }
        return written;
    }

    private boolean digest(long recipient) {
        AccountSummary person = mailing.contactOrNull(recipient);
        if (person == null) {
            return false;
        }
        Instant now = clock.instant();
        Schedule schedule = jdbc.sql("select digest_time, last_sent_at from notification_digest where account_id = ? for update")
                .param(recipient).query(Schedule.class).optional()
                .orElse(new Schedule(MailPreferences.DEFAULT_DIGEST_TIME, null));
        Instant due = lastOccurrence(schedule.digestTime(), person, now);
        if (schedule.lastSentAt() != null && !schedule.lastSentAt().isBefore(due)) {
            return false;
        }
        List<Pending> pending = jdbc.sql("""
                        select id, message, link from notification
                        where recipient_id = ? and mail_delivery = 'DIGEST' and mailed_at is null
                        order by created_at, id for update skip locked
                        """)
                .param(recipient).query(Pending.class).list();
        if (pending.isEmpty()) {
            return false;
        }
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add("Hello " + person.displayName() + ",");
        paragraphs.add(pending.size() == 1 ? "One thing happened since your last digest:"
                : pending.size() + " things happened since your last digest:");
        pending.stream().limit(MAX_LISTED).forEach(item -> paragraphs.add("• " + item.message() + "\n  "
                + settings.link(item.link() == null ? "notifications" : item.link())));
        if (pending.size() > MAX_LISTED) {
            paragraphs.add("… and " + (pending.size() - MAX_LISTED) + " more under the bell.");
        }
        outbox.queue(new MailMessage(person.email(), person.displayName(),
                "Your MatchPrep digest: " + pending.size() + (pending.size() == 1 ? " update" : " updates"), paragraphs,
                new MailMessage.Link("Open your notifications", settings.link("notifications")), "DIGEST",
                mailing.unsubscribeUrl(recipient, NotificationMailing.DIGEST)));
        Timestamp mailedAt = Timestamp.from(now);
        jdbc.sql("update notification set mailed_at = ? where id in (:ids)".replace(":ids",
                        String.join(",", pending.stream().map(item -> String.valueOf(item.id())).toList())))
                .param(mailedAt).update();
        jdbc.sql("""
                        insert into notification_digest (account_id, digest_time, last_sent_at) values (?, ?, ?)
                        on conflict (account_id) do update set last_sent_at = excluded.last_sent_at
                        """)
                .params(recipient, schedule.digestTime(), mailedAt).update();
        return true;
    }

    /** The latest moment at or before {@code now} when the person's clock showed their digest time. */
    static Instant lastOccurrence(LocalTime digestTime, AccountSummary person, Instant now) {
        ZonedDateTime local = now.atZone(person.timeZone());
        ZonedDateTime today = local.toLocalDate().atTime(digestTime).atZone(person.timeZone());
        return (today.isAfter(local) ? today.minusDays(1) : today).toInstant();
    }

    record Schedule(LocalTime digestTime, Instant lastSentAt) {
    }

    record Pending(long id, String message, String link) {
    }
}
