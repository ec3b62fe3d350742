package org.matchprep.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextArea;
import org.assertj.core.api.ThrowingConsumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.matchprep.account.AccountSummary;
import org.matchprep.answers.AnswerDraft;
import org.matchprep.answers.AnswerService;
import org.matchprep.feedback.PairingService;
import org.matchprep.review.NewThread;
import org.matchprep.review.ReviewService;
import org.matchprep.review.SharingService;
import org.matchprep.review.SubjectRef;
import org.matchprep.review.ThreadView;
import org.matchprep.testing.KaribuTest;
import org.matchprep.testing.Shown;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Open review pages and queues show what the other side did without a reload: heard through PostgreSQL on the
 * node-events thread (as from any node), handed to the page's UI, pushed to the browser (here: run at the next
 * round trip). Only the changed parts are drawn again.
 */
class ReviewLiveUpdatesTest extends KaribuTest {

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
    @Autowired
    LiveReviews live;

    AccountSummary applicant;
    AccountSummary mentor;
    String part;
    SubjectRef subject;

    @BeforeEach
    void anApplicantWithAnAnswerSharedWithTheirMentor() {
        applicant = accounts.applicant();
        mentor = accounts.mentor();
        accounts.signIn(accounts.admin());
        pairings.pair(applicant.id(), mentor.id());
        accounts.signIn(applicant);
        part = answers.open(QUESTION).question().structure().parts().getFirst().key();
        answers.save(QUESTION, AnswerDraft.NOT_SAVED_YET, Map.of(part, TEXT));
        subject = SubjectRef.of("answer", answers.open(QUESTION).answerId());
        sharing.share(subject, mentor.id());
    }

    @Test
    void a_mentors_new_comment_appears_on_the_applicants_open_page_and_a_reply_being_typed_stays() {
        ThreadView first = comment("Name the rotation.");
        signIn(applicant);
        UI.getCurrent().navigate("review/answer/" + subject.id());
        ThreadCard firstCard = _get(ThreadCard.class);
        CardButtons.click(firstCard, "Reply"); // opens the reply field
        TextArea reply = _get(firstCard, TextArea.class, spec -> spec.withLabel("Reply"));
        _setValue(reply, "It was the trauma rotation, in my");
        assertThat(live.pagesWatching(subject)).isEqualTo(1);

        comment("Which year?");
        accounts.signIn(mentor);
        reviews.reply(first.id(), "And what did you do next?");

        signIn(applicant); // the refresh reads with the viewer's own access, as the pushed UI does
        eventually(view -> {
            assertThat(_find(ThreadCard.class)).hasSize(2);
            assertThat(Shown.text(firstCard)).contains("And what did you do next?");
        });
        assertThat(_find(ThreadCard.class)).as("the first thread kept its card").contains(firstCard);
        assertThat(reply.getValue()).as("the reply being typed").isEqualTo("It was the trauma rotation, in my");
        assertThat(_get(PassageText.class).marks()).isNotEmpty();
    }

    @Test
    void a_resolution_by_the_mentor_hides_the_thread_on_the_applicants_page() {
        ThreadView thread = comment("Name the rotation.");
        signIn(applicant);
        UI.getCurrent().navigate("review/answer/" + subject.id());
        assertThat(_find(ThreadCard.class)).hasSize(1);

        accounts.signIn(mentor);
        reviews.resolve(thread.id());

        signIn(applicant);
        eventually(view -> assertThat(_find(ThreadCard.class)).isEmpty());
        assertThat(Shown.text(_get(ReviewView.class))).contains("All threads are resolved.");
    }

    @Test
    void a_page_that_left_the_screen_is_told_nothing_more() {
        signIn(applicant);
        UI.getCurrent().navigate("review/answer/" + subject.id());
        assertThat(live.pagesWatching(subject)).isEqualTo(1);

        UI.getCurrent().navigate("feedback");

        assertThat(live.pagesWatching(subject)).isZero();
    }

    @Test
    void a_review_request_appears_in_the_mentors_open_queue() {
        signIn(mentor);
        UI.getCurrent().navigate("reviews");
        assertThat(_get(ReviewQueueView.class).getElement().getTextRecursively()).doesNotContain("Review requested (1)");
        assertThat(live.queuesWatching(mentor.id())).isEqualTo(1);

        accounts.signIn(applicant);
        sharing.requestReview(subject, mentor.id(), "Is the opening too long?");

        signIn(mentor);
        eventually(view -> assertThat(_get(ReviewQueueView.class).getElement().getTextRecursively())
                .contains("Review requested (1)", "Is the opening too long?"));
    }

    private ThreadView comment(String body) {
        accounts.signIn(mentor);
        Long revision = reviews.open(subject).revisionId();
        int start = TEXT.indexOf(PASSAGE);
        return reviews.startThread(new NewThread(subject, revision, part, start, start + PASSAGE.length(), PASSAGE, body));
    }

    private static void eventually(ThrowingConsumer<Void> check) {
        await().atMost(Duration.ofSeconds(10)).pollInSameThread().untilAsserted(() -> {
            MockVaadin.clientRoundtrip(false);
            check.accept(null);
        });
    }
}
