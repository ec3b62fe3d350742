package org.matchprep.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.matchprep.account.AccountAdminService;
import org.matchprep.account.AccountInvitation;
import org.matchprep.account.AccountRuleException;
import org.matchprep.account.AccountSummary;
import org.matchprep.account.InvalidAccountInputException;
import org.matchprep.account.Role;
import org.matchprep.security.InvitationService.LinkState;
import org.matchprep.testing.Accounts;
import org.matchprep.testing.IntegrationTest;
import org.matchprep.testing.MutableClock;
import org.matchprep.testing.MutableClockConfiguration;
import org.matchprep.testing.Who;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.Authentication;

@Import(MutableClockConfiguration.class)
class InvitationServiceTest extends IntegrationTest {

    private static final Pattern LINK = Pattern.compile("accept-invitation\\?token=([A-Za-z0-9_-]+)");
    private static final String CHOSEN = "a kettle singing in the kitchen";

    @Autowired
    private InvitationService invitations;

    @Autowired
    private AccountAdminService admin;

    @Autowired
    private AuthenticationProvider signIn;

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private MutableClock clock;

    @Autowired
    private PasswordResetHousekeeping housekeeping;

    @Test
    void an_invited_person_chooses_a_password_on_the_mailed_link_and_then_signs_in_with_it() {
        AccountSummary invited = invite(Role.MENTOR);
        assertThat(invited.invited()).isTrue();
        String token = token(mailsTo(invited.email()).getFirst());
        assertThat(mailsTo(invited.email()).getFirst()).contains("http://localhost:8080/accept-invitation?token=")
                .contains("7 days").contains("as a mentor");

        accounts.signInAnonymously();
        assertThat(invitations.check(token)).isEqualTo(LinkState.VALID);
        assertThat(invitations.invitee(token)).get().extracting(AccountSummary::id).isEqualTo(invited.id());
        AccountSummary accepted = invitations.accept(token, CHOSEN, CHOSEN);

        assertThat(accepted.invited()).isFalse();
        assertThat(signIn(invited.email(), CHOSEN).isAuthenticated()).isTrue();
        assertThat(invitations.check(token)).isEqualTo(LinkState.USED);
        assertThatThrownBy(() -> invitations.accept(token, "another fine passphrase", "another fine passphrase"))
                .isInstanceOfSatisfying(InvitationLinkException.class, refused -> {
                    assertThat(refused.state()).isEqualTo(LinkState.USED);
                    assertThat(refused.getMessage()).contains("accepted already");
                });
        assertThat(audited("INVITATION_SENT", invited.email())).containsExactly("Invited as Mentor");
        assertThat(audited("INVITATION_ACCEPTED", invited.email())).containsExactly("Password chosen as Mentor");
    }

    @Test
    void an_invited_account_cannot_sign_in_before_the_invitation_is_accepted() {
        AccountSummary invited = invite(Role.APPLICANT);
        accounts.signInAnonymously();

        assertThatThrownBy(() -> signIn(invited.email(), Accounts.PASSWORD)).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void only_the_hash_of_the_token_is_stored() {
        AccountSummary invited = invite(Role.MENTOR);
        String token = token(mailsTo(invited.email()).getFirst());

        List<String> stored = jdbc.sql("select encode(token_hash, 'hex') from invitation_token where account_id = ?")
                .param(invited.id()).query(String.class).list();

        assertThat(stored).singleElement().asString().hasSize(64)
                .isEqualTo(java.util.HexFormat.of().formatHex(LinkTokens.sha256(token)));
    }

    @Test
    void a_link_expires_after_seven_days() {
        AccountSummary invited = invite(Role.MENTOR);
        String token = token(mailsTo(invited.email()).getFirst());
        accounts.signInAnonymously();

        clock.advance(Duration.ofDays(7).minusMinutes(1));
        assertThat(invitations.check(token)).isEqualTo(LinkState.VALID);
        clock.advance(Duration.ofMinutes(1));

        assertThat(invitations.check(token)).isEqualTo(LinkState.EXPIRED);
        assertThat(invitations.invitee(token)).isEmpty();
        assertThatThrownBy(() -> invitations.accept(token, CHOSEN, CHOSEN))
                .isInstanceOfSatisfying(InvitationLinkException.class, refused -> {
                    assertThat(refused.state()).isEqualTo(LinkState.EXPIRED);
                    assertThat(refused.getMessage()).contains("expired");
                });
    }

    @Test
    void an_expired_link_is_purged_a_day_after_it_ended_and_the_account_stays_for_a_re_send() {
        AccountSummary invited = invite(Role.MENTOR);

        clock.advance(Duration.ofDays(8).plusMinutes(1));
        housekeeping.purgeOldRows();

        assertThat(jdbc.sql("select count(*) from invitation_token where account_id = ?").param(invited.id())
                .query(Long.class).single()).isZero();
        accounts.signIn(accounts.admin());
        admin.resendInvitation(invited.id());
        accounts.signInAnonymously();
        assertThat(invitations.check(token(mailsTo(invited.email()).getLast()))).isEqualTo(LinkState.VALID);
    }

    @Test
    void re_sending_mails_a_new_link_and_the_old_one_stops_working() {
        AccountSummary invited = invite(Role.MENTOR);
        String first = token(mailsTo(invited.email()).getFirst());

        clock.advance(Duration.ofDays(6));
        admin.resendInvitation(invited.id());
        String second = token(mailsTo(invited.email()).getLast());
        clock.advance(Duration.ofDays(2));
        accounts.signInAnonymously();

        assertThat(first).isNotEqualTo(second);
        assertThat(invitations.check(first)).isNotEqualTo(LinkState.VALID);
        assertThatThrownBy(() -> invitations.accept(first, CHOSEN, CHOSEN)).isInstanceOf(InvitationLinkException.class);
        assertThat(invitations.check(second)).as("the new link counts its 7 days from the re-send").isEqualTo(LinkState.VALID);
        invitations.accept(second, CHOSEN, CHOSEN);
        assertThat(audited("INVITATION_SENT", invited.email())).containsExactly("Invited as Mentor", "Sent again as Mentor");
    }

    @Test
    void withdrawing_removes_the_unaccepted_account_and_its_link_says_it_is_unknown() {
        AccountSummary invited = invite(Role.MENTOR);
        String token = token(mailsTo(invited.email()).getFirst());

        admin.withdrawInvitation(invited.id());

        assertThat(jdbc.sql("select count(*) from account where id = ?").param(invited.id()).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from invitation_token where account_id = ?").param(invited.id())
                .query(Long.class).single()).isZero();
        assertThat(audited("INVITATION_WITHDRAWN", invited.email())).containsExactly("Unaccepted account removed");
        accounts.signInAnonymously();
        assertThat(invitations.check(token)).isEqualTo(LinkState.UNKNOWN);
        assertThatThrownBy(() -> invitations.accept(token, CHOSEN, CHOSEN))
                .isInstanceOfSatisfying(InvitationLinkException.class,
                        refused -> assertThat(refused.state()).isEqualTo(LinkState.UNKNOWN));
    }

    @Test
    void an_accepted_invitation_can_be_neither_re_sent_nor_withdrawn_and_an_ordinary_account_has_none() {
        AccountSummary invited = invite(Role.MENTOR);
        String token = token(mailsTo(invited.email()).getFirst());
        accounts.signInAnonymously();
        invitations.accept(token, CHOSEN, CHOSEN);
        AccountSummary ordinary = accounts.mentor();
        accounts.signIn(accounts.admin());

        for (long id : new long[] {invited.id(), ordinary.id()}) {
            assertThatThrownBy(() -> admin.resendInvitation(id)).isInstanceOf(AccountRuleException.class);
            assertThatThrownBy(() -> admin.withdrawInvitation(id)).isInstanceOf(AccountRuleException.class);
        }
        assertThat(mailsTo(invited.email())).hasSize(1);
        assertThat(jdbc.sql("select count(*) from account where id in (?, ?)").params(invited.id(), ordinary.id())
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void a_weak_password_is_refused_with_the_policys_words_and_the_link_stays_good() {
        AccountSummary invited = invite(Role.MENTOR);
        String token = token(mailsTo(invited.email()).getFirst());
        accounts.signInAnonymously();

        assertThatThrownBy(() -> invitations.accept(token, "short", "short"))
                .isInstanceOfSatisfying(InvalidAccountInputException.class,
                        refused -> assertThat(refused.messageFor("password")).isPresent());
        assertThatThrownBy(() -> invitations.accept(token, CHOSEN, CHOSEN + "!"))
                .isInstanceOfSatisfying(InvalidAccountInputException.class,
                        refused -> assertThat(refused.messageFor("passwordRepeat")).isPresent());

        assertThat(invitations.check(token)).isEqualTo(LinkState.VALID);
    }

    @Test
    void an_unknown_or_malformed_token_is_unknown() {
        accounts.signInAnonymously();

        assertThat(invitations.check("A".repeat(43))).isEqualTo(LinkState.UNKNOWN);
        assertThat(invitations.check("short")).isEqualTo(LinkState.UNKNOWN);
        assertThat(invitations.check(null)).isEqualTo(LinkState.UNKNOWN);
        assertThat(invitations.invitee("A".repeat(43))).isEmpty();
    }

    @Test
    void a_taken_email_or_bad_input_invites_nobody() {
        AccountSummary existing = accounts.applicant();
        accounts.signIn(accounts.admin());

        assertThatThrownBy(() -> admin.inviteAccount(new AccountInvitation(existing.email(), "Twin", Role.MENTOR, "UTC")))
                .isInstanceOfSatisfying(InvalidAccountInputException.class,
                        refused -> assertThat(refused.messageFor("email")).isPresent());
        String fresh = Accounts.uniqueEmail("bad");
        assertThatThrownBy(() -> admin.inviteAccount(new AccountInvitation(fresh, "", Role.MENTOR, "Mars/Olympus")))
                .isInstanceOf(InvalidAccountInputException.class);
        assertThat(mailsTo(existing.email())).isEmpty();
        assertThat(mailsTo(fresh)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = Who.class, names = {"ANONYMOUS", "APPLICANT", "MENTOR"})
    void only_admins_invite_re_send_or_withdraw(Who who) {
        AccountSummary invited = invite(Role.MENTOR);
        signInAs(who);
        String email = Accounts.uniqueEmail("not-allowed");

        assertThatThrownBy(() -> admin.inviteAccount(new AccountInvitation(email, "Nope", Role.ADMIN, "UTC")))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> admin.resendInvitation(invited.id())).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> admin.withdrawInvitation(invited.id())).isInstanceOf(AuthorizationDeniedException.class);
        assertThat(mailsTo(invited.email())).hasSize(1);
        assertThat(mailsTo(email)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = Who.class, names = {"APPLICANT", "MENTOR", "ADMIN"})
    void signed_in_people_cannot_use_an_invitation_link_not_even_for_someone_elses_account(Who who) {
        AccountSummary invited = invite(Role.MENTOR);
        String token = token(mailsTo(invited.email()).getFirst());
        signInAs(who);

        assertThatThrownBy(() -> invitations.check(token)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> invitations.invitee(token)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> invitations.accept(token, CHOSEN, CHOSEN)).isInstanceOf(AuthorizationDeniedException.class);
        accounts.signInAnonymously();
        assertThat(invitations.check(token)).isEqualTo(LinkState.VALID);
    }

    private AccountSummary invite(Role role) {
        accounts.signIn(accounts.admin());
        return admin.inviteAccount(new AccountInvitation(Accounts.uniqueEmail("invited"), "Ines Invited", role,
                "Europe/Lisbon"));
    }

    private Authentication signIn(String email, String password) {
        return signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password));
    }

    private List<String> mailsTo(String email) {
        return jdbc.sql("select text_body from mail_outbox where recipient = ? and kind = 'INVITATION' order by id")
                .param(email).query(String.class).list();
    }

    private List<String> audited(String type, String target) {
        return jdbc.sql("select coalesce(details, '') from audit_event where type = ? and target = ? order by id")
                .params(type, target).query(String.class).list();
    }

    static String token(String body) {
        Matcher link = LINK.matcher(body);
        assertThat(link.find()).as("an invitation link in " + body).isTrue();
        return link.group(1);
    }
}
