package org.matchprep.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.matchprep.testing.IntegrationTest;
import org.matchprep.testing.Who;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/** The outbox without an SMTP server, the embedded default: mail waits, and only admins read it. */
class OutboxServiceTest extends IntegrationTest {

    @Autowired
    OutboxService outboxes;

    @Autowired
    Outbox outbox;

    @Autowired
    OutboxSender sender;

    @Autowired
    TransactionTemplate transaction;

    private long queue(String to) {
        return transaction.execute(status -> outbox.queue(new MailMessage(to, "Someone", "A subject for " + to,
                List.of("Hello,", "Some news."), null, "TEST", null)));
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void only_admins_read_the_outbox(Who who) {
        long id = queue("reader-" + who + "@example.com");
        signInAs(who);

        if (who == Who.ADMIN) {
            assertThat(outboxes.newest()).anySatisfy(entry -> {
                assertThat(entry.id()).isEqualTo(id);
                assertThat(entry.subject()).isEqualTo("A subject for reader-ADMIN@example.com");
                assertThat(entry.textBody()).contains("Some news.");
            });
            assertThat(outboxes.delivering()).isFalse();
        } else {
            assertThatThrownBy(() -> outboxes.newest()).isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> outboxes.delivering()).isInstanceOf(AuthorizationDeniedException.class);
        }
    }

    @Test
    void without_an_smtp_server_nothing_is_sent_and_the_mail_waits() {
        long id = queue("waiting@example.com");

        assertThat(sender.sendDue()).isZero();

        signInAs(Who.ADMIN);
        assertThat(outboxes.newest()).filteredOn(entry -> entry.id() == id).singleElement().satisfies(entry -> {
            assertThat(entry.status()).isEqualTo("PENDING");
            assertThat(entry.attempts()).isZero();
        });
    }
}
