package org.matchprep.notification;

import org.matchprep.account.AccountEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A deleted account's own notifications go by foreign key. Those sent to others about what the person did
 * name them in their one sentence ("Priya Raman requested a review"), and nothing else links them to the
 * person, so every notification whose text contains the exact display name goes too (decision 016). A
 * namesake's notification may go with them; a missing notice is the smaller harm.
 */
@Component
class NotificationsOfDeletedAccounts {

    private static final Logger log = LoggerFactory.getLogger(NotificationsOfDeletedAccounts.class);

    private final JdbcClient jdbc;

    NotificationsOfDeletedAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void onDeleted(AccountEvent.Deleted deleted) {
        String name = deleted.displayName() == null || deleted.displayName().isBlank() ? deleted.email() : deleted.displayName();
        int removed = jdbc.sql("delete from notification where strpos(message, :name) > 0 or strpos(message, :email) > 0")
                .param("name", name)
                .param("email", deleted.email())
                .update();
        if (removed > 0) {
            log.info("Removed {} notifications that named deleted account {}", removed, deleted.accountId());
        }
    }
}
