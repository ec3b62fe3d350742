package org.matchprep.mail.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.matchprep.mail.MailMessage;
import org.matchprep.mail.Outbox;
import org.matchprep.mail.OutboxEntry;
import org.matchprep.testing.KaribuTest;
import org.matchprep.testing.Who;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

class OutboxViewTest extends KaribuTest {

    @Autowired
    Outbox outbox;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void an_admin_sees_waiting_mail_newest_first_and_reads_why_it_waits() {
        transaction.executeWithoutResult(status -> {
            outbox.queue(new MailMessage("first@example.com", null, "First in line", List.of("One"), null, "TEST", null));
            outbox.queue(new MailMessage("second@example.com", null, "Second in line", List.of("Two"), null, "TEST", null));
        });
        signInAndOpen(Who.ADMIN);
        UI.getCurrent().navigate("admin/outbox");

        OutboxView view = _get(OutboxView.class);

        List<OutboxEntry> rows = _findAll(view.grid);
        assertThat(rows).extracting(OutboxEntry::subject).containsSubsequence("Second in line", "First in line");
        assertThat(OutboxView.status(rows.getFirst(), java.time.ZoneOffset.UTC)).isEqualTo("Waiting");
        assertThat(view.delivery.getText()).contains("No SMTP server is configured", "spring.mail");
    }
}
