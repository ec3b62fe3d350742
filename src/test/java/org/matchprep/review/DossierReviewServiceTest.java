package org.matchprep.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.matchprep.account.AccountSummary;
import org.matchprep.base.WordDiff;
import org.matchprep.feedback.PairingSummary;
import org.matchprep.review.ReviewPage.PartText;
import org.matchprep.season.DossierDetails;
import org.matchprep.season.DossierService;
import org.matchprep.season.DossierSummary;
import org.matchprep.season.Impressions;
import org.matchprep.season.InterviewPlan;
import org.matchprep.season.InterviewService;
import org.matchprep.season.InterviewStatus;
import org.matchprep.season.InterviewSummary;
import org.matchprep.season.ProgramType;
import org.matchprep.testing.Who;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;

/** Sharing a program dossier with a mentor and discussing passages of it, with the answers' threads. */
class DossierReviewServiceTest extends ReviewTestSupport {

    static final String STRENGTHS = "Strong neuroradiology with a dedicated reading room for residents.";
    static final String PASSAGE = "dedicated reading room";

    @Autowired
    DossierService dossierService;

    @Autowired
    InterviewService interviews;

    @Autowired
    ReviewHousekeeping housekeeping;

    record Dossier(AccountSummary applicant, AccountSummary mentor, PairingSummary pairing, DossierSummary dossier) {

        long id() {
            return dossier.id();
        }

        SubjectRef ref() {
            return SubjectRef.of("dossier", dossier.id());
        }
    }

    /** An applicant with a dossier and a paired mentor; nothing shared yet. */
    Dossier written() {
        AccountSummary applicant = accounts.applicant();
        AccountSummary mentor = accounts.mentor();
        PairingSummary pairing = pair(applicant, mentor);
        DossierSummary dossier = as(applicant, () -> dossierService.create(details("Mayo " + UUID.randomUUID(), STRENGTHS)));
        return new Dossier(applicant, mentor, pairing, dossier);
    }

    Dossier sharedDossier() {
        Dossier setup = written();
        run(setup.applicant(), () -> sharing.share(setup.ref(), setup.mentor().id()));
        return setup;
    }

    static DossierDetails details(String name, String strengths) {
        return new DossierDetails(name, "Rochester", "MN", ProgramType.ACADEMIC, "8 residents a year", "", strengths,
                "", "", "", List.of(), List.of("The reading room", "Their IMG residents"));
    }

    ThreadView commentOn(Dossier setup, AccountSummary mentor, String quote, String body) {
        return as(mentor, () -> {
            String text = review.open(setup.ref()).parts().stream()
                    .filter(part -> part.key().equals("strengths")).findFirst().orElseThrow().text();
            int start = text.indexOf(quote);
            return review.startThread(new NewThread(setup.ref(), null, "strengths", start, start + quote.length(),
                    quote, body));
        });
    }

    void editStrengths(Dossier setup, String strengths) {
        run(setup.applicant(), () -> {
            DossierSummary now = dossierService.dossier(setup.id());
            dossierService.update(setup.id(), now.version(), details(now.name(), strengths));
        });
    }

    @Test
    void the_text_has_the_dossier_parts_and_the_impressions_of_its_interviews() {
        Dossier setup = sharedDossier();
        run(setup.applicant(), () -> {
            InterviewSummary interview = interviews.schedule(new InterviewPlan(setup.id(), LocalDateTime.of(2026, 11, 3, 9, 0),
                    "America/Chicago", "Zoom", null, "", InterviewStatus.DONE));
            interviews.recordImpressions(interview.id(), interview.version(),
                    new Impressions("The PD", "Friendly and calm", "", "", "", ""));
        });

        ReviewPage page = as(setup.mentor(), () -> review.open(setup.ref()));

        assertThat(page.parts()).extracting(PartText::key).startsWith("basics", "strengths", "talking-points");
        assertThat(page.parts()).extracting(PartText::label)
                .contains("Impressions, Nov 3, 2026: who you met", "Impressions, Nov 3, 2026: culture");
        assertThat(page.parts()).extracting(PartText::text).contains(STRENGTHS, "Friendly and calm",
                "The reading room\nTheir IMG residents");
        assertThat(page.parts().stream().filter(part -> part.key().endsWith("-culture")).findFirst().orElseThrow().key())
                .matches("impressions-\\d+-culture");
        assertThat(page.viewerIsMentor()).isTrue();
        assertThat(page.applicantName()).isEqualTo(setup.applicant().displayName());
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void opening_is_for_the_owner_and_a_paired_mentor_it_is_shared_with(Who who) {
        Dossier setup = sharedDossier();
        caller(who, setup.applicant(), setup.mentor());
        switch (who) {
            case APPLICANT -> assertThat(review.open(setup.ref()).viewerIsMentor()).isFalse();
            case MENTOR -> assertThat(review.open(setup.ref()).viewerIsMentor()).isTrue();
            // an anonymous caller is refused by the class-level rule, an admin by the ownership check
            case ADMIN, ANONYMOUS -> assertThatThrownBy(() -> review.open(setup.ref()))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void another_applicant_a_mentor_not_shared_and_a_missing_id_are_refused_alike() {
        Dossier setup = written();
        AccountSummary stranger = accounts.applicant();

        assertThatThrownBy(() -> as(setup.mentor(), () -> review.open(setup.ref())))
                .isInstanceOf(AccessDeniedException.class).hasMessage(SubjectAccess.notSharedMessage("dossier"));
        assertThatThrownBy(() -> as(stranger, () -> review.open(setup.ref())))
                .isInstanceOf(AccessDeniedException.class).hasMessage(SubjectAccess.notSharedMessage("dossier"));
        assertThatThrownBy(() -> as(stranger, () -> review.open(SubjectRef.of("dossier", Long.MAX_VALUE))))
                .isInstanceOf(AccessDeniedException.class).hasMessage(SubjectAccess.notSharedMessage("dossier"));
        assertThatThrownBy(() -> as(stranger, () -> sharing.sharing(setup.ref())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> run(stranger, () -> sharing.share(setup.ref(), setup.mentor().id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> run(stranger, () -> sharing.revoke(setup.ref(), setup.mentor().id())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_mentor_shared_with_but_not_paired_has_no_access_and_sharing_needs_a_pairing() {
        Dossier setup = written();
        AccountSummary unpaired = accounts.mentor();

        assertThatThrownBy(() -> run(setup.applicant(), () -> sharing.share(setup.ref(), unpaired.id())))
                .isInstanceOf(ReviewException.class)
                .hasMessage("You can share your dossier only with a mentor you are paired with.");
        assertThatThrownBy(() -> as(unpaired, () -> review.open(setup.ref())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as(unpaired, () -> sharing.reviewQueue())).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void sharing_controls_are_for_applicants_only(Who who) {
        Dossier setup = written();
        caller(who, setup.applicant(), setup.mentor());
        if (who == Who.APPLICANT) {
            sharing.share(setup.ref(), setup.mentor().id());
            sharing.share(setup.ref(), setup.mentor().id()); // twice changes nothing
            assertThat(sharing.sharing(setup.ref()).mentors()).singleElement()
                    .satisfies(target -> assertThat(target.shared()).isTrue());
            assertThat(sharing.mySharedItems()).extracting(SharedItem::subject).containsExactly(setup.ref());
            assertThat(sharesOf("dossier", setup.id())).isEqualTo(1);
        } else {
            Class<? extends Exception> refusal = AuthorizationDeniedException.class;
            assertThatThrownBy(() -> sharing.share(setup.ref(), setup.mentor().id())).isInstanceOf(refusal);
            assertThatThrownBy(() -> sharing.sharing(setup.ref())).isInstanceOf(refusal);
            assertThatThrownBy(() -> sharing.mySharedItems()).isInstanceOf(refusal);
            assertThat(sharesOf("dossier", setup.id())).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void the_list_of_dossiers_shared_with_me_is_for_mentors_only(Who who) {
        Dossier setup = sharedDossier();
        caller(who, setup.applicant(), setup.mentor());
        if (who == Who.MENTOR) {
            assertThat(sharing.reviewQueue()).singleElement().satisfies(item -> {
                assertThat(item.subject()).isEqualTo(setup.ref());
                assertThat(item.applicantName()).isEqualTo(setup.applicant().displayName());
            });
        } else {
            assertThatThrownBy(() -> sharing.reviewQueue()).isInstanceOf(AuthorizationDeniedException.class);
        }
    }

    @Test
    void the_mentor_comments_the_applicant_is_told_and_replies_and_both_resolve_and_reopen() {
        Dossier setup = sharedDossier();
        ThreadView thread = commentOn(setup, setup.mentor(), PASSAGE, "Which scanners?");

        assertThat(thread.quote()).isEqualTo(PASSAGE);
        assertThat(thread.start()).isEqualTo(STRENGTHS.indexOf(PASSAGE));
        assertThat(notificationsOf(setup.applicant(), "NEW_COMMENT")).singleElement()
                .satisfies(sent -> assertThat(sent.link()).isEqualTo(setup.ref().link()));

        run(setup.applicant(), () -> review.reply(thread.id(), "Two 3T MRIs."));
        assertThat(notificationsOf(setup.mentor(), "REPLY")).singleElement()
                .satisfies(sent -> assertThat(sent.link()).isEqualTo(setup.ref().link()));

        run(setup.applicant(), () -> review.resolve(thread.id()));
        assertThat(notificationsOf(setup.mentor(), "THREAD_RESOLVED")).hasSize(1);
        assertThat(as(setup.mentor(), () -> review.open(setup.ref())).threads().getFirst().resolved()).isTrue();
        assertThat(as(setup.mentor(), () -> sharing.reviewQueue()).getFirst().openThreads()).isZero();

        run(setup.mentor(), () -> review.reopen(thread.id()));
        assertThat(notificationsOf(setup.applicant(), "THREAD_REOPENED")).hasSize(1);
        ReviewPage page = as(setup.applicant(), () -> review.open(setup.ref()));
        assertThat(page.threads().getFirst().resolved()).isFalse();
        assertThat(page.threads().getFirst().comments()).extracting(ThreadView.CommentView::body)
                .containsExactly("Which scanners?", "Two 3T MRIs.");
        assertThat(as(setup.applicant(), () -> sharing.mySharedItems()).getFirst().openThreads()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void only_a_mentor_it_is_shared_with_starts_a_thread(Who who) {
        Dossier setup = sharedDossier();
        int start = STRENGTHS.indexOf(PASSAGE);
        NewThread request = new NewThread(setup.ref(), null, "strengths", start, start + PASSAGE.length(),
                PASSAGE, "Nice.");
        caller(who, setup.applicant(), setup.mentor());
        if (who == Who.MENTOR) {
            assertThat(review.startThread(request).quote()).isEqualTo(PASSAGE);
        } else {
            assertThatThrownBy(() -> review.startThread(request)).isInstanceOf(AuthorizationDeniedException.class);
        }
    }

    @Test
    void a_passage_that_no_longer_reads_as_quoted_is_refused() {
        Dossier setup = sharedDossier();
        int start = STRENGTHS.indexOf(PASSAGE);

        assertThatThrownBy(() -> as(setup.mentor(), () -> review.startThread(new NewThread(setup.ref(), null,
                "strengths", start + 1, start + 1 + PASSAGE.length(), PASSAGE, "Hm"))))
                .isInstanceOf(ReviewException.class).hasMessageContaining("no longer in the dossier as you read it");
        assertThatThrownBy(() -> as(setup.mentor(), () -> review.startThread(new NewThread(setup.ref(), null,
                "no-such-part", 0, 3, "Str", "Hm"))))
                .isInstanceOf(ReviewException.class).hasMessage("Select a passage inside one part of the dossier.");
        assertThat(ofSubject("comment_thread", "dossier", setup.id())).isZero();
    }

    @Test
    void another_mentor_neither_sees_nor_joins_the_first_mentors_thread() {
        Dossier setup = sharedDossier();
        AccountSummary other = accounts.mentor();
        pair(setup.applicant(), other);
        run(setup.applicant(), () -> sharing.share(setup.ref(), other.id()));
        ThreadView thread = commentOn(setup, setup.mentor(), PASSAGE, "Which scanners?");
        long commentId = thread.comments().getFirst().id();

        assertThat(as(other, () -> review.open(setup.ref())).threads()).isEmpty();
        assertThatThrownBy(() -> run(other, () -> review.reply(thread.id(), "Me too")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> run(other, () -> review.resolve(thread.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> run(other, () -> review.editComment(commentId, "Mine now")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> run(setup.applicant(), () -> review.editComment(commentId, "Not yours")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as(setup.applicant(), () -> review.open(setup.ref())).threads()).hasSize(1);
    }

    @Test
    void the_author_edits_and_deletes_their_own_comment() {
        Dossier setup = sharedDossier();
        ThreadView thread = commentOn(setup, setup.mentor(), PASSAGE, "Which scanners?");
        long commentId = thread.comments().getFirst().id();

        run(setup.mentor(), () -> review.editComment(commentId, "Which MRI scanners?"));
        assertThat(as(setup.applicant(), () -> review.open(setup.ref())).threads().getFirst().comments().getFirst()
                .body()).isEqualTo("Which MRI scanners?");
        run(setup.mentor(), () -> review.deleteComment(commentId));
        assertThat(as(setup.applicant(), () -> review.open(setup.ref())).threads().getFirst().comments().getFirst()
                .deleted()).isTrue();
    }

    @Test
    void one_service_carries_threads_of_both_kinds_and_keeps_each_to_its_own_people() {
        Dossier setup = sharedDossier();
        ThreadView onDossier = commentOn(setup, setup.mentor(), PASSAGE, "Which scanners?");
        Setup answer = shared("I like images and I like people.");
        ThreadView onAnswer = comment(answer, answer.mentor(), "like people", "Say more.");

        run(setup.applicant(), () -> review.reply(onDossier.id(), "Two 3T MRIs."));
        run(answer.applicant(), () -> review.reply(onAnswer.id(), "Patients and teams."));
        assertThatThrownBy(() -> run(setup.applicant(), () -> review.reply(onAnswer.id(), "Hi")))
                .isInstanceOf(AccessDeniedException.class).hasMessage(Threads.refused().getMessage());
        assertThatThrownBy(() -> run(answer.mentor(), () -> review.resolve(onDossier.id())))
                .isInstanceOf(AccessDeniedException.class).hasMessage(Threads.refused().getMessage());

        assertThat(notificationsOf(setup.mentor(), "REPLY")).singleElement()
                .satisfies(sent -> assertThat(sent.link()).isEqualTo(setup.ref().link()));
        assertThat(notificationsOf(answer.mentor(), "REPLY")).singleElement()
                .satisfies(sent -> assertThat(sent.link()).isEqualTo(answerOf(answer).link()));
    }

    @Test
    void revoking_ends_access_at_once_and_tells_the_mentor() {
        Dossier setup = sharedDossier();
        ThreadView thread = commentOn(setup, setup.mentor(), PASSAGE, "Which scanners?");

        run(setup.applicant(), () -> sharing.revoke(setup.ref(), setup.mentor().id()));

        assertThat(notificationsOf(setup.mentor(), "SHARE_REVOKED")).singleElement()
                .satisfies(sent -> assertThat(sent.message()).contains("stopped sharing the dossier"));
        assertThatThrownBy(() -> as(setup.mentor(), () -> review.open(setup.ref())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> run(setup.mentor(), () -> review.reply(thread.id(), "Still here?")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as(setup.mentor(), () -> sharing.reviewQueue())).isEmpty();
        // the thread stays for the applicant, who can still reply; the mentor is told nothing more
        run(setup.applicant(), () -> review.reply(thread.id(), "Noted."));
        assertThat(notificationsOf(setup.mentor(), "REPLY")).isEmpty();
    }

    @Test
    void ending_the_pairing_ends_access() {
        Dossier setup = sharedDossier();
        run(setup.applicant(), () -> pairings.end(setup.pairing().id()));

        assertThatThrownBy(() -> as(setup.mentor(), () -> review.open(setup.ref())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as(setup.mentor(), () -> sharing.reviewQueue())).isEmpty();
        assertThat(as(setup.applicant(), () -> sharing.mySharedItems())).isEmpty();
    }

    @Test
    void a_thread_follows_its_passage_when_text_is_added_before_it_and_is_outdated_when_it_is_removed() {
        Dossier setup = sharedDossier();
        commentOn(setup, setup.mentor(), PASSAGE, "Which scanners?");

        String longer = "Great teaching culture. " + STRENGTHS;
        editStrengths(setup, longer);
        ThreadView moved = as(setup.mentor(), () -> review.open(setup.ref())).threads().getFirst();
        assertThat(moved.outdated()).isFalse();
        assertThat(moved.exact()).isTrue();
        assertThat(moved.start()).isEqualTo(longer.indexOf(PASSAGE));

        editStrengths(setup, "Strong neuroradiology. Busy trauma centre.");
        ThreadView gone = as(setup.applicant(), () -> review.open(setup.ref())).threads().getFirst();
        assertThat(gone.outdated()).isTrue();
        assertThat(gone.quote()).isEqualTo(PASSAGE);
    }

    @Test
    void markup_in_a_comment_stays_text() {
        Dossier setup = sharedDossier();
        String markup = "<img src=x onerror=alert(1)> <b>bold</b>";
        commentOn(setup, setup.mentor(), PASSAGE, markup);

        assertThat(as(setup.applicant(), () -> review.open(setup.ref())).threads().getFirst().comments().getFirst()
                .body()).isEqualTo(markup);
    }

    // --- what dossiers gained from the one review stack ---------------------------------------------

    @Test
    void a_review_of_a_dossier_is_requested_read_and_done_as_for_answers() {
        Dossier setup = written();
        run(setup.applicant(), () -> sharing.requestReview(setup.ref(), setup.mentor().id(), "Is my red flag fair?"));

        assertThat(notificationsOf(setup.mentor(), "REVIEW_REQUESTED")).singleElement().satisfies(sent -> {
            assertThat(sent.link()).isEqualTo("review/dossier/" + setup.id());
            assertThat(sent.message()).contains("the dossier \"" + setup.dossier().name() + "\"", "Is my red flag fair?");
        });
        assertThat(as(setup.mentor(), () -> sharing.reviewQueue())).singleElement().satisfies(item -> {
            assertThat(item.status()).isEqualTo(ReviewStatus.REQUESTED);
            assertThat(item.note()).isEqualTo("Is my red flag fair?");
            assertThat(item.category()).isEqualTo("Program dossier");
        });

        ReviewPage read = as(setup.mentor(), () -> review.open(setup.ref()));
        assertThat(read.reviewStatus()).as("opening moves it to in review").isEqualTo(ReviewStatus.IN_REVIEW);
        assertThat(read.revisionId()).as("dossiers keep no revisions").isNull();
        run(setup.mentor(), () -> review.finishReview(setup.ref()));
        assertThat(as(setup.applicant(), () -> sharing.mySharedItems())).singleElement()
                .satisfies(item -> assertThat(item.sharedWith()).singleElement()
                        .satisfies(target -> assertThat(target.status()).isEqualTo(ReviewStatus.DONE)));
    }

    @Test
    void after_a_done_review_the_mentor_sees_what_changed_in_the_dossier_word_by_word() {
        Dossier setup = sharedDossier();
        run(setup.mentor(), () -> review.finishReview(setup.ref()));
        assertThat(as(setup.mentor(), () -> review.changesSinceMyLastReview(setup.ref()))).as("nothing changed yet").isEmpty();

        editStrengths(setup, STRENGTHS.replace("dedicated", "dedicated and quiet"));

        assertThat(as(setup.mentor(), () -> sharing.reviewQueue())).singleElement()
                .satisfies(item -> assertThat(item.changedSinceReview()).isTrue());
        ReviewPage page = as(setup.mentor(), () -> review.open(setup.ref()));
        assertThat(page.changedSinceReview()).isTrue();
        assertThat(page.reviewedAt()).isNotNull();
        assertThat(as(setup.mentor(), () -> review.changesSinceMyLastReview(setup.ref()))).hasValueSatisfying(changes -> {
            assertThat(changes.fromRevision()).isNull();
            assertThat(changes.parts()).filteredOn(part -> part.changed()).singleElement().satisfies(part -> {
                assertThat(part.label()).isEqualTo("Strengths");
                assertThat(part.segments()).filteredOn(segment -> segment.kind() == WordDiff.Kind.ADDED)
                        .extracting(WordDiff.Segment::text).anySatisfy(text -> assertThat(text).contains("quiet"));
            });
        });
    }

    @Test
    void a_deleted_dossier_leaves_the_lists_at_once_and_housekeeping_forgets_its_shares_and_threads() {
        Dossier setup = sharedDossier();
        commentOn(setup, setup.mentor(), PASSAGE, "Which scanners?");

        run(setup.applicant(), () -> dossierService.delete(setup.id()));

        assertThat(as(setup.mentor(), () -> sharing.reviewQueue())).isEmpty();
        assertThat(as(setup.applicant(), () -> sharing.mySharedItems())).isEmpty();
        assertThatThrownBy(() -> as(setup.mentor(), () -> review.open(setup.ref())))
                .isInstanceOf(AccessDeniedException.class).hasMessage(SubjectAccess.notSharedMessage("dossier"));
        assertThat(housekeeping.forgetDeletedItems()).isPositive();
        assertThat(sharesOf("dossier", setup.id())).isZero();
        assertThat(ofSubject("comment_thread", "dossier", setup.id())).isZero();
    }
}
