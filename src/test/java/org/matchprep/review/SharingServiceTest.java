package org.matchprep.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.matchprep.account.AccountSummary;
import org.matchprep.answers.QuestionSummary;
import org.matchprep.base.WordDiff;
import org.matchprep.base.WordDiff.Kind;
import org.matchprep.feedback.PairingSummary;
import org.matchprep.review.domain.Share;
import org.matchprep.review.domain.ShareRepository;
import org.matchprep.testing.Who;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class SharingServiceTest extends ReviewTestSupport {

    @Autowired
    private ShareRepository shareRepository;

    @Autowired
    private PlatformTransactionManager transactionManager;

    // --- who may call what -----------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(Who.class)
    void reading_how_an_answer_is_shared_is_for_applicants_only(Who who) {
        Setup setup = shared("I like images.");
        caller(who, setup.applicant(), setup.mentor());

        if (who == Who.APPLICANT) {
            SharingState state = sharing.sharing(answerOf(setup));
            assertThat(state.subject()).isEqualTo(answerOf(setup));
            assertThat(state.title()).isEqualTo(setup.question().text());
            assertThat(state.mentors()).singleElement().satisfies(target -> {
                assertThat(target.mentorId()).isEqualTo(setup.mentor().id());
                assertThat(target.shared()).isTrue();
                assertThat(target.status()).isEqualTo(ReviewStatus.NONE);
            });
        } else {
            assertThatThrownBy(() -> sharing.sharing(answerOf(setup))).isInstanceOf(AuthorizationDeniedException.class);
        }
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void sharing_is_for_applicants_only(Who who) {
        Setup setup = answered("I like images.");
        caller(who, setup.applicant(), setup.mentor());

        if (who == Who.APPLICANT) {
            sharing.share(answerOf(setup), setup.mentor().id());
            assertThat(sharesOf(setup.answerId())).isEqualTo(1);
        } else {
            assertThatThrownBy(() -> sharing.share(answerOf(setup), setup.mentor().id()))
                    .isInstanceOf(AuthorizationDeniedException.class);
            assertThat(sharesOf(setup.answerId())).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void revoking_is_for_applicants_only(Who who) {
        Setup setup = shared("I like images.");
        caller(who, setup.applicant(), setup.mentor());

        if (who == Who.APPLICANT) {
            sharing.revoke(answerOf(setup), setup.mentor().id());
            assertThat(sharesOf(setup.answerId())).isZero();
        } else {
            assertThatThrownBy(() -> sharing.revoke(answerOf(setup), setup.mentor().id()))
                    .isInstanceOf(AuthorizationDeniedException.class);
            assertThat(sharesOf(setup.answerId())).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void requesting_a_review_is_for_applicants_only(Who who) {
        Setup setup = shared("I like images.");
        caller(who, setup.applicant(), setup.mentor());

        if (who == Who.APPLICANT) {
            sharing.requestReview(answerOf(setup), setup.mentor().id(), "Please look at the opening.");
            assertThat(statusOf(setup)).isEqualTo("REQUESTED");
        } else {
            assertThatThrownBy(() -> sharing.requestReview(answerOf(setup), setup.mentor().id(), "note"))
                    .isInstanceOf(AuthorizationDeniedException.class);
            assertThat(statusOf(setup)).isEqualTo("NONE");
            assertThat(notificationsOf(setup.mentor())).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void listing_my_shared_items_is_for_applicants_only(Who who) {
        Setup setup = shared("I like images.");
        caller(who, setup.applicant(), setup.mentor());

        if (who == Who.APPLICANT) {
            assertThat(sharing.mySharedItems()).singleElement().satisfies(item -> {
                assertThat(item.subject()).isEqualTo(answerOf(setup));
                assertThat(item.sharedWith()).extracting(ShareTarget::mentorId).containsExactly(setup.mentor().id());
            });
        } else {
            assertThatThrownBy(() -> sharing.mySharedItems()).isInstanceOf(AuthorizationDeniedException.class);
        }
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void the_review_queue_is_for_mentors_only(Who who) {
        Setup setup = shared("I like images.");
        caller(who, setup.applicant(), setup.mentor());

        if (who == Who.MENTOR) {
            assertThat(sharing.reviewQueue()).extracting((QueueItem item) -> item.subject().id()).containsExactly(setup.answerId());
        } else {
            assertThatThrownBy(() -> sharing.reviewQueue()).isInstanceOf(AuthorizationDeniedException.class);
        }
    }

    @Test
    void nobody_signed_in_at_all_is_refused_by_every_method() {
        Setup setup = shared("I like images.");
        accounts.signOut();

        SubjectRef question = answerOf(setup);
        long mentor = setup.mentor().id();
        assertThatThrownBy(() -> sharing.sharing(question)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> sharing.share(question, mentor)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> sharing.revoke(question, mentor)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> sharing.requestReview(question, mentor, null))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> sharing.mySharedItems()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> sharing.reviewQueue()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThat(sharesOf(setup.answerId())).isEqualTo(1);
    }

    // --- someone else's ids -------------------------------------------------------------------------

    @Test
    void an_applicant_cannot_share_read_revoke_or_request_on_another_applicants_question() {
        Setup theirs = shared("Their answer.");
        AccountSummary intruder = accounts.applicant();
        pair(intruder, theirs.mentor());
        accounts.signIn(intruder);

        SubjectRef question = answerOf(theirs);
        long mentor = theirs.mentor().id();
        assertThatThrownBy(() -> sharing.sharing(question)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sharing.share(question, mentor)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sharing.requestReview(question, mentor, "mine now")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sharing.revoke(question, mentor)).isInstanceOf(AccessDeniedException.class);

        assertThat(sharing.mySharedItems()).isEmpty();
        assertThat(sharesOf(theirs.answerId())).isEqualTo(1);
        assertThat(statusOf(theirs)).isEqualTo("NONE");
        assertThat(notificationsOf(theirs.mentor(), "SHARE_REVOKED")).isEmpty();
        assertThat(notificationsOf(theirs.mentor(), "REVIEW_REQUESTED")).isEmpty();
    }

    @Test
    void sharing_with_a_mentor_one_is_not_paired_with_is_refused_with_a_message() {
        Setup setup = answered("I like images.");
        AccountSummary stranger = accounts.mentor();
        accounts.signIn(setup.applicant());

        assertThatThrownBy(() -> sharing.share(answerOf(setup), stranger.id()))
                .isInstanceOf(ReviewException.class)
                .hasMessage("You can share your answer only with a mentor you are paired with.");
        assertThatThrownBy(() -> sharing.requestReview(answerOf(setup), stranger.id(), "please"))
                .isInstanceOf(ReviewException.class)
                .hasMessage("You can share your answer only with a mentor you are paired with.");
        assertThat(sharesOf(setup.answerId())).isZero();
        assertThat(notificationsOf(stranger)).isEmpty();
    }

    @Test
    void sharing_with_an_applicant_or_admin_id_instead_of_a_mentor_is_refused() {
        Setup setup = answered("I like images.");
        AccountSummary otherApplicant = accounts.applicant();
        AccountSummary admin = accounts.admin();
        accounts.signIn(setup.applicant());

        assertThatThrownBy(() -> sharing.share(answerOf(setup), otherApplicant.id())).isInstanceOf(ReviewException.class);
        assertThatThrownBy(() -> sharing.share(answerOf(setup), admin.id())).isInstanceOf(ReviewException.class);
        assertThatThrownBy(() -> sharing.share(answerOf(setup), setup.applicant().id())).isInstanceOf(ReviewException.class);
        assertThat(sharesOf(setup.answerId())).isZero();
    }

    @Test
    void a_mentor_sees_in_the_queue_only_what_is_shared_with_them() {
        Setup setup = shared("For the first mentor.");
        AccountSummary other = accounts.mentor();
        pair(setup.applicant(), other);
        QuestionSummary second = question(setup.applicant());
        save(setup.applicant(), second, "For the other mentor.");
        run(setup.applicant(), () -> sharing.share(answer(answerIdOf(setup.applicant(), second)), other.id()));

        assertThat(as(setup.mentor(), () -> sharing.reviewQueue())).extracting((QueueItem item) -> item.subject().id())
                .containsExactly(setup.answerId());
        assertThat(as(other, () -> sharing.reviewQueue())).extracting((QueueItem item) -> item.subject().id())
                .containsExactly(answerIdOf(setup.applicant(), second));
        assertThat(as(accounts.mentor(), () -> sharing.reviewQueue())).isEmpty();
    }

    // --- sharing ---------------------------------------------------------------------------------

    @Test
    void an_answer_without_saved_text_or_of_an_unknown_kind_cannot_be_shared() {
        AccountSummary applicant = accounts.applicant();
        AccountSummary mentor = accounts.mentor();
        pair(applicant, mentor);
        QuestionSummary question = question(applicant);
        accounts.signIn(applicant);
        Long unsaved = answerService.open(question.id()).answerId();

        for (SubjectRef nothing : List.of(answer(unsaved == null ? Long.MAX_VALUE : unsaved),
                SubjectRef.of("recording", 1))) {
            assertThatThrownBy(() -> sharing.sharing(nothing)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> sharing.share(nothing, mentor.id())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> sharing.requestReview(nothing, mentor.id(), "please"))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(count("review_share", "mentor_id", mentor.id())).isZero();
        assertThat(notificationsOf(mentor, "REVIEW_REQUESTED")).isEmpty();
    }

    @Test
    void sharing_needs_an_active_pairing_not_an_invitation_or_an_ended_one() {
        AccountSummary applicant = accounts.applicant();
        AccountSummary invited = accounts.mentor();
        AccountSummary former = accounts.mentor();
        QuestionSummary question = question(applicant);
        save(applicant, question, "Some text.");
        run(applicant, () -> pairings.inviteMentor(invited.email()));
        PairingSummary ended = pair(applicant, former);
        run(applicant, () -> pairings.end(ended.id()));
        accounts.signIn(applicant);

        assertThat(sharing.sharing(answer(answerIdOf(applicant, question))).mentors()).isEmpty();
        for (AccountSummary mentor : List.of(invited, former)) {
            assertThatThrownBy(() -> sharing.share(answer(answerIdOf(applicant, question)), mentor.id()))
                    .isInstanceOf(ReviewException.class)
                    .hasMessage("You can share your answer only with a mentor you are paired with.");
        }
        assertThat(sharesOf(answerIdOf(applicant, question))).isZero();
    }

    @Test
    void sharing_twice_changes_nothing() {
        Setup setup = answered("I like images.");
        accounts.signIn(setup.applicant());
        sharing.requestReview(answerOf(setup), setup.mentor().id(), "First note");
        Share before = share(setup);

        sharing.share(answerOf(setup), setup.mentor().id());
        sharing.share(answerOf(setup), setup.mentor().id());

        assertThat(sharesOf(setup.answerId())).isEqualTo(1);
        Share after = share(setup);
        assertThat(after.getId()).isEqualTo(before.getId());
        assertThat(after.getReviewStatus()).isEqualTo(ReviewStatus.REQUESTED);
        assertThat(after.getReviewNote()).isEqualTo("First note");
        assertThat(notificationsOf(setup.mentor(), "REVIEW_REQUESTED")).hasSize(1);
    }

    @Test
    void revoking_ends_the_mentors_access_at_once_and_tells_them_once() {
        Setup setup = shared("I chose radiology because of the puzzles.");
        ThreadView thread = comment(setup, setup.mentor(), "puzzles", "Which puzzles?");
        ReviewPage read = openAs(setup.mentor(), setup.answerId());

        run(setup.applicant(), () -> sharing.revoke(answerOf(setup), setup.mentor().id()));
        run(setup.applicant(), () -> sharing.revoke(answerOf(setup), setup.mentor().id()));

        accounts.signIn(setup.mentor());
        assertThatThrownBy(() -> review.open(answer(setup.answerId()))).isInstanceOf(AccessDeniedException.class)
                .hasMessage(SubjectAccess.notSharedMessage("answer"));
        assertThatThrownBy(() -> review.reply(thread.id(), "Still there?")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> review.startThread(new NewThread(answer(setup.answerId()), read.revisionId(), PART, 0, 9,
                "I chose r", "Another one"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> review.resolve(thread.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> review.editComment(thread.comments().getFirst().id(), "edited"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> review.finishReview(answer(setup.answerId()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> review.changesSinceMyLastReview(answer(setup.answerId()))).isInstanceOf(AccessDeniedException.class);
        assertThat(sharing.reviewQueue()).isEmpty();
        assertThat(threadsOf(setup.answerId())).isEqualTo(1);
        assertThat(count("thread_comment", "thread_id", thread.id())).isEqualTo(1);

        List<Sent> revoked = notificationsOf(setup.mentor(), "SHARE_REVOKED");
        assertThat(revoked).singleElement().satisfies(sent -> {
            assertThat(sent.message()).contains(setup.question().text().substring(0, 20));
            assertThat(sent.link()).isEqualTo("reviews");
        });
        assertThat(as(setup.applicant(), () -> sharing.mySharedItems())).isEmpty();
    }

    @Test
    void sharing_again_after_revoking_brings_back_the_threads() {
        Setup setup = shared("I chose radiology because of the puzzles.");
        ThreadView thread = comment(setup, setup.mentor(), "puzzles", "Which puzzles?");
        run(setup.applicant(), () -> sharing.revoke(answerOf(setup), setup.mentor().id()));

        run(setup.applicant(), () -> sharing.share(answerOf(setup), setup.mentor().id()));

        assertThat(openAs(setup.mentor(), setup.answerId()).threads()).extracting(ThreadView::id).containsExactly(thread.id());
    }

    @Test
    void ending_the_pairing_removes_access_but_keeps_the_share_and_pairing_again_restores_it() {
        Setup setup = shared("I chose radiology because of the puzzles.");
        ThreadView thread = comment(setup, setup.mentor(), "puzzles", "Which puzzles?");
        PairingSummary pairing = as(setup.applicant(), () -> pairings.myMentors()).getFirst();

        run(setup.mentor(), () -> pairings.end(pairing.id()));

        assertThat(sharesOf(setup.answerId())).isEqualTo(1);
        accounts.signIn(setup.mentor());
        assertThatThrownBy(() -> review.open(answer(setup.answerId()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> review.reply(thread.id(), "Hello?")).isInstanceOf(AccessDeniedException.class);
        assertThat(sharing.reviewQueue()).isEmpty();
        accounts.signIn(setup.applicant());
        assertThat(sharing.mySharedItems()).isEmpty();
        assertThat(sharing.sharing(answerOf(setup)).mentors()).isEmpty();

        pair(setup.applicant(), setup.mentor());

        accounts.signIn(setup.mentor());
        assertThat(sharing.reviewQueue()).extracting((QueueItem item) -> item.subject().id()).containsExactly(setup.answerId());
        assertThat(review.open(answer(setup.answerId())).threads()).extracting(ThreadView::id).containsExactly(thread.id());
        review.reply(thread.id(), "Back again.");
        accounts.signIn(setup.applicant());
        assertThat(sharing.mySharedItems()).extracting((SharedItem item) -> item.subject().id()).containsExactly(setup.answerId());
    }

    @Test
    void my_shared_items_list_only_answers_shared_with_a_current_mentor_and_count_open_threads() {
        Setup setup = shared("I chose radiology because of the puzzles.");
        AccountSummary second = secondMentor(setup);
        comment(setup, setup.mentor(), "puzzles", "Which puzzles?");
        ThreadView resolved = comment(setup, second, "radiology", "Why?");
        run(second, () -> review.resolve(resolved.id()));
        QuestionSummary unshared = question(setup.applicant());
        save(setup.applicant(), unshared, "Not shared.");

        List<SharedItem> items = as(setup.applicant(), () -> sharing.mySharedItems());

        assertThat(items).singleElement().satisfies(item -> {
            assertThat(item.subject()).isEqualTo(answerOf(setup));
            assertThat(item.sharedWith()).extracting(ShareTarget::mentorId)
                    .containsExactlyInAnyOrder(setup.mentor().id(), second.id());
            assertThat(item.openThreads()).isEqualTo(1);
        });
    }

    // --- review requests -------------------------------------------------------------------------

    @Test
    void requesting_a_review_shares_if_needed_and_tells_the_mentor_once_with_a_link() {
        Setup setup = answered("I like images.");

        run(setup.applicant(), () -> sharing.requestReview(answerOf(setup), setup.mentor().id(),
                "  Is the opening too long?  "));

        Share share = share(setup);
        assertThat(share.getReviewStatus()).isEqualTo(ReviewStatus.REQUESTED);
        assertThat(share.getReviewNote()).isEqualTo("Is the opening too long?");
        assertThat(share.getReviewRequestedAt()).isEqualTo(clock.instant());
        assertThat(notificationsOf(setup.mentor())).singleElement().satisfies(sent -> {
            assertThat(sent.kind()).isEqualTo("REVIEW_REQUESTED");
            assertThat(sent.link()).isEqualTo("review/answer/" + setup.answerId());
            assertThat(sent.message()).contains("Is the opening too long?");
        });
        assertThat(as(setup.mentor(), () -> sharing.reviewQueue())).singleElement().satisfies(item -> {
            assertThat(item.status()).isEqualTo(ReviewStatus.REQUESTED);
            assertThat(item.note()).isEqualTo("Is the opening too long?");
            assertThat(item.applicantId()).isEqualTo(setup.applicant().id());
        });
        SharingState state = as(setup.applicant(), () -> sharing.sharing(answerOf(setup)));
        assertThat(state.mentors()).singleElement().satisfies(target -> {
            assertThat(target.shared()).isTrue();
            assertThat(target.status()).isEqualTo(ReviewStatus.REQUESTED);
            assertThat(target.note()).isEqualTo("Is the opening too long?");
        });
    }

    @Test
    void a_blank_note_is_stored_as_none() {
        Setup setup = shared("I like images.");

        run(setup.applicant(), () -> sharing.requestReview(answerOf(setup), setup.mentor().id(), "   "));

        assertThat(share(setup).getReviewNote()).isNull();
        assertThat(notificationsOf(setup.mentor(), "REVIEW_REQUESTED")).singleElement()
                .satisfies(sent -> assertThat(sent.message()).endsWith("\"."));
    }

    @Test
    void an_over_long_note_is_refused_and_changes_nothing() {
        Setup setup = answered("I like images.");
        String note = "x".repeat(Share.NOTE_MAX_LENGTH + 1);

        assertThatThrownBy(() -> run(setup.applicant(), () -> sharing.requestReview(answerOf(setup),
                setup.mentor().id(), note)))
                .isInstanceOf(ReviewException.class)
                .hasMessageContaining(String.valueOf(Share.NOTE_MAX_LENGTH));
        assertThat(sharesOf(setup.answerId())).as("the share made for the request is rolled back").isZero();
        assertThat(notificationsOf(setup.mentor())).isEmpty();

        run(setup.applicant(), () -> sharing.requestReview(answerOf(setup), setup.mentor().id(),
                "y".repeat(Share.NOTE_MAX_LENGTH)));
        assertThat(share(setup).getReviewNote()).hasSize(Share.NOTE_MAX_LENGTH);
    }

    @Test
    void the_queue_puts_requests_first_then_in_review_then_shared_then_done() {
        AccountSummary applicant = accounts.applicant();
        AccountSummary mentor = accounts.mentor();
        pair(applicant, mentor);
        Item requested = answerShared(applicant, mentor, "Requested first of all.");
        clock.advance(Duration.ofMinutes(1));
        Item done = answerShared(applicant, mentor, "Reviewed already.");
        clock.advance(Duration.ofMinutes(1));
        Item inReview = answerShared(applicant, mentor, "Being read now.");
        clock.advance(Duration.ofMinutes(1));
        Item sharedOnly = answerShared(applicant, mentor, "Only shared, the newest.");
        run(applicant, () -> sharing.requestReview(answer(requested.answerId()), mentor.id(), null));
        run(applicant, () -> sharing.requestReview(answer(inReview.answerId()), mentor.id(), null));
        openAs(mentor, inReview.answerId());
        run(mentor, () -> review.finishReview(answer(done.answerId())));

        List<QueueItem> queue = as(mentor, () -> sharing.reviewQueue());

        assertThat(queue).extracting((QueueItem item) -> item.subject().id()).containsExactly(requested.answerId(), inReview.answerId(),
                sharedOnly.answerId(), done.answerId());
        assertThat(queue).extracting(QueueItem::status).containsExactly(ReviewStatus.REQUESTED, ReviewStatus.IN_REVIEW,
                ReviewStatus.NONE, ReviewStatus.DONE);
    }

    @Test
    void within_one_status_the_queue_shows_the_most_recently_updated_first() {
        AccountSummary applicant = accounts.applicant();
        AccountSummary mentor = accounts.mentor();
        pair(applicant, mentor);
        Item older = answerShared(applicant, mentor, "Older.");
        clock.advance(Duration.ofMinutes(1));
        Item newer = answerShared(applicant, mentor, "Newer.");

        assertThat(as(mentor, () -> sharing.reviewQueue())).extracting((QueueItem item) -> item.subject().id())
                .containsExactly(newer.answerId(), older.answerId());
    }

    @Test
    void a_review_moves_from_requested_to_in_review_to_done_and_then_shows_what_changed() {
        Setup setup = answered("I chose radiology because of the puzzles.");
        run(setup.applicant(), () -> sharing.requestReview(answerOf(setup), setup.mentor().id(), "Please"));
        accounts.signIn(setup.mentor());
        assertThat(review.changesSinceMyLastReview(answer(setup.answerId()))).as("never reviewed").isEmpty();

        ReviewPage page = review.open(answer(setup.answerId()));
        assertThat(page.reviewStatus()).isEqualTo(ReviewStatus.IN_REVIEW);
        assertThat(share(setup).getReviewStatus()).isEqualTo(ReviewStatus.IN_REVIEW);
        review.finishReview(answer(setup.answerId()));
        assertThat(share(setup).getReviewStatus()).isEqualTo(ReviewStatus.DONE);
        assertThat(share(setup).getReviewedRevision()).isEqualTo(page.revisionNumber());
        assertThat(review.changesSinceMyLastReview(answer(setup.answerId()))).as("nothing changed yet").isEmpty();
        assertThat(sharing.reviewQueue()).singleElement().satisfies(item -> {
            assertThat(item.status()).isEqualTo(ReviewStatus.DONE);
            assertThat(item.changedSinceReview()).isFalse();
        });

        // no clock move: the reviewed revision is sealed, so this save starts revision 2
        save(setup.applicant(), setup.question(), "I chose radiology because of the diagnostic puzzles.");

        accounts.signIn(setup.mentor());
        assertThat(sharing.reviewQueue()).singleElement().satisfies(item -> assertThat(item.changedSinceReview()).isTrue());
        Optional<ReviewChanges> diff = review.changesSinceMyLastReview(answer(setup.answerId()));
        assertThat(diff).hasValueSatisfying(changes -> {
            assertThat(changes.fromRevision()).isEqualTo(1);
            assertThat(changes.toRevision()).isEqualTo(2);
            assertThat(changes.parts()).singleElement().satisfies(part -> assertThat(part.segments())
                    .filteredOn(segment -> segment.kind() == Kind.ADDED)
                    .extracting(WordDiff.Segment::text)
                    .anySatisfy(text -> assertThat(text).contains("diagnostic")));
        });
        ReviewPage reread = review.open(answer(setup.answerId()));
        assertThat(reread.changedSinceReview()).isTrue();
        assertThat(reread.reviewedRevisionNumber()).isEqualTo(1);
        assertThat(reread.reviewStatus()).as("a done review stays done when reread").isEqualTo(ReviewStatus.DONE);

        run(setup.applicant(), () -> sharing.requestReview(answerOf(setup), setup.mentor().id(), "Again"));
        assertThat(share(setup).getReviewStatus()).isEqualTo(ReviewStatus.REQUESTED);
    }

    @Test
    void a_new_request_after_a_done_review_notifies_again_but_the_same_request_never_twice() {
        Setup setup = shared("I like images.");
        run(setup.applicant(), () -> sharing.requestReview(answerOf(setup), setup.mentor().id(), "One"));
        run(setup.applicant(), () -> sharing.requestReview(answerOf(setup), setup.mentor().id(), "One"));
        assertThat(notificationsOf(setup.mentor(), "REVIEW_REQUESTED")).hasSize(1);

        clock.advance(Duration.ofMinutes(1));
        run(setup.applicant(), () -> sharing.requestReview(answerOf(setup), setup.mentor().id(), "Two"));

        assertThat(notificationsOf(setup.mentor(), "REVIEW_REQUESTED")).hasSize(2);
    }

    @Test
    void sharing_the_same_answer_from_two_tabs_at_once_makes_one_share_and_fails_neither() throws Exception {
        Setup setup = answered("I like images.");
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            List<Future<?>> otherTab = new ArrayList<>();
            new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
                run(setup.applicant(), () -> sharing.share(answerOf(setup), setup.mentor().id()));
                otherTab.add(pool.submit(() -> {
                    accounts.signIn(setup.applicant());
                    try {
                        sharing.requestReview(answerOf(setup), setup.mentor().id(), "From the other tab");
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                }));
                awaitLockWait(otherTab.getFirst());
            });
            otherTab.getFirst().get(60, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }

        assertThat(sharesOf(setup.answerId())).isEqualTo(1);
        assertThat(share(setup).getReviewStatus()).isEqualTo(ReviewStatus.REQUESTED);
        assertThat(notificationsOf(setup.mentor(), "REVIEW_REQUESTED")).hasSize(1);
    }

    /** Waits until some session of the test database waits for a lock, or {@code other} has finished. */
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

    // --- helpers ----------------------------------------------------------------------------------

    private record Item(long questionId, long answerId) {
    }

    private Item answerShared(AccountSummary applicant, AccountSummary mentor, String text) {
        QuestionSummary question = question(applicant);
        save(applicant, question, text);
        run(applicant, () -> sharing.share(answer(answerIdOf(applicant, question)), mentor.id()));
        return new Item(question.id(), answerIdOf(applicant, question));
    }

    private long sharesOf(long answerId) {
        return sharesOf("answer", answerId);
    }

    private String statusOf(Setup setup) {
        return jdbc.sql("select review_status from review_share where subject_type = 'answer' and subject_id = ? and mentor_id = ?")
                .param(setup.answerId()).param(setup.mentor().id()).query(String.class).single();
    }

    private Share share(Setup setup) {
        return shareRepository.findBySubjectTypeAndSubjectIdAndMentorId("answer", setup.answerId(), setup.mentor().id()).orElseThrow();
    }
}
