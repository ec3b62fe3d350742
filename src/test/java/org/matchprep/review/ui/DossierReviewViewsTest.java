package org.matchprep.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextArea;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.matchprep.account.AccountSummary;
import org.matchprep.feedback.PairingService;
import org.matchprep.home.HomeView;
import org.matchprep.review.SharingService;
import org.matchprep.review.SubjectRef;
import org.matchprep.season.DossierDetails;
import org.matchprep.season.DossierService;
import org.matchprep.season.DossierSummary;
import org.matchprep.season.ProgramType;
import org.matchprep.testing.KaribuTest;
import org.matchprep.testing.Shown;
import org.springframework.beans.factory.annotation.Autowired;

/** A program dossier shared for feedback, without a browser: share, select a passage, comment, reply, queue. */
class DossierReviewViewsTest extends KaribuTest {

    private static final String PASSAGE = "dedicated reading room";
    private static final String STRENGTHS = "Strong neuroradiology with a " + PASSAGE + " for residents.";

    @Autowired
    DossierService dossiers;
    @Autowired
    SharingService sharing;
    @Autowired
    PairingService pairings;

    AccountSummary applicant;
    AccountSummary mentor;
    long dossierId;

    @BeforeEach
    void anApplicantWithADossierAndAMentor() {
        applicant = accounts.applicant();
        mentor = accounts.mentor();
        accounts.signIn(accounts.admin());
        pairings.pair(applicant.id(), mentor.id());
        accounts.signIn(applicant);
        dossierId = dossiers.create(new DossierDetails("Mayo Clinic", "Rochester", "MN", ProgramType.ACADEMIC, "",
                "", STRENGTHS, "", "", "", List.of(), List.of("The reading room"))).id();
    }

    @Test
    void the_applicant_ticks_a_mentor_on_the_dossier_page() {
        signIn(applicant);
        UI.getCurrent().navigate("review/dossier/" + dossierId);
        assertThat(Shown.text(_get(ReviewView.class))).contains("Mayo Clinic", STRENGTHS,
                "No comments yet. Share this dossier");

        _setValue(_get(Checkbox.class, spec -> spec.withLabel(mentor.displayName())), true);

        assertThat(Shown.notifications()).contains("Shared with " + mentor.displayName() + ".");
        assertThat(sharing.sharing(subject()).mentors()).singleElement()
                .satisfies(target -> assertThat(target.shared()).isTrue());
    }

    @Test
    void the_mentor_comments_via_the_selection_and_the_applicant_replies() {
        share();
        signIn(mentor);
        UI.getCurrent().navigate("review/dossier/" + dossierId);
        ReviewView view = _get(ReviewView.class);
        assertThat(_find(Checkbox.class, spec -> spec.withLabel(mentor.displayName()))).isEmpty();
        int start = STRENGTHS.indexOf(PASSAGE);

        // what the browser script reports when the mentor selects the words
        view.text.passageSelected("strengths", start, start + PASSAGE.length(), PASSAGE);
        String markup = "<img src=x onerror=alert(1)> Which scanners?";
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Your comment on this passage")), markup);
        _click(_get(Button.class, spec -> spec.withText("Comment")));

        assertThat(marks()).containsExactly(PASSAGE);
        assertThat(Shown.text(_get(ThreadCard.class))).contains(markup).doesNotContain("on revision");

        signIn(applicant);
        UI.getCurrent().navigate("review/dossier/" + dossierId);
        assertThat(marks()).containsExactly(PASSAGE);
        ThreadCard card = _get(ThreadCard.class);
        assertThat(Shown.text(card)).contains(markup);
        CardButtons.click(card, "Reply"); // opens the reply field
        _setValue(_get(card, TextArea.class, spec -> spec.withLabel("Reply")), "Two 3T MRIs.");
        _click(_get(card, Button.class, spec -> spec.withText("Send reply")));
        assertThat(Shown.text(_get(ThreadCard.class))).contains("Two 3T MRIs.");
    }

    @Test
    void the_mentor_queue_and_the_applicants_feedback_page_list_the_shared_dossier() {
        share();
        signIn(mentor);
        UI.getCurrent().navigate("reviews");
        String queue = _get(ReviewQueueView.class).getElement().getTextRecursively();
        assertThat(queue).contains("Shared with you (1)", "Mayo Clinic", "Program dossier", applicant.displayName());
        assertThat(_get(Anchor.class, spec -> spec.withText("Mayo Clinic")).getHref())
                .isEqualTo("review/dossier/" + dossierId);

        signIn(applicant);
        UI.getCurrent().navigate("feedback");
        assertThat(_get(FeedbackView.class).getElement().getTextRecursively())
                .contains("Mayo Clinic", "Program dossier", "Shared with " + mentor.displayName() + " (shared)");
    }

    @Test
    void a_mentor_it_is_not_shared_with_is_sent_home() {
        signIn(mentor);
        UI.getCurrent().navigate("review/dossier/" + dossierId);
        assertThat(NavigatorKt.getCurrentView()).isEqualTo(HomeView.class);
        assertThat(Shown.notifications()).contains("This dossier is not shared with you (any more).");
    }

    private SubjectRef subject() {
        return SubjectRef.of("dossier", dossierId);
    }

    private void share() {
        accounts.signIn(applicant);
        sharing.share(subject(), mentor.id());
    }

    private static List<String> marks() {
        return _get(PassageText.class).marks().stream().map(Element::wholeText).toList();
    }

    @Test
    void the_applicant_requests_a_review_of_a_dossier_and_the_mentor_sees_what_changed_after_marking_it_done() {
        signIn(applicant);
        UI.getCurrent().navigate("review/dossier/" + dossierId);
        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "Request review from " + mentor.displayName())));
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Note (optional)")), "Is my red flag fair?");
        _click(_get(Button.class, spec -> spec.withText("Request review").withThemes("primary")));
        assertThat(Shown.notifications()).contains("Review requested from " + mentor.displayName() + ".");

        signIn(mentor);
        UI.getCurrent().navigate("reviews");
        assertThat(_get(ReviewQueueView.class).getElement().getTextRecursively())
                .contains("Review requested (1)", "Mayo Clinic", "Is my red flag fair?");
        UI.getCurrent().navigate("review/dossier/" + dossierId);
        assertThat(Shown.text(_get(ReviewView.class))).contains("In review", "Is my red flag fair?");
        _click(_get(Button.class, spec -> spec.withText("Mark review done")));

        accounts.signIn(applicant);
        DossierSummary now = dossiers.dossier(dossierId);
        dossiers.update(dossierId, now.version(), new DossierDetails("Mayo Clinic", "Rochester", "MN", ProgramType.ACADEMIC,
                "", "", STRENGTHS.replace("dedicated", "dedicated and quiet"), "", "", "", List.of(), List.of("The reading room")));

        signIn(mentor);
        UI.getCurrent().navigate("review/dossier/" + dossierId);
        _click(_find(Button.class).stream().filter(button -> button.getText().startsWith("Changes since your review"))
                .findFirst().orElseThrow());
        assertThat(_get(com.vaadin.flow.component.dialog.Dialog.class).getElement().getTextRecursively())
                .contains("as you reviewed it", "quiet");
    }
}
