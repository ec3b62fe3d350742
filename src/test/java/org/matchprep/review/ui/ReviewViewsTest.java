package org.matchprep.review.ui;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.matchprep.account.AccountSummary;
import org.matchprep.answers.AnswerDraft;
import org.matchprep.answers.AnswerService;
import org.matchprep.feedback.PairingService;
import org.matchprep.home.HomeView;
import org.matchprep.review.NewThread;
import org.matchprep.review.ReviewService;
import org.matchprep.review.SharingService;
import org.matchprep.review.SubjectRef;
import org.matchprep.review.ThreadView;
import org.matchprep.testing.KaribuTest;
import org.matchprep.testing.Shown;
import org.matchprep.testing.Who;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.node.JsonNodeFactory;

/** The review flow without a browser: share, request, select a passage, comment, reply, revoke. */
class ReviewViewsTest extends KaribuTest {

    private static final long QUESTION = 1;
    private static final String PASSAGE = "Madras Medical College";
    private static final String TEXT = "I trained at " + PASSAGE + ", where one CT read changed a trauma patient's care.";

    @Autowired
    AnswerService answers;
    @Autowired
    SharingService sharing;
    @Autowired
    ReviewService reviews;
    @Autowired
    PairingService pairings;

    AccountSummary applicant;
    AccountSummary mentor;
    String part;
    long answerId;

    @BeforeEach
    void anApplicantWithAWrittenAnswerAndAMentor() {
        applicant = accounts.applicant();
        mentor = accounts.mentor();
        accounts.signIn(accounts.admin());
        pairings.pair(applicant.id(), mentor.id());
        accounts.signIn(applicant);
        part = answers.open(QUESTION).question().structure().parts().getFirst().key();
        answers.save(QUESTION, AnswerDraft.NOT_SAVED_YET, Map.of(part, TEXT));
        answerId = answers.open(QUESTION).answerId();
    }

    @Test
    void the_applicant_shares_from_the_review_page_and_requests_a_review_with_a_note() {
        signIn(applicant);
        UI.getCurrent().navigate("review/answer/" + answerId);
        Checkbox shareWithMentor = _get(Checkbox.class, spec -> spec.withLabel(mentor.displayName()));
        assertThat(shareWithMentor.getValue()).isFalse();

        _setValue(shareWithMentor, true);
        assertThat(sharing.sharing(subject()).mentors()).singleElement().satisfies(target -> assertThat(target.shared()).isTrue());

        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "Request review from " + mentor.displayName())));
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Note (optional)")), "Is the opening too long?");
        _click(_get(Button.class, spec -> spec.withText("Request review").withThemes("primary")));

        assertThat(Shown.notifications())
                .contains("Review requested from " + mentor.displayName() + ".");
        assertThat(Shown.text(_get(ReviewView.class))).contains("Review requested");
    }

    @Test
    void links_written_before_dossiers_were_shared_still_open_the_answer() {
        share();
        signIn(mentor);
        UI.getCurrent().navigate("review/" + answerId);
        assertThat(_get(ReviewView.class).page.subject()).isEqualTo(subject());
    }

    @Test
    void the_mentor_selects_a_passage_comments_and_the_passage_is_highlighted() {
        share();
        signIn(mentor);
        UI.getCurrent().navigate("review/answer/" + answerId);
        ReviewView view = _get(ReviewView.class);
        int start = TEXT.indexOf(PASSAGE);

        // what the browser script reports when the mentor selects the words
        view.text.passageSelected(part, start, start + PASSAGE.length(), PASSAGE);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Your comment on this passage")), "Name the rotation.");
        _click(_get(Button.class, spec -> spec.withText("Comment")));

        assertThat(marks()).containsExactly(PASSAGE);
        assertThat(Shown.text(_get(ThreadCard.class))).contains("Name the rotation.", PASSAGE);
    }

    @Test
    void with_the_keyboard_the_mentor_types_the_passage_instead_of_selecting_it() {
        share();
        signIn(mentor);
        UI.getCurrent().navigate("review/answer/" + answerId);

        _setValue(_get(TextField.class, spec -> spec.withLabel("Passage to comment on")), "words that are not there");
        _click(_get(Button.class, spec -> spec.withText("Find passage")));
        assertThat(Shown.notifications())
                .contains("Those words are not in the answer. Copy them exactly as they stand.");

        _setValue(_get(TextField.class, spec -> spec.withLabel("Passage to comment on")), PASSAGE);
        _click(_get(Button.class, spec -> spec.withText("Find passage")));
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Your comment on this passage")), "Which year?");
        _click(_get(Button.class, spec -> spec.withText("Comment")));

        assertThat(marks()).containsExactly(PASSAGE);
    }

    @Test
    void an_empty_comment_is_refused_with_a_message_and_nothing_is_posted() {
        share();
        signIn(mentor);
        UI.getCurrent().navigate("review/answer/" + answerId);
        int start = TEXT.indexOf(PASSAGE);
        _get(ReviewView.class).text.passageSelected(part, start, start + PASSAGE.length(), PASSAGE);

        _click(_get(Button.class, spec -> spec.withText("Comment")));

        assertThat(Shown.notifications())
                .contains("Write something before posting: the comment is empty.");
        assertThat(_find(ThreadCard.class)).isEmpty();
    }

    @Test
    void the_applicant_sees_the_comment_as_text_and_replies() {
        share();
        String markup = "<img src=x onerror=alert(1)> <script>alert(2)</script>";
        comment(markup);

        signIn(applicant);
        UI.getCurrent().navigate("review/answer/" + answerId);
        assertThat(marks()).containsExactly(PASSAGE);
        ThreadCard card = _get(ThreadCard.class);
        assertThat(Shown.text(card)).contains(markup);
        assertThat(Shown.html(card).select("img, script, [onerror]")).as("the comment is characters, not markup").isEmpty();

        assertThat(_find(card, Button.class)).as("a card nobody works in is HTML, its buttons too").isEmpty();
        CardButtons.click(card, "Reply"); // opens the reply field
        _setValue(_get(card, TextArea.class, spec -> spec.withLabel("Reply")), "It was the trauma rotation.");
        _click(_get(card, Button.class, spec -> spec.withText("Send reply")));

        assertThat(Shown.text(_get(ThreadCard.class))).contains("It was the trauma rotation.");
        assertThat(_find(card, TextArea.class)).as("the posted reply's field is closed").isEmpty();
        assertThat(CardButtons.texts(card)).containsOnlyOnce("Reply").doesNotContain("Send reply");
        CardButtons.click(_get(ThreadCard.class), "Show passage");
        assertThat(_get(ReviewView.class).chosenThread).isNotNull();
    }

    @Test
    void every_named_control_on_the_review_page_starts_its_name_with_the_words_it_shows() {
        share();
        comment("Name the rotation.");
        signIn(applicant);
        UI.getCurrent().navigate("review/answer/" + answerId);

        // WCAG 2.5.3: someone who says what they see ("click Show passage") must reach the control
        ReviewView view = _get(ReviewView.class);
        // the words each control shows, and its accessible name: buttons, and the marks drawn as HTML in the text
        List<Map.Entry<String, String>> named = new ArrayList<>();
        _find(view, Button.class).stream().map(Component::getElement)
                .forEach(button -> named.add(entry(button.getTextRecursively().strip(), button.getAttribute("aria-label"))));
        Shown.html(view).select("[aria-label]").forEach(drawn -> named.add(entry(drawn.text().strip(), drawn.attr("aria-label"))));
        assertThat(named).filteredOn(control -> control.getValue() != null && !control.getKey().isBlank())
                .extracting(Map.Entry::getKey)
                .contains("Request review", "Show passage", PASSAGE);
        assertThat(named).allSatisfy(control -> {
            if (control.getValue() != null && !control.getKey().isEmpty()) {
                assertThat(control.getValue()).startsWith(control.getKey());
            }
        });
    }

    @Test
    void choosing_a_marked_passage_with_a_click_or_enter_shows_its_thread() {
        share();
        ThreadView thread = comment("Name the rotation.");
        signIn(applicant);
        UI.getCurrent().navigate("review/answer/" + answerId);
        PassageText text = _get(PassageText.class);
        assertThat(text.marks()).singleElement()
                .satisfies(mark -> assertThat(mark.attr("data-thread")).isEqualTo(String.valueOf(thread.id())));

        // the browser reports the mark's thread; one listener on the text serves every mark
        // (what its filter found is sent along: the event happened on a mark)
        _fireDomEvent(text, "click", JsonNodeFactory.instance.objectNode().put(PassageText.MARK_CLICKED, true)
                .put(PassageText.MARK_THREAD, "" + thread.id()));
        assertThat(_get(ReviewView.class).chosenThread).isEqualTo(thread.id());
        assertThat(_get(ThreadCard.class).getClassNames()).contains("chosen");
        assertThat(text.marks().getFirst().classNames()).contains("chosen");

        _get(ReviewView.class).chosenThread = null;
        _fireDomEvent(text, "keydown", JsonNodeFactory.instance.objectNode().put(PassageText.MARK_ENTERED, true)
                .put(PassageText.MARK_THREAD, "" + thread.id()));
        assertThat(_get(ReviewView.class).chosenThread).isEqualTo(thread.id());
    }

    @Test
    void the_mentor_edits_and_deletes_an_own_comment_from_the_one_button_that_offers_both() {
        share();
        comment("Name the rotation.");
        signIn(mentor);
        UI.getCurrent().navigate("review/answer/" + answerId);
        ThreadCard card = _get(ThreadCard.class);
        assertThat(CardButtons.texts(card)).as("offered when asked for").doesNotContain("Edit");

        CardButtons.click(card, "Edit or delete");
        CardButtons.click(card, "Edit");
        _setValue(_get(card, TextArea.class, spec -> spec.withLabel("Edit your comment")), "Name the rotation and the year.");
        _click(_get(card, Button.class, spec -> spec.withText("Save")));
        assertThat(Shown.text(_get(ThreadCard.class))).contains("Name the rotation and the year.", "edited");

        card = _get(ThreadCard.class);
        CardButtons.click(card, "Edit or delete");
        CardButtons.click(card, "Delete");
        _fireConfirm(_get(ConfirmDialog.class));
        assertThat(Shown.text(_get(ThreadCard.class))).contains("Comment deleted.")
                .doesNotContain("Name the rotation and the year.");
    }

    @Test
    void a_click_reported_for_someone_elses_comment_or_a_thread_not_shown_does_nothing() {
        share();
        ThreadView thread = comment("Name the rotation.");
        signIn(applicant);
        UI.getCurrent().navigate("review/answer/" + answerId);
        ThreadCard card = _get(ThreadCard.class);
        Component list = card.getParent().orElseThrow();
        String mentorsComment = String.valueOf(thread.comments().getFirst().id());

        CardButtons.report(list, "edit", String.valueOf(thread.id()), mentorsComment);
        CardButtons.report(list, "delete", String.valueOf(thread.id()), mentorsComment);
        CardButtons.report(list, "offer", String.valueOf(thread.id()), mentorsComment);
        CardButtons.report(list, "reply", String.valueOf(thread.id() + 1000), "");
        CardButtons.report(list, "reply", "1 or 1=1", "");
        CardButtons.report(list, "anything", String.valueOf(thread.id()), "");

        assertThat(_find(TextArea.class)).isEmpty();
        assertThat(_find(ConfirmDialog.class)).isEmpty();
        assertThat(CardButtons.texts(card)).containsExactly("Show passage", "Reply", "Resolve");
        assertThat(Shown.text(card)).contains("Name the rotation.");
    }

    @Test
    void the_applicant_has_no_edit_or_delete_on_the_mentors_comment() {
        share();
        comment("Name the rotation.");
        signIn(applicant);
        UI.getCurrent().navigate("review/answer/" + answerId);
        assertThat(CardButtons.texts(_get(ThreadCard.class))).contains("Reply").doesNotContain("Edit or delete");
    }

    @Test
    void resolving_hides_the_thread_until_resolved_ones_are_shown() {
        share();
        comment("Tighten this.");
        signIn(applicant);
        UI.getCurrent().navigate("review/answer/" + answerId);

        CardButtons.click(_get(ThreadCard.class), "Resolve");
        assertThat(_find(ThreadCard.class)).isEmpty();
        assertThat(marks()).isEmpty();

        _setValue(_get(Checkbox.class, spec -> spec.withLabel("Show resolved (1)")), true);
        assertThat(_find(ThreadCard.class)).hasSize(1);
        CardButtons.click(_get(ThreadCard.class), "Reopen");
        assertThat(marks()).containsExactly(PASSAGE);
    }

    @Test
    void when_the_applicant_revokes_the_share_the_mentors_open_page_refuses_the_next_action() {
        share();
        comment("First thought.");
        signIn(mentor);
        UI.getCurrent().navigate("review/answer/" + answerId);
        ThreadCard card = _get(ThreadCard.class);

        accounts.signIn(applicant);
        sharing.revoke(subject(), mentor.id());
        signIn(mentor);
        CardButtons.click(card, "Reply"); // opens the reply field
        _setValue(_get(card, TextArea.class, spec -> spec.withLabel("Reply")), "Second thought.");
        _click(_get(card, Button.class, spec -> spec.withText("Send reply")));

        assertThat(Shown.notifications())
                .contains("This answer is not shared with you any more.");
        assertThat(NavigatorKt.getCurrentView()).isEqualTo(ReviewQueueView.class);
    }

    @Test
    void the_mentor_queue_lists_the_request_and_the_applicant_sees_it_under_feedback() {
        accounts.signIn(applicant);
        sharing.requestReview(subject(), mentor.id(), "Is the opening too long?");

        signIn(mentor);
        UI.getCurrent().navigate("reviews");
        assertThat(_get(ReviewQueueView.class).getElement().getTextRecursively())
                .contains("Review requested (1)", applicant.displayName(), "Is the opening too long?");

        signIn(applicant);
        UI.getCurrent().navigate("feedback");
        assertThat(_get(FeedbackView.class).getElement().getTextRecursively())
                .contains(mentor.displayName() + " (review requested)");
    }

    @Test
    void empty_queue_and_empty_feedback_say_what_to_do_next() {
        signInAndOpen(Who.MENTOR);
        UI.getCurrent().navigate("reviews");
        assertThat(_get(ReviewQueueView.class).getElement().getTextRecursively()).contains("Nothing to review yet");

        signInAndOpen(Who.APPLICANT);
        UI.getCurrent().navigate("feedback");
        assertThat(_get(FeedbackView.class).getElement().getTextRecursively()).contains("Nothing is shared yet", "Go to Programs");
    }

    @Test
    void an_admin_cannot_open_a_review_and_another_applicant_is_sent_home() {
        share();
        signInAndOpen(Who.ADMIN);
        assertThatThrownBy(() -> UI.getCurrent().navigate("review/answer/" + answerId)).isInstanceOf(MockAccessDeniedException.class);

        signInAndOpen(Who.APPLICANT);
        UI.getCurrent().navigate("review/answer/" + answerId);
        assertThat(NavigatorKt.getCurrentView()).isEqualTo(HomeView.class);
        assertThat(_find(ThreadCard.class)).isEmpty();
    }

    @Test
    void a_mentor_the_answer_is_not_shared_with_is_sent_home() {
        signIn(mentor);
        UI.getCurrent().navigate("review/answer/" + answerId);
        assertThat(NavigatorKt.getCurrentView()).isEqualTo(HomeView.class);
    }

    private SubjectRef subject() {
        return SubjectRef.of("answer", answerId);
    }

    private void share() {
        accounts.signIn(applicant);
        sharing.share(subject(), mentor.id());
    }

    private ThreadView comment(String body) {
        accounts.signIn(mentor);
        Long revision = reviews.open(subject()).revisionId();
        int start = TEXT.indexOf(PASSAGE);
        return reviews.startThread(new NewThread(subject(), revision, part, start,
                start + PASSAGE.length(), PASSAGE, body));
    }

    private static List<String> marks() {
        return _get(PassageText.class).marks().stream().map(org.jsoup.nodes.Element::wholeText).toList();
    }
}
