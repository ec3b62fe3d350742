package org.matchprep.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.matchprep.account.AccountDirectory;
import org.matchprep.account.AccountSummary;
import org.matchprep.mail.MailAttachment;
import org.matchprep.mail.MailMessage;
import org.matchprep.mail.MailSettings;
import org.matchprep.mail.Outbox;
import org.matchprep.mail.SignedLinks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Turns notifications into mail: one at once for kinds a person wants right away, and the links in every
 * notification mail, including the signed one-click unsubscribe link for its topic.
 */
@Component
class NotificationMailing {

    static final String UNSUBSCRIBE_ROUTE = "mail/unsubscribe";

    private final Outbox outbox;
    private final AccountDirectory directory;
    private final MailSettings settings;
    private final SignedLinks signatures;
    private final JdbcClient jdbc;
    private final Clock clock;

    NotificationMailing(Outbox outbox, AccountDirectory directory, MailSettings settings, SignedLinks signatures,
                        JdbcClient jdbc, Clock clock) {
        this.outbox = outbox;
        this.directory = directory;
        this.settings = settings;
        this.signatures = signatures;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Queues the mail of one notification just stored, in the caller's transaction, and marks it mailed. */
    void mailNow(long notificationId, NewNotification notification, List<MailAttachment> attachments) {
        directory.contact(notification.recipientId()).ifPresent(person -> {
            MailTopic topic = MailTopic.of(notification.kind());
            outbox.queue(new MailMessage(person.email(), person.displayName(), subject(notification.message()),
                    List.of("Hello " + person.displayName() + ",", notification.message()),
                    new MailMessage.Link("Open in MatchPrep", settings.link(notification.link() == null ? "notifications" : notification.link())),
                    notification.kind().name(), unsubscribeUrl(person.id(), topic.name()), attachments));
            jdbc.sql("update notification set mailed_at = ? where id = ?")
                    .params(Timestamp.from(clock.instant()), notificationId).update();
        });
    }

    /** What the digest's link turns off: every topic that comes in the digest. */
    static final String DIGEST = "DIGEST";

    /** The signed link that turns one topic's mail (or the digest) off for one person, without signing in. */
    String unsubscribeUrl(long accountId, String topic) {
        return UriComponentsBuilder.fromUriString(settings.link(UNSUBSCRIBE_ROUTE))
                .queryParam("account", accountId)
                .queryParam("topic", topic)
                .queryParam("signature", signatures.sign(payload(accountId, topic)))
                .build().toUriString();
    }

    boolean verify(long accountId, String topic, String signature) {
        return signatures.verify(payload(accountId, topic), signature);
    }

    private static String payload(long accountId, String topic) {
        return "unsubscribe:" + accountId + ":" + topic;
    }

    /** The subject: the notification's sentence, cut at a word near 90 characters. */
    static String subject(String message) {
        String firstLine = message.strip();
        if (firstLine.length() <= 90) {
            return firstLine;
        }
        int cut = firstLine.lastIndexOf(' ', 88);
        return firstLine.substring(0, cut > 40 ? cut : 88) + "…";
    }

    AccountSummary contactOrNull(long accountId) {
        return directory.contact(accountId).orElse(null);
    }
}
