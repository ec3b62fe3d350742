package org.matchprep.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.matchprep.account.AccountAdminService;
import org.matchprep.account.AccountSummary;
import org.matchprep.account.Role;
import org.matchprep.security.InvitationService;
import org.matchprep.testing.Accounts;
import org.matchprep.testing.IntegrationTest;
import org.matchprep.testing.Who;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authorization.AuthorizationDeniedException;

class MentorInvitationServiceTest extends IntegrationTest {

    private static final Pattern LINK = Pattern.compile("accept-invitation\\?token=([A-Za-z0-9_-]+)");
    private static final String CHOSEN = "a kettle singing in the kitchen";

    @Autowired
    private MentorInvitationService service;

    @Autowired
    private PairingService pairings;

    @Autowired
    private InvitationService invitationLinks;

    @Autowired
    private AccountAdminService accountAdmin;

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private FeedbackPersonalData export;

    @Test
    void an_approved_mentor_who_accepts_is_paired_with_the_applicant_who_asked_and_the_applicant_is_told() {
        AccountSummary applicant = accounts.applicant();
        String email = Accounts.uniqueEmail("new-mentor");
        accounts.signIn(applicant);
        MentorInvitationSummary asked = service.requestInvitation(" Dr. Mara Osei ", email.toUpperCase());
        assertThat(asked.pending()).isTrue();
        assertThat(asked.mentorEmail()).isEqualTo(email);
        assertThat(service.myRequests()).extracting(MentorInvitationSummary::id).containsExactly(asked.id());
        assertThat(mailsTo(email)).as("nothing is mailed before an admin approves").isEmpty();

        accounts.signIn(accounts.admin());
        assertThat(service.pendingRequests()).extracting(MentorInvitationSummary::id).contains(asked.id());
        MentorInvitationSummary approved = service.approve(asked.id());
        assertThat(approved.status()).isEqualTo("APPROVED");
        assertThat(service.pendingRequests()).extracting(MentorInvitationSummary::id).doesNotContain(asked.id());
        assertThat(mailsTo(email)).hasSize(1);

        accounts.signInAnonymously();
        AccountSummary mentor = invitationLinks.accept(token(mailsTo(email).getFirst()), CHOSEN, CHOSEN);

        assertThat(mentor.role()).isEqualTo(Role.MENTOR);
        accounts.signIn(applicant);
        assertThat(pairings.myMentors()).singleElement().satisfies(pairing -> {
            assertThat(pairing.mentorId()).isEqualTo(mentor.id());
            assertThat(pairing.status()).isEqualTo(PairingStatus.ACTIVE);
            assertThat(pairing.invitedByAdmin()).isFalse();
        });
        assertThat(service.myRequests()).as("the request became the pairing").isEmpty();
        assertThat(notificationsOf(applicant)).contains("Dr. Mara Osei accepted your invitation and is now your mentor");
    }

    @Test
    void the_applicants_data_export_holds_their_requests() {
        AccountSummary applicant = accounts.applicant();
        String email = Accounts.uniqueEmail("exported");
        accounts.signIn(applicant);
        service.requestInvitation("Dr. Exported", email);

        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) export.exportFor(applicant.id());

        assertThat((List<?>) data.get("mentorInvitationRequests")).singleElement().asString()
                .contains("Dr. Exported", email, "PENDING");
    }

    @Test
    void a_declined_request_mails_nobody_and_tells_the_applicant() {
        AccountSummary applicant = accounts.applicant();
        String email = Accounts.uniqueEmail("declined-mentor");
        accounts.signIn(applicant);
        MentorInvitationSummary asked = service.requestInvitation("Dr. Nope", email);

        accounts.signIn(accounts.admin());
        service.decline(asked.id());

        assertThat(mailsTo(email)).isEmpty();
        assertThat(jdbc.sql("select count(*) from account where email = ?").param(email).query(Long.class).single()).isZero();
        assertThat(notificationsOf(applicant)).contains("An admin declined your request to invite Dr. Nope as a mentor");
        assertThatThrownBy(() -> service.approve(asked.id())).isInstanceOf(PairingException.class);
        accounts.signIn(applicant);
        assertThat(service.myRequests()).isEmpty();
    }

    @Test
    void an_address_a_mentor_signs_in_with_is_refused_and_the_applicant_is_told_to_invite_them_directly() {
        AccountSummary mentor = accounts.mentor();
        accounts.signIn(accounts.applicant());

        assertThatThrownBy(() -> service.requestInvitation("Someone", mentor.email()))
                .isInstanceOfSatisfying(PairingException.class,
                        refused -> assertThat(refused.getMessage()).contains("already has a mentor account"));
    }

    @Test
    void bad_input_and_a_second_request_for_the_same_address_are_refused() {
        accounts.signIn(accounts.applicant());
        String email = Accounts.uniqueEmail("twice");

        assertThatThrownBy(() -> service.requestInvitation("", email)).isInstanceOf(PairingException.class);
        assertThatThrownBy(() -> service.requestInvitation("Dr. X", "not-an-address")).isInstanceOf(PairingException.class);
        service.requestInvitation("Dr. X", email);
        assertThatThrownBy(() -> service.requestInvitation("Dr. X", email))
                .isInstanceOfSatisfying(PairingException.class,
                        refused -> assertThat(refused.getMessage()).contains("already asked"));
    }

    @Test
    void an_applicant_sees_only_their_own_requests() {
        AccountSummary mine = accounts.applicant();
        AccountSummary theirs = accounts.applicant();
        accounts.signIn(theirs);
        service.requestInvitation("Dr. Theirs", Accounts.uniqueEmail("theirs"));
        accounts.signIn(mine);

        assertThat(service.myRequests()).isEmpty();
    }

    @Test
    void a_request_of_an_applicant_disabled_meanwhile_is_dropped_and_cannot_be_approved() {
        AccountSummary applicant = accounts.applicant();
        accounts.signIn(applicant);
        MentorInvitationSummary asked = service.requestInvitation("Dr. Late", Accounts.uniqueEmail("late"));
        accounts.signIn(accounts.admin());

        accountAdmin.disable(applicant.id());

        assertThat(service.pendingRequests()).extracting(MentorInvitationSummary::id).doesNotContain(asked.id());
        assertThatThrownBy(() -> service.approve(asked.id())).isInstanceOf(PairingException.class);
    }

    @Test
    void withdrawing_the_invited_mentor_account_drops_the_approved_request() {
        AccountSummary applicant = accounts.applicant();
        String email = Accounts.uniqueEmail("withdrawn-mentor");
        accounts.signIn(applicant);
        MentorInvitationSummary asked = service.requestInvitation("Dr. Gone", email);
        accounts.signIn(accounts.admin());
        service.approve(asked.id());
        long mentorId = jdbc.sql("select id from account where email = ?").param(email).query(Long.class).single();

        accountAdmin.withdrawInvitation(mentorId);

        accounts.signIn(applicant);
        assertThat(service.myRequests()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = Who.class, names = {"ANONYMOUS", "MENTOR", "ADMIN"})
    void only_applicants_ask_for_a_mentor_invitation_or_list_their_requests(Who who) {
        signInAs(who);

        assertThatThrownBy(() -> service.requestInvitation("Dr. X", Accounts.uniqueEmail("x")))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> service.myRequests()).isInstanceOf(AuthorizationDeniedException.class);
    }

    @ParameterizedTest
    @EnumSource(value = Who.class, names = {"ANONYMOUS", "APPLICANT", "MENTOR"})
    void only_admins_see_approve_or_decline_requests_even_the_callers_own(Who who) {
        AccountSummary caller = signedIn(who);
        AccountSummary asker = who == Who.APPLICANT ? caller : accounts.applicant();
        accounts.signIn(asker);
        MentorInvitationSummary asked = service.requestInvitation("Dr. Guarded", Accounts.uniqueEmail("guarded"));
        if (caller == null) {
            accounts.signInAnonymously();
        } else {
            accounts.signIn(caller);
        }

        assertThatThrownBy(() -> service.pendingRequests()).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> service.approve(asked.id())).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> service.decline(asked.id())).isInstanceOf(AuthorizationDeniedException.class);
        assertThat(mailsTo(asked.mentorEmail())).isEmpty();
    }

    private List<String> mailsTo(String email) {
        return jdbc.sql("select text_body from mail_outbox where recipient = ? and kind = 'INVITATION' order by id")
                .param(email).query(String.class).list();
    }

    private List<String> notificationsOf(AccountSummary account) {
        return jdbc.sql("select message from notification where recipient_id = ? order by id")
                .param(account.id()).query(String.class).list();
    }

    private static String token(String body) {
        Matcher link = LINK.matcher(body);
        assertThat(link.find()).isTrue();
        return link.group(1);
    }
}
