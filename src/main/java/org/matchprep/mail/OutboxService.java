package org.matchprep.mail;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox as admins read it: every mail with its status, attempts and last error, and its text. Without
 * an SMTP server this is where mail can be read at all. (The role is spelt out: account depends on mail.)
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class OutboxService {

    public static final int PAGE = 200;

    private final JdbcClient jdbc;
    private final SmtpServer smtp;

    OutboxService(JdbcClient jdbc, SmtpServer smtp) {
        this.jdbc = jdbc;
        this.smtp = smtp;
    }

    /** The last written mail first (by id: clocks of several nodes may differ), at most {@link #PAGE}. */
    @Transactional(readOnly = true)
    public List<OutboxEntry> newest() {
        return jdbc.sql("""
                        select id, recipient, subject, kind, status, attempts, created_at, sent_at, next_attempt_at, last_error, text_body
                        from mail_outbox order by id desc limit ?
                        """)
                .param(PAGE).query(OutboxEntry.class).list();
    }

    /** Whether an SMTP server is configured, so the page can say where mail goes. */
    public boolean delivering() {
        return smtp.configured();
    }
}
