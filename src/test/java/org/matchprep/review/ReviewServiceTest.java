package org.matchprep.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.matchprep.account.AccountSummary;
import org.matchprep.answers.RevisionSummary;
import org.matchprep.answers.domain.Revision;
import org.matchprep.review.ThreadView.CommentView;
import org.matchprep.review.domain.ThreadComment;
import org.matchprep.testing.Who;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.persistence.EntityManager;

class ReviewServiceTest extends ReviewTestSupport {

    private static final String TEXT = "I chose radiology because every image is a puzzle worth solving.";

    @Autowired
    private PlatformTransactionManager transactionManager;

    @Autowired
    private EntityManager entityManager;

    private final ExecutorService pool = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopThreads() {
        pool.shutdownNow();
    }

    // --- who may call what -----------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(Who.class)
    void opening_is_for_the_applicant_and_the_mentor_it_is_shared_with(Who who) {
        Setup setup = shared(TEXT);
        caller(who, setup.applicant(), setup.mentor());

        if (who == Who.APPLICANT || who == Who.MENTOR) {
            ReviewPage page = review.open(answer(setup.answerId()));
            assertThat(page.subject()).isEqualTo(answerOf(setup));
            assertThat(page.viewerIsMentor()).isEqualTo(who == Who.MENTOR);
            assertThat(page.parts()).singleElement().extracting(ReviewPage.PartText::text).isEqualTo(TEXT);
        } else {
            assertThatThrownBy(() -> review.open(answer(setup.answerId()))).isExactlyInstanceOf(who.refusedWhereOnly(Who.APPLICANT, Who.MENTOR, Who.ADMIN));
        }
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void starting_a_thread_is_for_the_mentor_only(Who who) {
        Setup setup = shared(TEXT);
        ReviewPage page = openAs(setup.applicant(), setup.answerId());
        NewThread request = request(setup, page.revisionId(), "puzzle", "Which puzzle?");
        caller(who, setup.applicant(), setup.mentor());

        if (who == Who.MENTOR) {
            ThreadView thread = review.startThread(request);
            assertThat(thread.quote()).isEqualTo("puzzle");
            assertThat(threadsOf(setup.answerId())).isEqualTo(1);
        } else {
            assertThatThrownBy(() -> review.startThread(request)).isInstanceOf(AuthorizationDeniedException.class);
            assertThat(threadsOf(setup.answerId())).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void replying_is_for_the_applicant_and_the_threads_mentor(Who who) {
        Setup setup = shared(TEXT);
        ThreadView thread = comment(setup, setup.mentor(), "puzzle", "Which puzzle?");
        caller(who, setup.applicant(), setup.mentor());

        if (who == Who.APPLICANT || who == Who.MENTOR) {
            review.reply(thread.id(), "A reply.");
            assertThat(commentsOf(thread)).isEqualTo(2);
        } else {
            assertThatThrownBy(() -> review.reply(thread.id(), "A reply.")).isExactlyInstanceOf(who.refusedWhereOnly(Who.APPLICANT, Who.MENTOR, Who.ADMIN));
            assertThat(commentsOf(thread)).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void editing_a_comment_is_for_its_author(Who who) {
        Setup setup = shared(TEXT);
        ThreadView thread = comment(setup, setup.mentor(), "puzzle", "Which puzzle?");
        run(setup.applicant(), () -> review.reply(thread.id(), "The chest films."));
        List<CommentView> comments = openAs(setup.applicant(), setup.answerId()).threads().getFirst().comments();
        long mentorsComment = comments.get(0).id();
        long applicantsReply = comments.get(1).id();
        caller(who, setup.applicant(), setup.mentor());

        switch (who) {
            case APPLICANT -> {
                review.editComment(applicantsReply, "The CT scans.");
                assertThatThrownBy(() -> review.editComment(mentorsComment, "Hijacked")).isInstanceOf(AccessDeniedException.class);
            }
            case MENTOR -> {
                review.editComment(mentorsComment, "Which puzzle, exactly?");
                assertThatThrownBy(() -> review.editComment(applicantsReply, "Hijacked")).isInstanceOf(AccessDeniedException.class);
            }
            default -> {
                assertThatThrownBy(() -> review.editComment(mentorsComment, "Hijacked")).isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> review.editComment(applicantsReply, "Hijacked")).isInstanceOf(AccessDeniedException.class);
            }
        }
        assertThat(bodyOf(mentorsComment)).isEqualTo(who == Who.MENTOR ? "Which puzzle, exactly?" : "Which puzzle?");
        assertThat(bodyOf(applicantsReply)).isEqualTo(who == Who.APPLICANT ? "The CT scans." : "The chest films.");
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void deleting_a_comment_is_for_its_author(Who who) {
        Setup setup = shared(TEXT);
        ThreadView thread = comment(setup, setup.mentor(), "puzzle", "Which puzzle?");
        run(setup.applicant(), () -> review.reply(thread.id(), "The chest films."));
        List<CommentView> comments = openAs(setup.applicant(), setup.answerId()).threads().getFirst().comments();
        long mentorsComment = comments.get(0).id();
        long applicantsReply = comments.get(1).id();
        caller(who, setup.applicant(), setup.mentor());

        switch (who) {
            case APPLICANT -> {
                review.deleteComment(applicantsReply);
                assertThatThrownBy(() -> review.deleteComment(mentorsComment)).isInstanceOf(AccessDeniedException.class);
            }
            case MENTOR -> {
                review.deleteComment(mentorsComment);
                assertThatThrownBy(() -> review.deleteComment(applicantsReply)).isInstanceOf(AccessDeniedException.class);
            }
            default -> {
                assertThatThrownBy(() -> review.deleteComment(mentorsComment)).isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> review.deleteComment(applicantsReply)).isInstanceOf(AccessDeniedException.class);
            }
        }
        assertThat(isDeleted(mentorsComment)).isEqualTo(who == Who.MENTOR);
        assertThat(isDeleted(applicantsReply)).isEqualTo(who == Who.APPLICANT);
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void resolving_is_for_the_applicant_and_the_threads_mentor(Who who) {
        Setup setup = shared(TEXT);
        ThreadView thread = comment(setup, setup.mentor(), "puzzle", "Which puzzle?");
        caller(who, setup.applicant(), setup.mentor());

        if (who == Who.APPLICANT || who == Who.MENTOR) {
            review.resolve(thread.id());
            assertThat(isResolved(thread)).isTrue();
        } else {
            assertThatThrownBy(() -> review.resolve(thread.id())).isExactlyInstanceOf(who.refusedWhereOnly(Who.APPLICANT, Who.MENTOR, Who.ADMIN));
            assertThat(isResolved(thread)).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void reopening_is_for_the_applicant_and_the_threads_mentor(Who who) {
        Setup setup = shared(TEXT);
        ThreadView thread = comment(setup, setup.mentor(), "puzzle", "Which puzzle?");
        run(setup.mentor(), () -> review.resolve(thread.id()));
        clock.advance(Duration.ofSeconds(1));
        caller(who, setup.applicant(), setup.mentor());

        if (who == Who.APPLICANT || who == Who.MENTOR) {
            review.reopen(thread.id());
            assertThat(isResolved(thread)).isFalse();
        } else {
            assertThatThrownBy(() -> review.reopen(thread.id())).isExactlyInstanceOf(who.refusedWhereOnly(Who.APPLICANT, Who.MENTOR, Who.ADMIN));
            assertThat(isResolved(thread)).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void finishing_a_review_is_for_the_mentor_only(Who who) {
        Setup setup = shared(TEXT);
        caller(who, setup.applicant(), setup.mentor());

        if (who == Who.MENTOR) {
            review.finishReview(answer(setup.answerId()));
            assertThat(reviewStatus(setup, setup.mentor())).isEqualTo("DONE");
        } else {
            assertThatThrownBy(() -> review.finishReview(answer(setup.answerId()))).isInstanceOf(AuthorizationDeniedException.class);
            assertThat(reviewStatus(setup, setup.mentor())).isEqualTo("NONE");
        }
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void changes_since_my_last_review_are_for_the_mentor_only(Who who) {
        Setup setup = shared(TEXT);
        run(setup.mentor(), () -> review.finishReview(answer(setup.answerId())));
        save(setup.applicant(), setup.question(), TEXT + " More.");
        caller(who, setup.applicant(), setup.mentor());

        if (who == Who.MENTOR) {
            assertThat(review.changesSinceMyLastReview(answer(setup.answerId()))).isPresent();
        } else {
            assertThatThrownBy(() -> review.changesSinceMyLastReview(answer(setup.answerId())))
                    .isInstanceOf(AuthorizationDeniedException.class);
        }
    }

    @Test
    void nobody_signed_in_at_all_is_refused_by_every_method() {
        Setup setup = shared(TEXT);
        ThreadView thread = comment(setup, setup.mentor(), "puzzle", "Which puzzle?");
        long comment = thread.comments().getFirst().id();
        NewThread request = request(setup, openAs(setup.applicant(), setup.answerId()).revisionId(), "image", "Hm");
        accounts.signOut();

        Class<AuthenticationCredentialsNotFoundException> refused = AuthenticationCredentialsNotFoundException.class;
        assertThatThrownBy(() -> review.open(answer(setup.answerId()))).isInstanceOf(refused);
        assertThatThrownBy(() -> review.startThread(request)).isInstanceOf(refused);
        assertThatThrownBy(() -> review.reply(thread.id(), "x")).isInstanceOf(refused);
        assertThatThrownBy(() -> review.editComment(comment, "x")).isInstanceOf(refused);
        assertThatThrownBy(() -> review.deleteComment(comment)).isInstanceOf(refused);
        assertThatThrownBy(() -> review.resolve(thread.id())).isInstanceOf(refused);
        assertThatThrownBy(() -> review.reopen(thread.id())).isInstanceOf(refused);
        assertThatThrownBy(() -> review.finishReview(answer(setup.answerId()))).isInstanceOf(refused);
        assertThatThrownBy(() -> review.changesSinceMyLastReview(answer(setup.answerId()))).isInstanceOf(refused);
        assertThat(threadsOf(setup.answerId())).isEqualTo(1);
        assertThat(commentsOf(thread)).isEqualTo(1);
    }

    // --- someone else's ids -------------------------------------------------------------------------

    @Test
    void another_applicant_cannot_reach_my_answer_or_its_threads_and_comments() {
        Setup setup = shared(TEXT);
        ThreadView thread = comment(setup, setup.mentor(), "puzzle", "Which puzzle?");
        long comment = thread.comments().getFirst().id();
        AccountSummary intruder = accounts.applicant();
        pair(intruder, setup.mentor());
        accounts.signIn(intruder);

        assertThatThrownBy(() -> review.open(answer(setup.answerId()))).isInstanceOf(AccessDeniedException.class)
                .hasMessage(SubjectAccess.notSharedMessage("answer"));
        assertThatThrownBy(() -> review.open(answer(Long.MAX_VALUE))).as("same refusal for an id that does not exist")
                .isInstanceOf(AccessDeniedException.class).hasMessage(SubjectAccess.notSharedMessage("answer"));
        assertThatThrownBy(() -> review.reply(thread.id(), "Mine now")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> review.editComment(comment, "Mine now")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> review.deleteComment(comment)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> review.resolve(thread.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> review.reopen(thread.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> review.reply(thread.id(), "x")).as("same refusal as for a thread that does not exist")
                .hasMessage(Threads.refused().getMessage());
        assertThatThrownBy(() -> review.reply(Long.MAX_VALUE, "x")).isInstanceOf(AccessDeniedException.class)
                .hasMessage(Threads.refused().getMessage());
        assertThatThrownBy(() -> review.editComment(Long.MAX_VALUE, "x")).isInstanceOf(AccessDeniedException.class)
                .hasMessage(Threads.refused().getMessage());

        assertThat(commentsOf(thread)).isEqualTo(1);
        assertThat(bodyOf(comment)).isEqualTo("Which puzzle?");
        assertThat(isResolved(thread)).isFalse();
        assertThat(notificationsOf(setup.mentor())).isEmpty();
    }

    @Test
    void a_mentor_the_answer_is_not_shared_with_is_refused_whether_paired_or_not() {
        Setup setup = shared(TEXT);
        ThreadView thread = comment(setup, setup.mentor(), "puzzle", "Which puzzle?");
        long revision = openAs(setup.applicant(), setup.answerId()).revisionId();
        AccountSummary pairedOnly = accounts.mentor();
        pair(setup.applicant(), pairedOnly);
        AccountSummary stranger = accounts.mentor();

        for (AccountSummary mentor : List.of(pairedOnly, stranger)) {
            accounts.signIn(mentor);
            assertThatThrownBy(() -> review.open(answer(setup.answerId()))).isInstanceOf(AccessDeniedException.class)
                    .hasMessage(SubjectAccess.notSharedMessage("answer"));
            assertThatThrownBy(() -> review.startThread(request(setup, revision, "image", "Hi")))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> review.reply(thread.id(), "x")).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> review.resolve(thread.id())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> review.finishReview(answer(setup.answerId()))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> review.changesSinceMyLastReview(answer(setup.answerId()))).isInstanceOf(AccessDeniedException.class);
            assertThat(sharing.reviewQueue()).isEmpty();
        }
        assertThat(threadsOf(setup.answerId())).isEqualTo(1);
        assertThat(commentsOf(thread)).isEqualTo(1);
    }

    @Test
    void mentors_see_only_their_own_threads_and_cannot_touch_another_mentors_while_the_applicant_sees_all() {
        Setup setup = shared(TEXT);
        AccountSummary other = secondMentor(setup);
        ThreadView mine = comment(setup, setup.mentor(), "puzzle", "Which puzzle?");
        ThreadView theirs = comment(setup, other, "radiology", "Why radiology?");
        long theirComment = theirs.comments().getFirst().id();

        assertThat(openAs(setup.mentor(), setup.answerId()).threads()).extracting(ThreadView::id).containsExactly(mine.id());
        assertThat(openAs(other, setup.answerId()).threads()).extracting(ThreadView::id).containsExactly(theirs.id());
        assertThat(openAs(setup.applicant(), setup.answerId()).threads()).extracting(ThreadView::id)
                .containsExactly(mine.id(), theirs.id());

        accounts.signIn(setup.mentor());
        assertThatThrownBy(() -> review.reply(theirs.id(), "Butting in")).isInstanceOf(AccessDeniedException.class)
                .hasMessage(Threads.refused().getMessage());
        assertThatThrownBy(() -> review.editComment(theirComment, "x")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> review.deleteComment(theirComment)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> review.resolve(theirs.id())).isInstanceOf(AccessDeniedException.class);
        run(other, () -> review.resolve(theirs.id()));
        clock.advance(Duration.ofSeconds(1));
        accounts.signIn(setup.mentor());
        assertThatThrownBy(() -> review.reopen(theirs.id())).isInstanceOf(AccessDeniedException.class);

        assertThat(commentsOf(theirs)).isEqualTo(1);
        assertThat(bodyOf(theirComment)).isEqualTo("Why radiology?");
        assertThat(isResolved(theirs)).isTrue();
    }

    @Test
    void a_revision_of_another_answer_is_refused() {
        Setup setup = shared(TEXT);
        Setup other = shared(TEXT);
        long othersRevision = openAs(other.applicant(), other.answerId()).revisionId();
        openAs(setup.mentor(), setup.answerId());

        assertThatThrownBy(() -> run(setup.mentor(), () -> review.startThread(request(setup, othersRevision, "puzzle", "Hi"))))
                .isInstanceOf(ReviewException.class)
                .hasMessageContaining("version of the answer no longer exists");
        assertThatThrownBy(() -> run(setup.mentor(), () -> review.startThread(request(setup, Long.MAX_VALUE, "puzzle", "Hi"))))
                .isInstanceOf(ReviewException.class);
        assertThat(threadsOf(setup.answerId())).isZero();
        assertThat(threadsOf(other.answerId())).isZero();
    }

    // --- starting threads -------------------------------------------------------------------------

    @Test
    void a_thread_is_placed_on_the_passage_it_was_made_on_and_tells_the_applicant_once() {
        Setup setup = shared(TEXT);
        int start = TEXT.indexOf("every image");

        ThreadView thread = comment(setup, setup.mentor(), "every image", "Every single one?");

        assertThat(thread.start()).isEqualTo(start);
        assertThat(thread.end()).isEqualTo(start + "every image".length());
        assertThat(thread.exact()).isTrue();
        assertThat(thread.outdated()).isFalse();
        assertThat(thread.quote()).isEqualTo("every image");
        assertThat(thread.partKey()).isEqualTo(PART);
        assertThat(thread.createdOnRevision()).isEqualTo(1);
        assertThat(thread.mentorId()).isEqualTo(setup.mentor().id());
        assertThat(thread.comments()).singleElement().satisfies(comment -> {
            assertThat(comment.body()).isEqualTo("Every single one?");
            assertThat(comment.mine()).isTrue();
            assertThat(comment.deleted()).isFalse();
            assertThat(comment.authorId()).isEqualTo(setup.mentor().id());
        });
        ThreadView seenByApplicant = openAs(setup.applicant(), setup.answerId()).threads().getFirst();
        assertThat(seenByApplicant.start()).isEqualTo(start);
        assertThat(seenByApplicant.comments().getFirst().mine()).isFalse();
        assertThat(notificationsOf(setup.applicant())).singleElement().satisfies(sent -> {
            assertThat(sent.kind()).isEqualTo("NEW_COMMENT");
            assertThat(sent.link()).isEqualTo("review/answer/" + setup.answerId());
            assertThat(sent.message()).contains("every image");
        });
        assertThat(notificationsOf(setup.mentor())).isEmpty();
    }

    @Test
    void a_quote_that_does_not_match_the_revision_text_is_refused_and_writes_nothing() {
        Setup setup = shared(TEXT);
        ReviewPage page = openAs(setup.mentor(), setup.answerId());
        int start = TEXT.indexOf("puzzle");
        accounts.signIn(setup.mentor());

        List<NewThread> wrong = List.of(
                new NewThread(answer(setup.answerId()), page.revisionId(), PART, start, start + 6, "riddle", "Hm"),
                new NewThread(answer(setup.answerId()), page.revisionId(), PART, start + 1, start + 7, "puzzle", "Hm"),
                new NewThread(answer(setup.answerId()), page.revisionId(), PART, TEXT.length() - 2, TEXT.length() + 4, "g.xxxx", "Hm"),
                new NewThread(answer(setup.answerId()), page.revisionId(), PART, -1, 5, "I cho", "Hm"),
                new NewThread(answer(setup.answerId()), page.revisionId(), PART, 5, 5, "", "Hm"));
        for (NewThread request : wrong) {
            assertThatThrownBy(() -> review.startThread(request)).as(request.toString())
                    .isInstanceOf(ReviewException.class)
                    .hasMessageMatching("(The passage you selected is no longer in the answer as you read it|Select the passage).*");
        }
        assertThatThrownBy(() -> review.startThread(new NewThread(answer(setup.answerId()), page.revisionId(), "situation",
                start, start + 6, "puzzle", "Hm"))).isInstanceOf(ReviewException.class)
                .hasMessage("Select a passage inside one part of the answer.");
        assertThatThrownBy(() -> review.startThread(new NewThread(answer(setup.answerId()), page.revisionId(), null,
                start, start + 6, "puzzle", "Hm"))).isInstanceOf(ReviewException.class);
        int space = TEXT.indexOf(' ');
        assertThatThrownBy(() -> review.startThread(new NewThread(answer(setup.answerId()), page.revisionId(), PART,
                space, space + 1, " ", "Hm"))).isInstanceOf(ReviewException.class);

        assertThat(threadsOf(setup.answerId())).isZero();
        assertThat(notificationsOf(setup.applicant())).isEmpty();
    }

    @Test
    void an_empty_blank_or_over_long_comment_is_refused_and_writes_nothing() {
        Setup setup = shared(TEXT);
        ReviewPage page = openAs(setup.mentor(), setup.answerId());
        accounts.signIn(setup.mentor());

        for (String body : new String[] {null, "", "   \n\t "}) {
            assertThatThrownBy(() -> review.startThread(request(setup, page.revisionId(), "puzzle", body)))
                    .isInstanceOf(ReviewException.class)
                    .hasMessage("Write something before posting: the comment is empty.");
        }
        assertThatThrownBy(() -> review.startThread(request(setup, page.revisionId(), "puzzle",
                "x".repeat(ThreadComment.BODY_MAX_LENGTH + 1))))
                .isInstanceOf(ReviewException.class)
                .hasMessageContaining(String.valueOf(ThreadComment.BODY_MAX_LENGTH));
        assertThat(threadsOf(setup.answerId())).isZero();

        ThreadView thread = review.startThread(request(setup, page.revisionId(), "puzzle",
                "  " + "y".repeat(ThreadComment.BODY_MAX_LENGTH) + "  "));
        assertThat(thread.comments().getFirst().body()).hasSize(ThreadComment.BODY_MAX_LENGTH);
        long commentId = thread.comments().getFirst().id();
        assertThatThrownBy(() -> review.reply(thread.id(), " ")).isInstanceOf(ReviewException.class);
        assertThatThrownBy(() -> review.reply(thread.id(), "z".repeat(ThreadComment.BODY_MAX_LENGTH + 1)))
                .isInstanceOf(ReviewException.class);
        assertThatThrownBy(() -> review.editComment(commentId, "")).isInstanceOf(ReviewException.class);
        assertThat(commentsOf(thread)).isEqualTo(1);
        assertThat(bodyOf(commentId)).hasSize(ThreadComment.BODY_MAX_LENGTH);
        assertThat(notificationsOf(setup.applicant())).hasSize(1);
    }

    // --- threads follow their passage through revisions -----------------------------------------------

    @Test
    void after_the_applicant_inserts_text_before_the_passage_the_thread_moves_with_it() {
        Setup setup = shared(TEXT);
        ThreadView thread = comment(setup, setup.mentor(), "puzzle", "Which puzzle?");
        String inserted = "Since my first anatomy lab, ";

        // the mentor's read sealed revision 1, so this save starts revision 2 even without the clock moving
        int number = save(setup.applicant(), setup.question(), inserted + TEXT).revisionNumber();

        assertThat(number).isEqualTo(2);
        ReviewPage page = openAs(setup.mentor(), setup.answerId());
        assertThat(page.revisionNumber()).isEqualTo(2);
        ThreadView moved = page.threads().getFirst();
        assertThat(moved.id()).isEqualTo(thread.id());
        assertThat(moved.start()).isEqualTo(thread.start() + inserted.length());
        assertThat(moved.end()).isEqualTo(thread.end() + inserted.length());
        assertThat(moved.exact()).isTrue();
        assertThat(moved.createdOnRevision()).isEqualTo(1);
        assertThat(page.parts().getFirst().text().substring(moved.start(), moved.end())).isEqualTo("puzzle");
    }

    @Test
    void after_the_editing_burst_ends_a_revision_moves_the_thread_too() {
        Setup setup = shared(TEXT);
        ThreadView thread = comment(setup, setup.mentor(), "puzzle", "Which puzzle?");
        save(setup.applicant(), setup.question(), "Well. " + TEXT);
        clock.advance(Revision.BURST_GAP.plusSeconds(1));

        int number = save(setup.applicant(), setup.question(), "Well, well. " + TEXT).revisionNumber();

        assertThat(number).isEqualTo(3);
        ThreadView moved = openAs(setup.applicant(), setup.answerId()).threads().getFirst();
        assertThat(moved.start()).isEqualTo(thread.start() + "Well, well. ".length());
    }

    @Test
    void when_the_quoted_passage_is_deleted_the_thread_is_outdated_with_its_original_quote() {
        Setup setup = shared(TEXT);
        comment(setup, setup.mentor(), "every image is a puzzle worth solving", "Strong line.");

        save(setup.applicant(), setup.question(), "I chose radiology for the people I met on rotation.");

        for (AccountSummary reader : List.of(setup.mentor(), setup.applicant())) {
            ThreadView outdated = openAs(reader, setup.answerId()).threads().getFirst();
            assertThat(outdated.outdated()).isTrue();
            assertThat(outdated.start()).isEqualTo(-1);
            assertThat(outdated.end()).isEqualTo(-1);
            assertThat(outdated.quote()).isEqualTo("every image is a puzzle worth solving");
            assertThat(outdated.comments()).extracting(CommentView::body).containsExactly("Strong line.");
        }
        // the thread goes on: both sides can still reply and resolve
        run(setup.applicant(), () -> review.reply(openAs(setup.applicant(), setup.answerId()).threads().getFirst().id(),
                "I rewrote it."));
    }

    @Test
    void a_comment_made_on_an_older_revision_is_accepted_and_placed_in_the_newest() {
        Setup setup = shared(TEXT);
        ReviewPage read = openAs(setup.mentor(), setup.answerId());
        int start = TEXT.indexOf("puzzle");
        String inserted = "Honestly, ";
        // meanwhile the applicant revises: revision 1 is sealed by the mentor's read, so this is revision 2
        assertThat(save(setup.applicant(), setup.question(), inserted + TEXT).revisionNumber()).isEqualTo(2);

        ThreadView thread = as(setup.mentor(), () -> review.startThread(new NewThread(answer(setup.answerId()), read.revisionId(),
                PART, start, start + "puzzle".length(), "puzzle", "Which puzzle?")));

        assertThat(thread.createdOnRevision()).isEqualTo(1);
        assertThat(thread.start()).isEqualTo(start + inserted.length());
        assertThat(thread.exact()).isTrue();
        assertThat(threadsOf(setup.answerId())).isEqualTo(1);
        ReviewPage seen = openAs(setup.applicant(), setup.answerId());
        assertThat(seen.revisionNumber()).isEqualTo(2);
        assertThat(seen.threads()).singleElement().satisfies(view ->
                assertThat(seen.parts().getFirst().text().substring(view.start(), view.end())).isEqualTo("puzzle"));
    }

    @Test
    void the_revision_a_mentor_commented_on_keeps_the_text_they_read() {
        Setup setup = shared(TEXT);
        ThreadView thread = comment(setup, setup.mentor(), "puzzle", "Which puzzle?");

        save(setup.applicant(), setup.question(), "Rewritten: " + TEXT);

        List<RevisionSummary> history = as(setup.applicant(), () -> answerService.history(setup.question().id()));
        assertThat(history).hasSize(2);
        assertThat(as(setup.applicant(), () -> answerService.revision(history.getLast().id())).parts())
                .containsEntry(PART, TEXT);
        assertThat(thread.createdOnRevision()).isEqualTo(history.getLast().number());
    }

    @Test
    void offsets_count_utf16_units_through_emoji_and_non_latin_text_and_a_split_emoji_is_refused() {
        String text = "Ich wähle Radiologie 🩻 weil jedes Bild ein Rätsel ist. 放射線科が好きです。";
        Setup setup = shared(text);
        ReviewPage read = openAs(setup.mentor(), setup.answerId());
        int emoji = text.indexOf("🩻");
        accounts.signIn(setup.mentor());

        assertThatThrownBy(() -> review.startThread(new NewThread(answer(setup.answerId()), read.revisionId(), PART, emoji + 1,
                emoji + 8, text.substring(emoji + 1, emoji + 8), "Half an emoji")))
                .isInstanceOf(ReviewException.class)
                .hasMessage("Select a passage of words to comment on.");
        assertThat(threadsOf(setup.answerId())).isZero();

        ThreadView rätsel = comment(setup, setup.mentor(), "Rätsel", "Welches?");
        ThreadView japanese = comment(setup, setup.mentor(), "放射線科", "Nice.");
        String inserted = "🙂 Kurz: ";
        save(setup.applicant(), setup.question(), inserted + text);

        ReviewPage page = openAs(setup.applicant(), setup.answerId());
        String now = page.parts().getFirst().text();
        assertThat(page.threads()).extracting(ThreadView::id).containsExactly(rätsel.id(), japanese.id());
        assertThat(page.threads()).allSatisfy(thread -> {
            assertThat(thread.exact()).isTrue();
            assertThat(now.substring(thread.start(), thread.end())).isEqualTo(thread.quote());
        });
        assertThat(page.threads().getFirst().start()).isEqualTo(rätsel.start() + inserted.length());
    }

    @Test
    void when_the_applicant_empties_the_answer_every_thread_is_outdated_and_the_page_still_opens() {
        Setup setup = shared(TEXT);
        comment(setup, setup.mentor(), "puzzle", "Which puzzle?");

        save(setup.applicant(), setup.question(), "");

        ReviewPage page = openAs(setup.mentor(), setup.answerId());
        assertThat(page.threads()).singleElement().satisfies(thread -> {
            assertThat(thread.outdated()).isTrue();
            assertThat(thread.quote()).isEqualTo("puzzle");
        });
    }

    // --- the conversation -----------------------------------------------------------------------------

    @Test
    void replies_from_either_side_notify_the_other_side_once() {
        Setup setup = shared(TEXT);
        ThreadView thread = comment(setup, setup.mentor(), "puzzle", "Which puzzle?");

        run(setup.applicant(), () -> review.reply(thread.id(), "The chest films."));
        run(setup.mentor(), () -> review.reply(thread.id(), "Say so in the answer."));
        run(setup.applicant(), () -> review.reply(thread.id(), "Done."));

        assertThat(notificationsOf(setup.mentor())).hasSize(2).allSatisfy(sent -> {
            assertThat(sent.kind()).isEqualTo("REPLY");
            assertThat(sent.link()).isEqualTo("review/answer/" + setup.answerId());
            assertThat(sent.message()).contains("puzzle");
        });
        // the applicant: one for the new thread, one for the mentor's reply; the mentor: one per applicant reply
        assertThat(notificationsOf(setup.applicant())).extracting(Sent::kind).containsExactly("NEW_COMMENT", "REPLY");
        assertThat(jdbc.sql("select count(*) from notification where recipient_id = ? and kind not like 'PAIRING%'")
                .param(setup.mentor().id()).query(Long.class).single()).isEqualTo(2);
        assertThat(openAs(setup.applicant(), setup.answerId()).threads().getFirst().comments())
                .extracting(CommentView::body)
                .containsExactly("Which puzzle?", "The chest films.", "Say so in the answer.", "Done.");
    }

    @Test
    void an_edited_comment_shows_the_new_text_and_when_it_was_edited() {
        Setup setup = shared(TEXT);
        ThreadView thread = comment(setup, setup.mentor(), "puzzle", "Whcih puzzle?");
        clock.advance(Duration.ofMinutes(2));

        run(setup.mentor(), () -> review.editComment(thread.comments().getFirst().id(), "Which puzzle?"));

        CommentView edited = openAs(setup.applicant(), setup.answerId()).threads().getFirst().comments().getFirst();
        assertThat(edited.body()).isEqualTo("Which puzzle?");
        assertThat(edited.editedAt()).isEqualTo(clock.instant());
        assertThat(edited.createdAt()).isBefore(edited.editedAt());
        assertThat(notificationsOf(setup.applicant())).as("editing sends nothing new").hasSize(1);
    }

    @Test
    void a_deleted_comment_shows_as_deleted_with_no_text_and_cannot_be_edited() {
        Setup setup = shared(TEXT);
        ThreadView thread = comment(setup, setup.mentor(), "puzzle", "Which puzzle?");
        run(setup.applicant(), () -> review.reply(thread.id(), "A secret I regret."));
        long reply = openAs(setup.applicant(), setup.answerId()).threads().getFirst().comments().get(1).id();

        run(setup.applicant(), () -> review.deleteComment(reply));
        run(setup.applicant(), () -> review.deleteComment(reply));

        for (AccountSummary reader : List.of(setup.mentor(), setup.applicant())) {
            List<CommentView> comments = openAs(reader, setup.answerId()).threads().getFirst().comments();
            assertThat(comments).hasSize(2);
            assertThat(comments.get(1).deleted()).isTrue();
            assertThat(comments.get(1).body()).isEmpty();
            assertThat(comments.get(0).deleted()).isFalse();
        }
        assertThat(bodyOf(reply)).as("the text is gone from the database too").isEmpty();
        assertThatThrownBy(() -> run(setup.applicant(), () -> review.editComment(reply, "Back again")))
                .isInstanceOf(ReviewException.class)
                .hasMessage("A deleted comment cannot be edited.");
    }

    @Test
    void either_side_resolves_and_reopens_and_the_other_side_hears_of_it_once() {
        Setup setup = shared(TEXT);
        ThreadView thread = comment(setup, setup.mentor(), "puzzle", "Which puzzle?");

        run(setup.applicant(), () -> review.resolve(thread.id()));
        run(setup.applicant(), () -> review.resolve(thread.id()));
        run(setup.mentor(), () -> review.resolve(thread.id()));
        assertThat(isResolved(thread)).isTrue();
        assertThat(openAs(setup.mentor(), setup.answerId()).threads().getFirst().resolved()).isTrue();
        assertThat(notificationsOf(setup.mentor(), "THREAD_RESOLVED")).hasSize(1);
        assertThat(notificationsOf(setup.applicant(), "THREAD_RESOLVED")).isEmpty();

        clock.advance(Duration.ofMinutes(1));
        run(setup.mentor(), () -> review.reopen(thread.id()));
        run(setup.mentor(), () -> review.reopen(thread.id()));
        run(setup.applicant(), () -> review.reopen(thread.id()));
        assertThat(isResolved(thread)).isFalse();
        assertThat(notificationsOf(setup.applicant(), "THREAD_REOPENED")).singleElement()
                .satisfies(sent -> assertThat(sent.link()).isEqualTo("review/answer/" + setup.answerId()));
        assertThat(notificationsOf(setup.mentor(), "THREAD_REOPENED")).isEmpty();

        clock.advance(Duration.ofMinutes(1));
        run(setup.mentor(), () -> review.resolve(thread.id()));
        assertThat(notificationsOf(setup.applicant(), "THREAD_RESOLVED")).hasSize(1);
        assertThat(openAs(setup.applicant(), setup.answerId()).openThreads()).isZero();
    }

    @Test
    void once_the_mentor_has_lost_access_the_applicants_replies_and_resolutions_no_longer_reach_them() {
        Setup setup = shared(TEXT);
        ThreadView thread = comment(setup, setup.mentor(), "puzzle", "Which puzzle?");
        run(setup.applicant(), () -> sharing.revoke(answerOf(setup), setup.mentor().id()));
        int before = notificationsOf(setup.mentor()).size();

        run(setup.applicant(), () -> review.reply(thread.id(), "Something the mentor should not learn of."));
        run(setup.applicant(), () -> review.resolve(thread.id()));
        clock.advance(Duration.ofSeconds(1));
        run(setup.applicant(), () -> review.reopen(thread.id()));

        assertThat(commentsOf(thread)).as("the applicant still keeps their own conversation").isEqualTo(2);
        assertThat(notificationsOf(setup.mentor())).hasSize(before);

        // shared again: the conversation reaches the mentor again
        run(setup.applicant(), () -> sharing.share(answerOf(setup), setup.mentor().id()));
        run(setup.applicant(), () -> review.reply(thread.id(), "Shared again."));
        assertThat(notificationsOf(setup.mentor(), "REPLY")).hasSize(1);
    }

    @Test
    void once_the_pairing_has_ended_the_applicants_replies_no_longer_reach_the_mentor() {
        Setup setup = shared(TEXT);
        ThreadView thread = comment(setup, setup.mentor(), "puzzle", "Which puzzle?");
        long pairing = as(setup.applicant(), () -> pairings.myMentors()).getFirst().id();
        run(setup.applicant(), () -> pairings.end(pairing));

        run(setup.applicant(), () -> review.reply(thread.id(), "After we parted."));

        assertThat(notificationsOf(setup.mentor(), "REPLY")).isEmpty();
    }

    // --- plain text -----------------------------------------------------------------------------------

    @Test
    void markup_in_comments_and_answers_is_stored_and_returned_verbatim() {
        String markup = "<script>alert(1)</script>";
        String image = "<img src=x onerror=alert(2)>";
        Setup setup = shared("My answer has " + image + " in it & more.");
        ThreadView thread = comment(setup, setup.mentor(), image, markup);
        run(setup.applicant(), () -> review.reply(thread.id(), image + " &amp; " + markup));

        ReviewPage page = openAs(setup.applicant(), setup.answerId());

        assertThat(page.parts().getFirst().text()).isEqualTo("My answer has " + image + " in it & more.");
        ThreadView seen = page.threads().getFirst();
        assertThat(seen.quote()).isEqualTo(image);
        assertThat(seen.comments()).extracting(CommentView::body).containsExactly(markup, image + " &amp; " + markup);
        assertThat(bodyOf(seen.comments().getFirst().id())).isEqualTo(markup);
    }

    // --- concurrency ----------------------------------------------------------------------------------

    @Test
    void two_mentors_starting_threads_at_the_same_time_both_keep_their_threads() throws Exception {
        for (int round = 0; round < 3; round++) {
            Setup setup = shared(TEXT);
            AccountSummary other = secondMentor(setup);
            ReviewPage firstRead = openAs(setup.mentor(), setup.answerId());
            ReviewPage otherRead = openAs(other, setup.answerId());
            CyclicBarrier together = new CyclicBarrier(2);

            Future<ThreadView> first = inThread(setup.mentor(), () -> {
                await(together);
                return review.startThread(request(setup, firstRead.revisionId(), "puzzle", "From the first mentor"));
            });
            Future<ThreadView> second = inThread(other, () -> {
                await(together);
                return review.startThread(request(setup, otherRead.revisionId(), "every image", "From the second mentor"));
            });

            ThreadView one = first.get(60, TimeUnit.SECONDS);
            ThreadView two = second.get(60, TimeUnit.SECONDS);
            assertThat(threadsOf(setup.answerId())).isEqualTo(2);
            assertThat(openAs(setup.applicant(), setup.answerId()).threads()).extracting(ThreadView::id)
                    .containsExactlyInAnyOrder(one.id(), two.id());
            assertThat(openAs(setup.mentor(), setup.answerId()).threads()).extracting(ThreadView::id).containsExactly(one.id());
            assertThat(openAs(other, setup.answerId()).threads()).extracting(ThreadView::id).containsExactly(two.id());
            assertThat(notificationsOf(setup.applicant(), "NEW_COMMENT")).hasSize(2);
        }
    }

    @Test
    void the_applicant_saving_while_a_mentor_comments_loses_neither() throws Exception {
        for (int round = 0; round < 3; round++) {
            Setup setup = shared(TEXT);
            ReviewPage read = openAs(setup.mentor(), setup.answerId());
            String revised = "Put simply: " + TEXT;
            CyclicBarrier together = new CyclicBarrier(2);

            Future<ThreadView> comment = inThread(setup.mentor(), () -> {
                await(together);
                return review.startThread(request(setup, read.revisionId(), "puzzle", "Which puzzle?"));
            });
            Future<Integer> saved = inThread(setup.applicant(), () -> {
                await(together);
                return save(setup.applicant(), setup.question(), revised).revisionNumber();
            });

            ThreadView thread = comment.get(60, TimeUnit.SECONDS);
            assertThat(saved.get(60, TimeUnit.SECONDS)).isEqualTo(2);
            ReviewPage page = openAs(setup.applicant(), setup.answerId());
            assertThat(page.parts().getFirst().text()).isEqualTo(revised);
            assertThat(page.threads()).singleElement().satisfies(view -> {
                assertThat(view.id()).isEqualTo(thread.id());
                assertThat(revised.substring(view.start(), view.end())).isEqualTo("puzzle");
            });
            assertThat(latestRevisionText(setup)).isEqualTo(revised);
        }
    }

    /*
     * The two tests below fix the interleaving instead of hoping for it: one side's transaction is held
     * open after its writes reached the database, the other side runs until PostgreSQL makes it wait for a
     * row lock, and only then does the first side commit.
     */

    @Test
    void a_mentor_reading_while_the_applicants_save_commits_does_not_undo_the_save_in_the_history() throws Exception {
        Setup setup = shared(TEXT);
        String revised = TEXT + " I also love physics.";
        List<Future<ReviewPage>> mentorRead = new ArrayList<>();

        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            save(setup.applicant(), setup.question(), revised); // folds into revision 1 (same editing burst)
            entityManager.flush();
            mentorRead.add(inThread(setup.mentor(), () -> review.open(answer(setup.answerId()))));
            awaitLockWait(mentorRead.getFirst());
        });
        mentorRead.getFirst().get(60, TimeUnit.SECONDS);

        assertThat(openAs(setup.applicant(), setup.answerId()).parts().getFirst().text()).isEqualTo(revised);
        assertThat(latestRevisionText(setup)).as("the newest revision holds the saved text").isEqualTo(revised);
    }

    @Test
    void a_save_racing_a_mentors_read_does_not_fold_into_the_revision_the_mentor_read() throws Exception {
        Setup setup = shared(TEXT);
        String revised = "Put simply: " + TEXT;
        CountDownLatch mentorWrote = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);

        Future<ReviewPage> mentorRead = inThread(setup.mentor(), () ->
                new TransactionTemplate(transactionManager).execute(status -> {
                    ReviewPage page = review.open(answer(setup.answerId())); // seals revision 1
                    entityManager.flush();
                    mentorWrote.countDown();
                    awaitLatch(commit);
                    return page;
                }));
        awaitLatch(mentorWrote);
        Future<Integer> saved = inThread(setup.applicant(), () -> save(setup.applicant(), setup.question(), revised)
                .revisionNumber());
        awaitLockWait(saved);
        commit.countDown();
        ReviewPage read = mentorRead.get(60, TimeUnit.SECONDS);

        assertThat(saved.get(60, TimeUnit.SECONDS)).as("the save starts a new revision").isEqualTo(2);
        assertThat(revisionText(read.revisionId())).as("the revision the mentor read is unchanged").isEqualTo(TEXT);
        assertThat(latestRevisionText(setup)).isEqualTo(revised);
        ThreadView thread = comment(setup, setup.mentor(), "puzzle", "Which puzzle?");
        assertThat(thread.createdOnRevision()).isEqualTo(2);
        ThreadView onWhatTheyRead = as(setup.mentor(), () -> review.startThread(request(setup, read.revisionId(),
                "every image", "Every one?")));
        assertThat(onWhatTheyRead.createdOnRevision()).isEqualTo(1);
    }

    @Test
    void a_mentor_opening_the_answer_while_the_applicant_asks_for_a_review_is_not_refused() throws Exception {
        Setup setup = shared(TEXT);
        List<Future<ReviewPage>> mentorRead = new ArrayList<>();

        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            run(setup.applicant(), () -> sharing.requestReview(answerOf(setup), setup.mentor().id(), "Now please"));
            mentorRead.add(inThread(setup.mentor(), () -> review.open(answer(setup.answerId()))));
            awaitLockWait(mentorRead.getFirst());
        });

        ReviewPage page = mentorRead.getFirst().get(60, TimeUnit.SECONDS);
        assertThat(page.parts().getFirst().text()).isEqualTo(TEXT);
        assertThat(reviewStatus(setup, setup.mentor())).isEqualTo("IN_REVIEW");
        assertThat(notificationsOf(setup.mentor(), "REVIEW_REQUESTED")).hasSize(1);
        assertThat(as(setup.mentor(), () -> sharing.reviewQueue())).singleElement()
                .satisfies(item -> assertThat(item.note()).isEqualTo("Now please"));
    }

    @Test
    void both_sides_resolving_at_the_same_moment_both_succeed_and_only_the_first_is_announced() throws Exception {
        Setup setup = shared(TEXT);
        ThreadView thread = comment(setup, setup.mentor(), "puzzle", "Which puzzle?");
        List<Future<Object>> mentorResolves = new ArrayList<>();

        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            run(setup.applicant(), () -> review.resolve(thread.id()));
            entityManager.flush();
            mentorResolves.add(inThread(setup.mentor(), () -> {
                review.resolve(thread.id());
                return null;
            }));
            awaitLockWait(mentorResolves.getFirst());
        });
        mentorResolves.getFirst().get(60, TimeUnit.SECONDS);

        assertThat(isResolved(thread)).isTrue();
        assertThat(jdbc.sql("select resolved_by from comment_thread where id = ?").param(thread.id())
                .query(Long.class).single()).as("resolved by whoever came first").isEqualTo(setup.applicant().id());
        assertThat(notificationsOf(setup.mentor(), "THREAD_RESOLVED")).hasSize(1);
        assertThat(notificationsOf(setup.applicant(), "THREAD_RESOLVED")).isEmpty();
    }

    // --- helpers ----------------------------------------------------------------------------------

    /** Waits until some session of the test database waits for a row lock, or {@code other} has finished. */
    private void awaitLockWait(Future<?> other) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!other.isDone()) {
            long waiting = jdbc.sql("select count(*) from pg_stat_activity where wait_event_type = 'Lock' "
                    + "and datname = current_database()").query(Long.class).single();
            if (waiting > 0) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The other transaction neither finished nor waited for a lock");
            }
            Thread.onSpinWait();
        }
    }

    private static void awaitLatch(CountDownLatch latch) {
        try {
            if (!latch.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("gave up waiting");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String revisionText(long revisionId) {
        return jdbc.sql("select parts ->> '" + PART + "' from answer_revision where id = ?").param(revisionId)
                .query(String.class).single();
    }

    private NewThread request(Setup setup, long revisionId, String quote, String body) {
        int start = TEXT.indexOf(quote);
        return new NewThread(answer(setup.answerId()), revisionId, PART, start, start + quote.length(), quote, body);
    }

    private <T> Future<T> inThread(AccountSummary who, Supplier<T> action) {
        return pool.submit(() -> {
            accounts.signIn(who);
            try {
                return action.get();
            } finally {
                SecurityContextHolder.clearContext();
            }
        });
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String latestRevisionText(Setup setup) {
        return jdbc.sql("select parts ->> '" + PART + "' from answer_revision where answer_id = ? order by number desc limit 1")
                .param(setup.answerId()).query(String.class).single();
    }

    private long commentsOf(ThreadView thread) {
        return count("thread_comment", "thread_id", thread.id());
    }

    private String bodyOf(long commentId) {
        return jdbc.sql("select body from thread_comment where id = ?").param(commentId).query(String.class).single();
    }

    private boolean isDeleted(long commentId) {
        return jdbc.sql("select deleted_at is not null from thread_comment where id = ?").param(commentId)
                .query(Boolean.class).single();
    }

    private boolean isResolved(ThreadView thread) {
        return jdbc.sql("select resolved_at is not null from comment_thread where id = ?").param(thread.id())
                .query(Boolean.class).single();
    }

    private String reviewStatus(Setup setup, AccountSummary mentor) {
        return jdbc.sql("select review_status from review_share where subject_type = 'answer' and subject_id = ? and mentor_id = ?")
                .param(setup.answerId()).param(mentor.id()).query(String.class).single();
    }
}
