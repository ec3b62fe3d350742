package org.matchprep.mail;

import org.matchprep.account.AccountEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A deleted account's mail goes from the outbox: what was sent to them, and what others were sent that names
 * them (a review request "from Priya Raman"), as with notifications (decision 016). Mail already delivered
 * is out of our hands; mail not yet sent is never sent.
 */
@Component
class MailOfDeletedAccounts {

    private final JdbcClient jdbc;

    MailOfDeletedAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void onDeleted(AccountEvent.Deleted deleted) {
        String name = deleted.displayName() == null || deleted.displayName().isBlank() ? deleted.email() : deleted.displayName();
        jdbc.sql("""
                        delete from mail_outbox
                        where lower(recipient) = lower(:email)
                           or strpos(text_body, :name) > 0 or strpos(text_body, :email) > 0 or strpos(subject, :name) > 0
                        """)
                .param("email", deleted.email())
                .param("name", name)
                .update();
    }
}
