package org.matchprep.testing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.matchprep.notification.NewNotification;
import org.matchprep.notification.NotificationKind;
import org.matchprep.notification.Notifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Test fixture for notifications: sends them the way a feature would (through {@link Notifier}, in a
 * transaction) and reads what landed in someone's inbox straight from the table, past any access check.
 */
@Component
public class Inboxes {

    /** One stored notification, as the table holds it. */
    public record Row(long id, long recipientId, NotificationKind kind, String eventKey, String message, String link,
                      Instant createdAt, Instant readAt) {

        public boolean read() {
            return readAt != null;
        }
    }

    private static final String SELECT =
            "select id, recipient_id, kind, event_key, message, link, created_at, read_at from notification";

    private final Notifier notifier;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    Inboxes(Notifier notifier, JdbcClient jdbc, PlatformTransactionManager transactionManager) {
        this.notifier = notifier;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** Sends a notification with a fresh event key and returns its id. */
    public long send(long recipientId, NotificationKind kind, String message, String link) {
        String key = "test:" + UUID.randomUUID();
        transaction.executeWithoutResult(status ->
                notifier.send(new NewNotification(recipientId, kind, key, message, link)));
        return jdbc.sql("select id from notification where recipient_id = ? and event_key = ?")
                .params(recipientId, key).query(Long.class).single();
    }

    public long send(long recipientId, String message) {
        return send(recipientId, NotificationKind.PAIRING_ACCEPTED, message, "mentors");
    }

    /** Everything in this person's inbox, newest first. */
    public List<Row> of(long recipientId) {
        return jdbc.sql(SELECT + " where recipient_id = ? order by created_at desc, id desc")
                .param(recipientId).query(Inboxes::row).list();
    }

    /** Every notification whose event key starts with {@code prefix}, whoever got it, oldest first. */
    public List<Row> withKeyPrefix(String prefix) {
        String escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return jdbc.sql(SELECT + " where event_key like ? order by id")
                .param(escaped + "%").query(Inboxes::row).list();
    }

    public Row byId(long id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(Inboxes::row).single();
    }

    private static Row row(ResultSet rs, int rowNumber) throws SQLException {
        Timestamp readAt = rs.getTimestamp("read_at");
        return new Row(rs.getLong("id"), rs.getLong("recipient_id"), NotificationKind.valueOf(rs.getString("kind")),
                rs.getString("event_key"), rs.getString("message"), rs.getString("link"),
                rs.getTimestamp("created_at").toInstant(), readAt == null ? null : readAt.toInstant());
    }
}
