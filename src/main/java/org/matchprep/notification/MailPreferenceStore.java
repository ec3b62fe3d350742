package org.matchprep.notification;

import java.time.LocalTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads and writes e-mail choices by account id, for {@link MailPreferenceService} (the signed-in person's
 * own) and the unsubscribe link (the signed person's). A topic is stored as each of its kinds.
 */
@Component
class MailPreferenceStore {

    private final JdbcClient jdbc;

    MailPreferenceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    MailPreferences of(long accountId) {
        Map<String, String> stored = new HashMap<>();
        jdbc.sql("select kind, delivery from notification_mail_preference where account_id = ?").param(accountId)
                .query((row, index) -> stored.put(row.getString(1), row.getString(2))).list();
        Map<MailTopic, MailDelivery> deliveries = new EnumMap<>(MailTopic.class);
        for (MailTopic topic : MailTopic.values()) {
            // a topic's kinds are stored alike; the first kind speaks for the topic
            String chosen = stored.get(topic.kinds().getFirst().name());
            deliveries.put(topic, chosen == null ? topic.byDefault() : MailDelivery.valueOf(chosen));
        }
        LocalTime digestTime = jdbc.sql("select digest_time from notification_digest where account_id = ?").param(accountId)
                .query(LocalTime.class).optional().orElse(MailPreferences.DEFAULT_DIGEST_TIME);
        return new MailPreferences(deliveries, digestTime);
    }

    void store(long accountId, MailTopic topic, MailDelivery delivery) {
        for (NotificationKind kind : topic.kinds()) {
            jdbc.sql("""
                            insert into notification_mail_preference (account_id, kind, delivery) values (?, ?, ?)
                            on conflict (account_id, kind) do update set delivery = excluded.delivery
                            """)
                    .params(accountId, kind.name(), delivery.name()).update();
        }
    }

    void storeDigestTime(long accountId, LocalTime digestTime) {
        jdbc.sql("""
                        insert into notification_digest (account_id, digest_time) values (?, ?)
                        on conflict (account_id) do update set digest_time = excluded.digest_time
                        """)
                .params(accountId, digestTime).update();
    }

    /** Turns off what a one-click link names: one topic, or every topic that comes in the digest. */
    List<MailTopic> turnOff(long accountId, String topic) {
        List<MailTopic> off = NotificationMailing.DIGEST.equals(topic)
                ? of(accountId).deliveries().entrySet().stream().filter(entry -> entry.getValue() == MailDelivery.DIGEST)
                        .map(Map.Entry::getKey).toList()
                : List.of(MailTopic.valueOf(topic));
        off.forEach(one -> store(accountId, one, MailDelivery.OFF));
        return off;
    }
}
