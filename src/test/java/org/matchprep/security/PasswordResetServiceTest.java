package org.matchprep.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpSessionEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.matchprep.account.AccountAdminService;
import org.matchprep.account.AccountSummary;
import org.matchprep.account.InvalidAccountInputException;
import org.matchprep.account.SignedInUser;
import org.matchprep.security.PasswordResetService.LinkState;
import org.matchprep.testing.Accounts;
import org.matchprep.testing.IntegrationTest;
import org.matchprep.testing.MutableClock;
import org.matchprep.testing.MutableClockConfiguration;
import org.matchprep.testing.Who;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

@Import(MutableClockConfiguration.class)
class PasswordResetServiceTest extends IntegrationTest {

    private static final Pattern LINK = Pattern.compile("reset-password\\?token=([A-Za-z0-9_-]+)");
    private static final String NEW_PASSWORD = "a lantern by the harbour wall";

    @Autowired
    private PasswordResetService resets;

    @Autowired
    private AccountAdminService admin;

    @Autowired
    private LiveSessions liveSessions;

    @Autowired
    private PasswordEncoder passwordEncoder;

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private MutableClock clock;

    private final List<MockHttpSession> opened = new ArrayList<>();

    @AfterEach
    void forgetSessions() {
        opened.forEach(session -> liveSessions.sessionDestroyed(new HttpSessionEvent(session)));
    }

    @Test
    void a_visitor_who_asks_for_an_enabled_accounts_address_gets_one_link_mailed_to_it() {
        AccountSummary applicant = accounts.applicant();
        accounts.signInAnonymously();

        resets.requestLink("  " + applicant.email().toUpperCase() + " ", newClient());

        assertThat(mailsTo(applicant.email())).singleElement().satisfies(body -> {
            assertThat(body).contains("http://localhost:8080/reset-password?token=").contains("30 minutes");
            assertThat(token(body)).hasSize(43);
        });
        assertThat(jdbc.sql("select subject from mail_outbox where recipient = ?").param(applicant.email())
                .query(String.class).single()).isEqualTo("Reset your MatchPrep password");
        assertThat(audited("PASSWORD_RESET_REQUESTED", applicant.email())).containsExactly("Link sent");
    }

    @Test
    void only_the_hash_of_the_token_is_stored() {
        AccountSummary applicant = accounts.applicant();
        accounts.signInAnonymously();
        resets.requestLink(applicant.email(), newClient());
        String token = token(mailsTo(applicant.email()).getFirst());

        List<String> stored = jdbc.sql("select encode(token_hash, 'base64') from password_reset_token where account_id = ?")
                .param(applicant.id()).query(String.class).list();

        assertThat(stored).singleElement().asString().doesNotContain(token.substring(0, 20));
    }

    @Test
    void an_unknown_or_disabled_address_is_answered_alike_and_nothing_is_sent() {
        AccountSummary disabled = accounts.mentor();
        accounts.signIn(accounts.admin());
        admin.disable(disabled.id());
        String unknown = "nobody-" + UUID.randomUUID() + "@example.org";
        accounts.signInAnonymously();

        resets.requestLink(unknown, newClient());
        resets.requestLink(disabled.email(), newClient());

        assertThat(mailsTo(unknown)).isEmpty();
        assertThat(mailsTo(disabled.email())).isEmpty();
        assertThat(audited("PASSWORD_RESET_REQUESTED", unknown)).containsExactly("No enabled account; nothing sent");
    }

    @Test
    void the_link_sets_a_new_password_once_and_then_says_it_was_used() {
        AccountSummary applicant = accounts.applicant();
        accounts.signInAnonymously();
        String token = linkFor(applicant);
        assertThat(resets.check(token)).isEqualTo(LinkState.VALID);

        resets.setNewPassword(token, NEW_PASSWORD, NEW_PASSWORD);

        assertThat(passwordEncoder.matches(NEW_PASSWORD, passwordHashOf(applicant))).isTrue();
        assertThat(resets.check(token)).isEqualTo(LinkState.USED);
        assertThatThrownBy(() -> resets.setNewPassword(token, "another fine passphrase", "another fine passphrase"))
                .isInstanceOfSatisfying(ResetLinkException.class, refused -> {
                    assertThat(refused.state()).isEqualTo(LinkState.USED);
                    assertThat(refused.getMessage()).contains("used already");
                });
        assertThat(passwordEncoder.matches(NEW_PASSWORD, passwordHashOf(applicant))).isTrue();
        assertThat(audited("PASSWORD_RESET_COMPLETED", applicant.email())).containsExactly("Every session ended");
    }

    @Test
    void a_link_expires_after_thirty_minutes() {
        AccountSummary applicant = accounts.applicant();
        accounts.signInAnonymously();
        String token = linkFor(applicant);

        clock.advance(Duration.ofMinutes(29));
        assertThat(resets.check(token)).isEqualTo(LinkState.VALID);
        clock.advance(Duration.ofMinutes(1));

        assertThat(resets.check(token)).isEqualTo(LinkState.EXPIRED);
        assertThatThrownBy(() -> resets.setNewPassword(token, NEW_PASSWORD, NEW_PASSWORD))
                .isInstanceOfSatisfying(ResetLinkException.class,
                        refused -> assertThat(refused.state()).isEqualTo(LinkState.EXPIRED));
        assertThat(passwordEncoder.matches(Accounts.PASSWORD, passwordHashOf(applicant))).isTrue();
    }

    @Test
    void an_unknown_or_malformed_token_is_unknown() {
        accounts.signInAnonymously();
        String wellFormed = "A".repeat(43);

        assertThat(resets.check(wellFormed)).isEqualTo(LinkState.UNKNOWN);
        assertThat(resets.check("short")).isEqualTo(LinkState.UNKNOWN);
        assertThat(resets.check(null)).isEqualTo(LinkState.UNKNOWN);
        assertThatThrownBy(() -> resets.setNewPassword(wellFormed, NEW_PASSWORD, NEW_PASSWORD))
                .isInstanceOfSatisfying(ResetLinkException.class,
                        refused -> assertThat(refused.state()).isEqualTo(LinkState.UNKNOWN));
    }

    @Test
    void a_weak_or_mistyped_password_is_refused_with_the_policys_words_and_the_link_stays_good() {
        AccountSummary applicant = accounts.applicant();
        accounts.signInAnonymously();
        String token = linkFor(applicant);

        assertThatThrownBy(() -> resets.setNewPassword(token, "short", "short"))
                .isInstanceOfSatisfying(InvalidAccountInputException.class,
                        refused -> assertThat(refused.messageFor("password")).get().asString().contains("at least 12"));
        assertThatThrownBy(() -> resets.setNewPassword(token, NEW_PASSWORD, NEW_PASSWORD + "!"))
                .isInstanceOfSatisfying(InvalidAccountInputException.class,
                        refused -> assertThat(refused.messageFor("passwordRepeat")).isPresent());

        assertThat(resets.check(token)).isEqualTo(LinkState.VALID);
        assertThat(passwordEncoder.matches(Accounts.PASSWORD, passwordHashOf(applicant))).isTrue();
    }

    @Test
    void a_new_password_spends_the_accounts_other_links() {
        AccountSummary applicant = accounts.applicant();
        accounts.signInAnonymously();
        String first = linkFor(applicant);
        String second = linkFor(applicant);

        resets.setNewPassword(second, NEW_PASSWORD, NEW_PASSWORD);

        assertThat(resets.check(first)).isEqualTo(LinkState.USED);
    }

    @Test
    void setting_the_password_ends_every_session_of_the_account_and_no_one_elses() {
        AccountSummary applicant = accounts.applicant();
        AccountSummary other = accounts.applicant();
        MockHttpSession onLaptop = openSessionOf(applicant);
        MockHttpSession onPhone = openSessionOf(applicant);
        MockHttpSession othersSession = openSessionOf(other);
        accounts.signInAnonymously();
        String token = linkFor(applicant);

        resets.setNewPassword(token, NEW_PASSWORD, NEW_PASSWORD);

        assertThat(onLaptop.isInvalid()).isTrue();
        assertThat(onPhone.isInvalid()).isTrue();
        assertThat(othersSession.isInvalid()).isFalse();
    }

    @Test
    void a_refused_password_ends_no_session() {
        AccountSummary applicant = accounts.applicant();
        MockHttpSession onLaptop = openSessionOf(applicant);
        accounts.signInAnonymously();
        String token = linkFor(applicant);

        assertThatThrownBy(() -> resets.setNewPassword(token, "short", "short"))
                .isInstanceOf(InvalidAccountInputException.class);

        assertThat(onLaptop.isInvalid()).isFalse();
    }

    @Test
    void the_fourth_request_for_one_address_within_an_hour_sends_nothing_and_is_audited() {
        AccountSummary applicant = accounts.applicant();
        accounts.signInAnonymously();
        for (int request = 0; request < 4; request++) {
            resets.requestLink(applicant.email(), newClient());
        }

        assertThat(mailsTo(applicant.email())).hasSize(3);
        assertThat(audited("PASSWORD_RESET_THROTTLED", applicant.email())).hasSize(1);

        clock.advance(Duration.ofMinutes(61));
        resets.requestLink(applicant.email(), newClient());
        assertThat(mailsTo(applicant.email())).hasSize(4);
    }

    @Test
    void the_eleventh_request_from_one_client_within_an_hour_sends_nothing() {
        String client = newClient();
        accounts.signInAnonymously();
        for (int request = 0; request < 10; request++) {
            resets.requestLink("someone-" + UUID.randomUUID() + "@example.org", client);
        }
        AccountSummary applicant = accounts.applicant();
        accounts.signInAnonymously();

        resets.requestLink(applicant.email(), client);

        assertThat(mailsTo(applicant.email())).isEmpty();
        assertThat(audited("PASSWORD_RESET_THROTTLED", applicant.email())).hasSize(1);
        resets.requestLink(applicant.email(), newClient());
        assertThat(mailsTo(applicant.email())).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(value = Who.class, names = {"APPLICANT", "MENTOR", "ADMIN"})
    void signed_in_people_change_their_password_on_their_profile_not_here(Who who) {
        AccountSummary applicant = accounts.applicant();
        signInAs(who);

        assertThatThrownBy(() -> resets.requestLink(applicant.email(), newClient()))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> resets.setNewPassword("A".repeat(43), NEW_PASSWORD, NEW_PASSWORD))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThat(mailsTo(applicant.email())).isEmpty();
    }

    private String linkFor(AccountSummary account) {
        int before = mailsTo(account.email()).size();
        resets.requestLink(account.email(), newClient());
        List<String> mails = mailsTo(account.email());
        assertThat(mails).hasSize(before + 1);
        return token(mails.getLast());
    }

    private List<String> mailsTo(String email) {
        return jdbc.sql("select text_body from mail_outbox where recipient = ? and kind = 'PASSWORD_RESET' order by id")
                .param(email).query(String.class).list();
    }

    private List<String> audited(String type, String target) {
        return jdbc.sql("select coalesce(details, '') from audit_event where type = ? and target = ? order by id")
                .params(type, target).query(String.class).list();
    }

    private String passwordHashOf(AccountSummary account) {
        return jdbc.sql("select password_hash from account where id = ?").param(account.id()).query(String.class).single();
    }

    static String token(String body) {
        Matcher link = LINK.matcher(body);
        assertThat(link.find()).as("a reset link in " + body).isTrue();
        return link.group(1);
    }

    /** A client address of its own, so the per-client limit of one test never meets another's requests. */
    private static String newClient() {
        return "198.51.100." + (int) (Math.random() * 250) + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private MockHttpSession openSessionOf(AccountSummary account) {
        SignedInUser user = new SignedInUser(account.id(), account.email(), "", account.role(), true);
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, new SecurityContextImpl(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities())));
        opened.add(session);
        liveSessions.sessionCreated(new HttpSessionEvent(session));
        return session;
    }
}
