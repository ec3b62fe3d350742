package org.matchprep.feedback.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.matchprep.account.AccountSummary;
import org.matchprep.feedback.MentorInvitationService;
import org.matchprep.feedback.MentorInvitationSummary;
import org.matchprep.testing.Accounts;
import org.matchprep.testing.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class MentorInvitationViewsTest extends KaribuTest {

    @Autowired
    MentorInvitationService invitations;

    @Autowired
    JdbcClient jdbc;

    @Test
    void an_applicant_asks_for_a_mentor_without_an_account_and_sees_the_request_waiting() {
        signIn(accounts.applicant());
        UI.getCurrent().navigate("mentors");
        MentorInvitationRequestCard card = _get(MyMentorsView.class).invitationRequests;
        String email = Accounts.uniqueEmail("no-account-mentor");

        _setValue(card.mentorName, "Dr. Mara Osei");
        _setValue(card.mentorEmail, email);
        _click(card.ask);

        assertThat(card.requests.getElement().getTextRecursively()).contains("Dr. Mara Osei", email,
                "Waiting for an admin's approval");
        assertThat(card.mentorEmail.isInvalid()).isFalse();
    }

    @Test
    void an_existing_mentors_address_is_refused_on_the_field() {
        AccountSummary mentor = accounts.mentor();
        signIn(accounts.applicant());
        UI.getCurrent().navigate("mentors");
        MentorInvitationRequestCard card = _get(MyMentorsView.class).invitationRequests;

        _setValue(card.mentorName, "Someone");
        _setValue(card.mentorEmail, mentor.email());
        _click(card.ask);

        assertThat(card.mentorEmail.isInvalid()).isTrue();
        assertThat(card.mentorEmail.getErrorMessage()).contains("already has a mentor account");
    }

    @Test
    void an_admin_approves_a_request_on_the_pairings_page_and_the_mentor_is_mailed() {
        AccountSummary applicant = accounts.applicant();
        String email = Accounts.uniqueEmail("approved-mentor");
        signIn(applicant);
        MentorInvitationSummary asked = invitations.requestInvitation("Dr. Approved", email);
        signIn(accounts.admin());
        UI.getCurrent().navigate("admin/pairings");
        MentorInvitationRequests section = _get(PairingAdminView.class).mentorInvitations;
        assertThat(_findAll(section.grid)).extracting(MentorInvitationSummary::id).contains(asked.id());

        section.approve(asked);

        assertThat(_findAll(section.grid)).extracting(MentorInvitationSummary::id).doesNotContain(asked.id());
        assertThat(jdbc.sql("select count(*) from mail_outbox where recipient = ? and kind = 'INVITATION'")
                .param(email).query(Long.class).single()).isEqualTo(1);
    }
}
