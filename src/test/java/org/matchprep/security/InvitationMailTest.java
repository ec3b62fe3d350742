package org.matchprep.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.matchprep.account.AccountAdminService;
import org.matchprep.account.AccountInvitation;
import org.matchprep.account.AccountSummary;
import org.matchprep.account.Role;
import org.matchprep.mail.OutboxSender;
import org.matchprep.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The invitation mail through a real SMTP server in this JVM (GreenMail): it arrives once, to the right person,
 * with a link that sets the password, and a display name with line breaks cannot add a header.
 */
class InvitationMailTest extends IntegrationTest {

    private static final GreenMail SMTP = startSmtp();

    @Autowired
    private InvitationService invitations;

    @Autowired
    private AccountAdminService admin;

    @Autowired
    private OutboxSender sender;

    @Autowired
    private PasswordEncoder passwordEncoder;

    @Autowired
    private JdbcClient jdbc;

    @DynamicPropertySource
    static void mailToGreenMail(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.host", () -> "localhost");
        properties.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        properties.add("matchprep.mail.sender-enabled", () -> "false");
        properties.add("matchprep.mail.base-url", () -> "https://prep.example.edu/");
    }

    /** Other tests of the run leave mail waiting in the shared outbox; it would be sent first and crowd out ours. */
    @BeforeEach
    void emptyTheOutbox() {
        jdbc.sql("delete from mail_outbox").update();
    }

    @AfterAll
    static void stopSmtp() {
        SMTP.stop();
    }

    @Test
    void the_invitation_arrives_once_with_a_link_that_sets_the_password() throws Exception {
        String email = unique("invite") + "@example.org";
        accounts.signIn(accounts.admin());
        AccountSummary invited = admin.inviteAccount(new AccountInvitation(email, "Grace Invitee", Role.MENTOR, "UTC"));
        sender.sendDue();
        sender.sendDue();

        List<MimeMessage> received = receivedBy(email);
        assertThat(received).hasSize(1);
        MimeMessage mail = received.getFirst();
        assertThat(mail.getSubject()).isEqualTo("You are invited to MatchPrep");
        assertThat(mail.getRecipients(Message.RecipientType.TO)).extracting(address -> ((InternetAddress) address).getAddress())
                .containsExactly(email);
        assertThat(mail.getHeader("List-Unsubscribe")).as("an invitation is not a subscription").isNull();
        String body = GreenMailUtil.getBody(mail);
        assertThat(body).contains("https://prep.example.edu/accept-invitation?token=");

        accounts.signInAnonymously();
        invitations.accept(InvitationServiceTest.token(body), "a kettle singing in the kitchen", "a kettle singing in the kitchen");

        String hash = jdbc.sql("select password_hash from account where id = ?").param(invited.id()).query(String.class).single();
        assertThat(passwordEncoder.matches("a kettle singing in the kitchen", hash)).isTrue();
    }

    @Test
    void a_display_name_with_line_breaks_adds_no_header_to_the_invitation() throws Exception {
        String email = unique("crlf-invite") + "@example.org";
        accounts.signIn(accounts.admin());
        admin.inviteAccount(new AccountInvitation(email, "Eve\r\nBcc: victim-invite@example.org\r\nX-Injected: yes",
                Role.APPLICANT, "UTC"));
        sender.sendDue();

        List<MimeMessage> received = receivedBy(email);
        assertThat(received).hasSize(1);
        MimeMessage mail = received.getFirst();
        assertThat(mail.getHeader("Bcc")).isNull();
        assertThat(mail.getHeader("X-Injected")).isNull();
        assertThat(mail.getAllRecipients()).hasSize(1);
        assertThat(receivedBy("victim-invite@example.org")).isEmpty();
    }

    private static List<MimeMessage> receivedBy(String email) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(mail -> sentTo(mail, email)).toList();
    }

    private static boolean sentTo(MimeMessage mail, String email) {
        try {
            var recipients = mail.getAllRecipients();
            return recipients != null && Arrays.stream(recipients)
                    .anyMatch(address -> email.equalsIgnoreCase(((InternetAddress) address).getAddress()));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String unique(String prefix) {
        return prefix + "-" + java.util.UUID.randomUUID().toString().substring(0, 8);
    }

    private static GreenMail startSmtp() {
        GreenMail smtp = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        return smtp;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
