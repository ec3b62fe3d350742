package org.matchprep.feedback.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import org.junit.jupiter.api.Test;
import org.matchprep.account.AccountSummary;
import org.matchprep.feedback.PairingService;
import org.matchprep.feedback.PairingStatus;
import org.matchprep.testing.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;

class PairingViewsTest extends KaribuTest {

    @Autowired
    PairingService pairings;

    @Test
    void an_applicant_invites_a_mentor_by_email_and_sees_the_invitation() {
        AccountSummary mentor = accounts.mentor();
        signIn(accounts.applicant());
        UI.getCurrent().navigate("mentors");
        MyMentorsView view = _get(MyMentorsView.class);
        assertThat(view.list.getElement().getTextRecursively()).contains("No mentors yet");

        _setValue(view.mentorEmail, mentor.email().toUpperCase());
        _click(view.invite);

        assertThat(pairings.myMentors()).singleElement().satisfies(pairing -> {
            assertThat(pairing.mentorId()).isEqualTo(mentor.id());
            assertThat(pairing.status()).isEqualTo(PairingStatus.INVITED);
        });
        assertThat(view.list.getElement().getTextRecursively()).contains(mentor.displayName(), "Invited, waiting for an answer");
    }

    @Test
    void an_unknown_mentor_email_is_refused_on_the_field() {
        signIn(accounts.applicant());
        UI.getCurrent().navigate("mentors");
        MyMentorsView view = _get(MyMentorsView.class);

        _setValue(view.mentorEmail, "nobody-here@example.org");
        _click(view.invite);

        assertThat(view.mentorEmail.isInvalid()).isTrue();
        assertThat(view.mentorEmail.getErrorMessage()).startsWith("No mentor account uses this email");
        assertThat(pairings.myMentors()).isEmpty();
    }

    @Test
    void the_mentor_accepts_the_invitation_and_the_applicant_is_listed() {
        AccountSummary mentor = accounts.mentor();
        AccountSummary applicant = accounts.applicant();
        accounts.signIn(applicant);
        pairings.inviteMentor(mentor.email());

        signIn(mentor);
        UI.getCurrent().navigate("applicants");
        MyApplicantsView view = _get(MyApplicantsView.class);
        assertThat(view.invitations.getElement().getTextRecursively()).contains(applicant.displayName(), "Asks you to mentor them");

        _click(_get(view.invitations, Button.class, spec -> spec.withAttribute("aria-label", "Accept " + applicant.displayName())));

        assertThat(pairings.myApplicants()).extracting(pairing -> pairing.applicantId()).containsExactly(applicant.id());
        assertThat(view.invitations.getChildren()).isEmpty();
        assertThat(view.applicants.getElement().getTextRecursively()).contains(applicant.displayName());
    }

    @Test
    void ending_a_pairing_asks_first_then_ends_it() {
        AccountSummary mentor = accounts.mentor();
        AccountSummary applicant = accounts.applicant();
        accounts.signIn(accounts.admin());
        pairings.pair(applicant.id(), mentor.id());

        signIn(applicant);
        UI.getCurrent().navigate("mentors");
        MyMentorsView view = _get(MyMentorsView.class);
        _click(_get(view.list, Button.class, spec -> spec.withAttribute("aria-label", "End pairing with " + mentor.displayName())));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        ConfirmDialogKt._fireConfirm(confirm);

        assertThat(pairings.myMentors()).isEmpty();
        assertThat(view.list.getElement().getTextRecursively()).contains("No mentors yet");
    }

    @Test
    void an_admin_pairs_an_applicant_with_a_mentor() {
        AccountSummary mentor = accounts.mentor();
        AccountSummary applicant = accounts.applicant();
        signIn(accounts.admin());
        UI.getCurrent().navigate("admin/pairings");
        PairingAdminView view = _get(PairingAdminView.class);

        view.applicant.setValue(applicant);
        view.mentor.setValue(mentor);
        _click(view.pair);

        assertThat(pairings.allOpenPairings()).anySatisfy(pairing -> {
            assertThat(pairing.applicantId()).isEqualTo(applicant.id());
            assertThat(pairing.mentorId()).isEqualTo(mentor.id());
            assertThat(pairing.status()).isEqualTo(PairingStatus.ACTIVE);
            assertThat(pairing.invitedByAdmin()).isTrue();
        });
        assertThat(view.applicant.isEmpty()).as("the form is ready for the next pair").isTrue();
    }
}
