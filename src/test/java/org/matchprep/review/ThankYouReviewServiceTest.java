package org.matchprep.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.matchprep.account.AccountSummary;
import org.matchprep.review.ReviewPage.PartText;
import org.matchprep.season.DossierService;
import org.matchprep.season.InterviewService;
import org.matchprep.season.InterviewStatus;
import org.matchprep.season.InterviewSummary;
import org.matchprep.season.LetterDraft;
import org.matchprep.season.LetterKind;
import org.matchprep.season.LetterService;
import org.matchprep.season.LetterSummary;
import org.matchprep.season.PersonNote;
import org.matchprep.season.SeasonFixtures;
import org.matchprep.season.ThankYouNote;
import org.matchprep.season.ThankYouService;
import org.matchprep.testing.Who;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;

/**
 * Thank-you notes and letters shared with a mentor through the one review stack: the mentor reads them
 * only once shared, comments on a passage as on an answer, and never writes them.
 */
class ThankYouReviewServiceTest extends ReviewTestSupport {

    static final String NOTE = "Dear Dr. Lee,\n\nThank you for showing me the AI lab and its chest CT triage work.";
    static final String PASSAGE = "chest CT triage work";

    @Autowired
    DossierService dossiers;

    @Autowired
    InterviewService interviews;

    @Autowired
    ThankYouService thankYous;

    @Autowired
    LetterService letters;

    record Written(AccountSummary applicant, AccountSummary mentor, InterviewSummary interview, ThankYouNote lee,
                   LetterSummary letter) {

        SubjectRef notes() {
            return SubjectRef.of("thank-you-notes", interview.id());
        }

        SubjectRef letterRef() {
            return SubjectRef.of("letter", letter.id());
        }
    }

    /** An applicant paired with a mentor, after an interview: two people met, one note drafted, an update letter. */
    Written written() {
        AccountSummary applicant = accounts.applicant();
        AccountSummary mentor = accounts.mentor();
        pair(applicant, mentor);
        return as(applicant, () -> {
            long dossier = dossiers.create(SeasonFixtures.dossier("Mayo " + UUID.randomUUID())).id();
            InterviewSummary interview = interviews.schedule(SeasonFixtures.at(dossier,
                    Instant.now().minus(2, ChronoUnit.DAYS), InterviewStatus.DONE));
            ThankYouNote lee = thankYous.addPerson(interview.id(), PersonNote.named("Dr. Lee", "Program director"))
                    .people().getFirst();
            thankYous.addPerson(interview.id(), PersonNote.named("Sam Ortiz", "Chief resident"));
            lee = thankYous.save(lee.id(), lee.version(), new PersonNote("Dr. Lee", "Program director", "the AI lab", NOTE));
            LetterSummary letter = letters.write(dossier, new LetterDraft(LetterKind.UPDATE,
                    "Since we met, my abstract was accepted. I remain very interested."));
            return new Written(applicant, mentor, interview, lee, letter);
        });
    }

    Written shared() {
        Written setup = written();
        run(setup.applicant(), () -> {
            sharing.share(setup.notes(), setup.mentor().id());
            sharing.share(setup.letterRef(), setup.mentor().id());
        });
        return setup;
    }

    @Test
    void the_notes_read_one_part_per_drafted_note_in_the_applicants_order() {
        Written setup = shared();

        ReviewPage page = as(setup.mentor(), () -> review.open(setup.notes()));

        assertThat(page.parts()).singleElement().satisfies(part -> {
            assertThat(part.key()).isEqualTo("person-" + setup.lee().id());
            assertThat(part.label()).isEqualTo("1. To Dr. Lee (Program director)");
            assertThat(part.text()).isEqualTo(NOTE);
        });
        assertThat(page.viewerIsMentor()).isTrue();
        ReviewPage letter = as(setup.mentor(), () -> review.open(setup.letterRef()));
        assertThat(letter.parts()).extracting(PartText::label).containsExactly("Update letter");
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void the_notes_open_for_their_applicant_and_a_paired_mentor_they_are_shared_with(Who who) {
        Written setup = shared();
        caller(who, setup.applicant(), setup.mentor());
        switch (who) {
            case APPLICANT -> {
                assertThat(review.open(setup.notes()).viewerIsMentor()).isFalse();
                assertThat(review.open(setup.letterRef()).viewerIsMentor()).isFalse();
            }
            case MENTOR -> {
                assertThat(review.open(setup.notes()).viewerIsMentor()).isTrue();
                assertThat(review.open(setup.letterRef()).viewerIsMentor()).isTrue();
            }
            case ADMIN, ANONYMOUS -> {
                assertThatThrownBy(() -> review.open(setup.notes())).isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> review.open(setup.letterRef())).isInstanceOf(AccessDeniedException.class);
            }
        }
    }

    @Test
    void before_sharing_the_mentor_reads_nothing_and_another_applicant_never_does() {
        Written setup = written();
        AccountSummary stranger = accounts.applicant();

        assertThatThrownBy(() -> as(setup.mentor(), () -> review.open(setup.notes())))
                .isInstanceOf(AccessDeniedException.class).hasMessage(SubjectAccess.notSharedMessage("set of thank-you notes"));
        assertThatThrownBy(() -> as(setup.mentor(), () -> review.open(setup.letterRef())))
                .isInstanceOf(AccessDeniedException.class).hasMessage(SubjectAccess.notSharedMessage("letter"));
        assertThat(as(setup.mentor(), () -> sharing.reviewQueue())).isEmpty();

        run(setup.applicant(), () -> sharing.share(setup.notes(), setup.mentor().id()));
        assertThatThrownBy(() -> as(stranger, () -> review.open(setup.notes())))
                .isInstanceOf(AccessDeniedException.class).hasMessage(SubjectAccess.notSharedMessage("set of thank-you notes"));
        assertThatThrownBy(() -> as(stranger, () -> sharing.sharing(setup.notes()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> run(stranger, () -> sharing.share(setup.letterRef(), setup.mentor().id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(stranger, () -> thankYous.notes(setup.interview().id())))
                .isExactlyInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(stranger, () -> letters.letters(setup.letter().dossierId())))
                .isExactlyInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_mentor_reads_only_through_the_review_stack_and_cannot_write_or_mark_sent() {
        Written setup = shared();
        ThankYouNote lee = setup.lee();

        assertThatThrownBy(() -> as(setup.mentor(), () -> thankYous.notes(setup.interview().id())))
                .isExactlyInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> as(setup.mentor(), () -> thankYous.save(lee.id(), lee.version(), lee.toPersonNote())))
                .isExactlyInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> as(setup.mentor(), () -> thankYous.markSent(lee.id(), lee.version(), null)))
                .isExactlyInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> as(setup.mentor(), () -> letters.update(setup.letter().id(), setup.letter().version(),
                setup.letter().toDraft()))).isExactlyInstanceOf(AuthorizationDeniedException.class);
        assertThat(as(setup.applicant(), () -> thankYous.notes(setup.interview().id())).people().getFirst().version())
                .isEqualTo(lee.version());
    }

    @Test
    void the_mentor_comments_on_a_note_as_on_an_answer_and_the_queue_lists_both_items() {
        Written setup = shared();
        run(setup.applicant(), () -> sharing.requestReview(setup.notes(), setup.mentor().id(), "Too stiff?"));

        assertThat(as(setup.mentor(), () -> sharing.reviewQueue())).extracting(QueueItem::subject)
                .containsExactly(setup.notes(), setup.letterRef());
        assertThat(as(setup.mentor(), () -> sharing.reviewQueue()).getFirst().category()).isEqualTo("Thank-you notes");
        int start = NOTE.indexOf(PASSAGE);
        ThreadView thread = as(setup.mentor(), () -> review.startThread(new NewThread(setup.notes(), null,
                "person-" + setup.lee().id(), start, start + PASSAGE.length(), PASSAGE, "Say what you liked about it.")));
        assertThat(notificationsOf(setup.applicant(), "NEW_COMMENT")).singleElement()
                .satisfies(sent -> assertThat(sent.link()).isEqualTo("review/thank-you-notes/" + setup.interview().id()));

        // the applicant rewrites the start of the note; the comment stays on its passage
        run(setup.applicant(), () -> {
            ThankYouNote now = thankYous.notes(setup.interview().id()).people().getFirst();
            thankYous.save(now.id(), now.version(), new PersonNote(now.name(), now.role(), now.specificThing(),
                    "Dear Dr. Lee,\n\nThank you again for your time, and for showing me the AI lab and its " + PASSAGE + "."));
        });
        ThreadView moved = as(setup.mentor(), () -> review.open(setup.notes())).threads().getFirst();
        assertThat(moved.id()).isEqualTo(thread.id());
        assertThat(moved.outdated()).isFalse();
        assertThat(moved.quote()).isEqualTo(PASSAGE);
    }

    @Test
    void a_deleted_interview_takes_its_shared_notes_out_of_the_queue() {
        Written setup = shared();
        run(setup.applicant(), () -> interviews.delete(setup.interview().id()));

        assertThat(as(setup.mentor(), () -> sharing.reviewQueue())).extracting(QueueItem::subject)
                .containsExactly(setup.letterRef());
    }
}
