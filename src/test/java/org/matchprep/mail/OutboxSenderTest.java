package org.matchprep.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import com.icegreen.greenmail.util.GreenMailUtil;
import org.junit.jupiter.api.Test;
import org.matchprep.testing.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.support.TransactionTemplate;

class OutboxSenderTest extends MailTest {

    @Autowired
    Outbox outbox;

    @Autowired
    OutboxSender sender;

    @Autowired
    JavaMailSender javaMailSender;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    private long queue(MailMessage mail) {
        return transaction.execute(status -> outbox.queue(mail));
    }

    private static MailMessage mail(String to, String name, String subject, String... paragraphs) {
        return new MailMessage(to, name, subject, List.of(paragraphs),
                new MailMessage.Link("Open the review", "https://prep.example.edu/review/12"), "TEST", null);
    }

    private String status(long id) {
        return jdbc.sql("select status from mail_outbox where id = ?").param(id).query(String.class).single();
    }

    /** Sends until nothing is due, as the background sender would over a few runs; returns how many went. */
    private int sendAll() {
        int sent = 0;
        for (int run = 0; run < 10; run++) {
            int now = sender.sendDue();
            sent += now;
            if (now == 0) {
                break;
            }
        }
        return sent;
    }

    @Test
    void a_queued_mail_arrives_once_with_a_text_and_an_escaped_html_part() throws Exception {
        long id = queue(mail("priya@example.com", "Priya Raman", "Dr. Chen asked for changes",
                "Hello Priya,", "Dr. Chen wrote: <script>alert('x')</script> & more"));

        assertThat(sendAll()).isGreaterThanOrEqualTo(1);
        assertThat(sendAll()).isZero();

        MimeMessage[] received = smtp.getReceivedMessagesForDomain("example.com");
        List<MimeMessage> ours = java.util.Arrays.stream(received)
                .filter(message -> header(message, "Message-ID").equals(messageId(id))).toList();
        assertThat(ours).hasSize(1);
        MimeMessage message = ours.getFirst();
        assertThat(message.getSubject()).isEqualTo("Dr. Chen asked for changes");
        assertThat(message.getAllRecipients()).extracting(Address::toString).containsExactly("Priya Raman <priya@example.com>");
        String text = part(message, "text/plain");
        String html = part(message, "text/html");
        assertThat(text).contains("Dr. Chen wrote: <script>alert('x')</script> & more",
                "Open the review: https://prep.example.edu/review/12");
        assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more",
                "href=\"https://prep.example.edu/review/12\"").doesNotContain("<script>");
        assertThat(status(id)).isEqualTo("SENT");
    }

    @Test
    void a_rolled_back_change_queues_no_mail() {
        long before = jdbc.sql("select count(*) from mail_outbox").query(Long.class).single();

        transaction.executeWithoutResult(status -> {
            outbox.queue(mail("rollback@example.com", null, "Never sent", "Nothing"));
            status.setRollbackOnly();
        });

        assertThat(jdbc.sql("select count(*) from mail_outbox").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void an_smtp_outage_keeps_the_mail_and_it_goes_once_the_server_is_back_and_the_wait_is_over() {
        sendAll();
        smtp.stop();
        long id = queue(mail("outage@example.com", null, "Held back", "Wait for it"));

        sendAll();

        assertThat(status(id)).isEqualTo("PENDING");
        var row = jdbc.sql("select attempts, last_error, next_attempt_at from mail_outbox where id = ?").param(id)
                .query((rs, n) -> new Object[] {rs.getInt(1), rs.getString(2), rs.getTimestamp(3).toInstant()}).single();
        assertThat(row[0]).isEqualTo(1);
        assertThat((String) row[1]).isNotBlank();
        assertThat((java.time.Instant) row[2]).isEqualTo(clock.instant().plus(Duration.ofMinutes(1)));

        smtp.start();
        sendAll();
        assertThat(status(id)).as("not before its wait is over").isEqualTo("PENDING");
        clock.advance(Duration.ofMinutes(1));
        sendAll();
        assertThat(status(id)).isEqualTo("SENT");
        assertThat(smtp.getReceivedMessagesForDomain("outage@example.com")).hasSize(1);
    }

    @Test
    void a_crash_between_sending_and_marking_sends_again_after_the_lease_with_the_same_message_id() throws Exception {
        sendAll();
        long id = queue(mail("crash@example.com", null, "Sent twice at most", "Once more"));
        assertThat(sender.claimDue()).contains(id);
        // the node sends, then dies before it can mark the mail sent
        sender.send(javaMailSender, id);
        assertThat(status(id)).isEqualTo("SENDING");

        assertThat(sender.sendDue()).as("still leased to the dead node").isZero();
        clock.advance(OutboxSender.LEASE.plusSeconds(1));
        sendAll();

        MimeMessage[] received = smtp.getReceivedMessagesForDomain("crash@example.com");
        assertThat(received).hasSize(2);
        assertThat(header(received[0], "Message-ID")).isEqualTo(header(received[1], "Message-ID")).isEqualTo(messageId(id));
        assertThat(status(id)).isEqualTo("SENT");
    }

    @Test
    void line_breaks_in_a_name_or_subject_cannot_add_a_header() throws Exception {
        sendAll();
        queue(mail("victim@example.com", "Eve\r\nBcc: evil@example.org", "Hi\r\nBcc: evil@example.org", "Body"));

        sendAll();

        MimeMessage message = smtp.getReceivedMessagesForDomain("victim@example.com")[0];
        assertThat(message.getHeader("Bcc")).isNull();
        assertThat(message.getRecipients(Message.RecipientType.BCC)).isNull();
        assertThat(message.getAllRecipients()).hasSize(1);
        assertThat(message.getSubject()).isEqualTo("Hi Bcc: evil@example.org");
        // the server keeps one copy per envelope recipient: a smuggled Bcc would have made a second
        assertThat(java.util.Arrays.stream(smtp.getReceivedMessages())
                .filter(received -> header(received, "Subject").contains("evil@example.org"))).hasSize(1);
    }

    @Test
    void after_the_last_attempt_the_mail_is_given_up_and_left_for_the_admin_to_read() {
        sendAll();
        smtp.stop();
        long id = queue(mail("gone@example.com", null, "Never arrives", "Sorry"));
        for (int attempt = 0; attempt < OutboxSender.MAX_ATTEMPTS; attempt++) {
            sender.sendDue();
            clock.advance(Duration.ofHours(1));
        }
        smtp.start();

        assertThat(status(id)).isEqualTo("FAILED");
        assertThat(sender.sendDue()).isZero();
        assertThat(jdbc.sql("select attempts from mail_outbox where id = ?").param(id).query(Integer.class).single())
                .isEqualTo(OutboxSender.MAX_ATTEMPTS);
    }

    @Test
    void attachments_arrive_with_their_type() throws Exception {
        sendAll();
        queue(mail("files@example.com", null, "Your mock", "See the invitation").withAttachments(List.of(
                new MailAttachment("mock.ics", "text/calendar; charset=utf-8; method=REQUEST",
                        "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n".getBytes(StandardCharsets.UTF_8)))));

        sendAll();

        MimeMessage message = smtp.getReceivedMessagesForDomain("files@example.com")[0];
        Part file = attachment(message, "mock.ics");
        assertThat(file.getContentType()).startsWith("text/calendar");
        assertThat(GreenMailUtil.getBody(file)).contains("METHOD:REQUEST");
    }

    private String messageId(long id) {
        return jdbc.sql("select message_id from mail_outbox where id = ?").param(id).query(String.class).single();
    }

    static String header(MimeMessage message, String name) {
        try {
            return message.getHeader(name, null);
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String part(Part part, String type) throws Exception {
        if (part.isMimeType(type) && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            return (String) part.getContent();
        }
        if (part.isMimeType("multipart/*")) {
            Multipart parts = (Multipart) part.getContent();
            for (int i = 0; i < parts.getCount(); i++) {
                String found = part(parts.getBodyPart(i), type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    static Part attachment(Part part, String fileName) throws Exception {
        if (fileName.equals(part.getFileName())) {
            return part;
        }
        if (part.isMimeType("multipart/*")) {
            Multipart parts = (Multipart) part.getContent();
            for (int i = 0; i < parts.getCount(); i++) {
                Part found = attachment(parts.getBodyPart(i), fileName);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
