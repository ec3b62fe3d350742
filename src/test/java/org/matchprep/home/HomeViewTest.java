package org.matchprep.home;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.matchprep.account.AccountSummary;
import org.matchprep.answers.AnswerDraft;
import org.matchprep.answers.AnswerService;
import org.matchprep.feedback.PairingService;
import org.matchprep.review.SharingService;
import org.matchprep.review.SubjectRef;
import org.matchprep.security.ui.LoginView;
import org.matchprep.testing.KaribuTest;
import org.matchprep.testing.Who;
import org.springframework.beans.factory.annotation.Autowired;

class HomeViewTest extends KaribuTest {

    @Autowired
    PairingService pairings;
    @Autowired
    AnswerService answers;
    @Autowired
    SharingService sharing;

    @Test
    void an_anonymous_visitor_opening_home_is_sent_to_sign_in() {
        signInAndOpen(Who.ANONYMOUS);
        UI.getCurrent().navigate("");
        _get(LoginView.class);
    }

    @Test
    void an_applicant_lands_on_the_applicant_home() {
        signInAndOpen(Who.APPLICANT);
        UI.getCurrent().navigate("");
        assertThat(_get(ApplicantHome.class)).isNotNull();
    }

    @Test
    void a_mentor_with_nothing_shared_is_told_what_will_appear() {
        signInAndOpen(Who.MENTOR);
        UI.getCurrent().navigate("");
        assertThat(_get(MentorHome.class).getElement().getTextRecursively()).contains("Nothing to review yet");
    }

    @Test
    void a_mentor_sees_the_reviews_waiting_for_them() {
        AccountSummary applicant = accounts.applicant();
        AccountSummary mentor = accounts.mentor();
        accounts.signIn(accounts.admin());
        pairings.pair(applicant.id(), mentor.id());
        accounts.signIn(applicant);
        String part = answers.open(1).question().structure().parts().getFirst().key();
        answers.save(1, AnswerDraft.NOT_SAVED_YET, Map.of(part, "I grew up in Chennai."));
        sharing.requestReview(SubjectRef.of("answer", answers.open(1).answerId()), mentor.id(), null);

        signIn(mentor);
        UI.getCurrent().navigate("");

        assertThat(_get(MentorHome.class).getElement().getTextRecursively())
                .contains("1 review is waiting for you.", applicant.displayName() + ": Tell me about yourself.");
    }
}
