package org.matchprep.season;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.matchprep.account.AccountSummary;
import org.matchprep.base.InvalidInputException;
import org.matchprep.testing.IntegrationTest;
import org.matchprep.testing.Who;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;

class ThankYouServiceTest extends IntegrationTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin"); // the test accounts' zone

    @Autowired
    ThankYouService service;

    @Autowired
    InterviewService interviews;

    @Autowired
    DossierService dossiers;

    @Autowired
    LetterService letters;

    @Autowired
    SeasonPersonalData export;

    /** An interview of the signed-in applicant that started {@code ago} ago (negative: still ahead). */
    InterviewSummary interview(String program, Duration ago, InterviewStatus status) {
        long dossier = dossiers.create(SeasonFixtures.dossier(program)).id();
        return interviews.schedule(SeasonFixtures.at(dossier, Instant.now().minus(ago), status));
    }

    InterviewSummary pastInterview() {
        return interview("Mayo", Duration.ofDays(2), InterviewStatus.DONE);
    }

    // --- who may call what -----------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(Who.class)
    void only_the_applicant_who_owns_the_interview_lists_people_and_writes_notes(Who who) {
        AccountSummary owner = accounts.applicant();
        InterviewSummary theirs = as(owner, this::pastInterview);
        ThankYouNote person = as(owner, () -> service.addPerson(theirs.id(), PersonNote.named("Dr. Lee", "Program director")))
                .people().getFirst();
        signedIn(who);
        Class<? extends AccessDeniedException> refusal = who.refusedWhereOnly(Who.APPLICANT);

        assertThatThrownBy(() -> service.notes(theirs.id())).isExactlyInstanceOf(refusal);
        assertThatThrownBy(() -> service.addPerson(theirs.id(), PersonNote.named("Me", ""))).isExactlyInstanceOf(refusal);
        assertThatThrownBy(() -> service.save(person.id(), person.version(), PersonNote.named("Changed", "")))
                .isExactlyInstanceOf(refusal);
        assertThatThrownBy(() -> service.draft(person.id(), person.toPersonNote())).isExactlyInstanceOf(refusal);
        assertThatThrownBy(() -> service.markSent(person.id(), person.version(), null)).isExactlyInstanceOf(refusal);
        assertThatThrownBy(() -> service.unmarkSent(person.id(), person.version())).isExactlyInstanceOf(refusal);
        assertThatThrownBy(() -> service.move(person.id(), 1)).isExactlyInstanceOf(refusal);
        assertThatThrownBy(() -> service.remove(person.id())).isExactlyInstanceOf(refusal);
        assertThatThrownBy(() -> service.setDiscouraged(theirs.id(), true)).isExactlyInstanceOf(refusal);
        if (who != Who.APPLICANT) {
            assertThatThrownBy(() -> service.notesToSend()).isExactlyInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> service.warnings(person.toPersonNote())).isExactlyInstanceOf(AuthorizationDeniedException.class);
        } else {
            assertThat(service.notesToSend()).as("another applicant's notes are not theirs to send").isEmpty();
        }
        ThankYouNotes unchanged = as(owner, () -> service.notes(theirs.id()));
        assertThat(unchanged.people()).singleElement().satisfies(kept -> {
            assertThat(kept.name()).isEqualTo("Dr. Lee");
            assertThat(kept.sent()).isFalse();
        });
        assertThat(unchanged.discouraged()).isFalse();
    }

    @Test
    void another_applicant_is_told_the_interview_does_not_exist_as_for_a_missing_one() {
        AccountSummary owner = accounts.applicant();
        InterviewSummary theirs = as(owner, this::pastInterview);
        signedIn(Who.APPLICANT);

        assertThatThrownBy(() -> service.notes(theirs.id())).isExactlyInstanceOf(AccessDeniedException.class)
                .hasMessage(InterviewService.notYours().getMessage());
        assertThatThrownBy(() -> service.notes(Long.MAX_VALUE)).isExactlyInstanceOf(AccessDeniedException.class)
                .hasMessage(InterviewService.notYours().getMessage());
    }

    // --- behaviour -------------------------------------------------------------------------------

    @Test
    void people_are_listed_in_order_moved_and_removed() {
        signedIn(Who.APPLICANT);
        InterviewSummary interview = pastInterview();
        service.addPerson(interview.id(), PersonNote.named("Dr. Lee", "Program director"));
        service.addPerson(interview.id(), PersonNote.named("Sam Ortiz", "Chief resident"));
        ThankYouNotes three = service.addPerson(interview.id(), PersonNote.named("Ana Diaz", "Coordinator"));
        assertThat(three.people()).extracting(ThankYouNote::name).containsExactly("Dr. Lee", "Sam Ortiz", "Ana Diaz");

        ThankYouNotes moved = service.move(three.people().get(2).id(), -1);
        assertThat(moved.people()).extracting(ThankYouNote::name).containsExactly("Dr. Lee", "Ana Diaz", "Sam Ortiz");
        assertThat(service.move(moved.people().getFirst().id(), -1).people()).as("the first stays first")
                .extracting(ThankYouNote::name).containsExactly("Dr. Lee", "Ana Diaz", "Sam Ortiz");

        ThankYouNotes removed = service.remove(moved.people().get(1).id());
        assertThat(removed.people()).extracting(ThankYouNote::name).containsExactly("Dr. Lee", "Sam Ortiz");
        ThankYouNotes added = service.addPerson(interview.id(), PersonNote.named("Ana Diaz", ""));
        assertThat(added.people()).extracting(ThankYouNote::name).containsExactly("Dr. Lee", "Sam Ortiz", "Ana Diaz");
        assertThat(added.people().getLast().role()).isEmpty();
    }

    @Test
    void a_note_is_saved_marked_sent_today_in_my_zone_and_undone() {
        signedIn(Who.APPLICANT);
        InterviewSummary interview = pastInterview();
        ThankYouNote person = service.addPerson(interview.id(), PersonNote.named("Dr. Lee", "Program director")).people().getFirst();

        ThankYouNote written = service.save(person.id(), person.version(),
                new PersonNote("Dr. Lee", "Program director", "the AI lab", "Dear Dr. Lee, thank you. The AI lab..."));
        assertThat(written.specificThing()).isEqualTo("the AI lab");
        assertThatThrownBy(() -> service.save(person.id(), person.version(), person.toPersonNote()))
                .isInstanceOf(SeasonException.class).hasMessageContaining("changed in another tab");

        ThankYouNote sent = service.markSent(written.id(), written.version(), null);
        assertThat(sent.sentOn()).isEqualTo(LocalDate.now(BERLIN));
        assertThat(service.notes(interview.id()).notesToSend()).isZero();

        ThankYouNote undone = service.unmarkSent(sent.id(), sent.version());
        assertThat(undone.sent()).isFalse();
        assertThat(service.notes(interview.id()).notesToSend()).isEqualTo(1);

        ThankYouNote yesterday = service.markSent(undone.id(), undone.version(), LocalDate.now(BERLIN).minusDays(1));
        assertThat(yesterday.sentOn()).isEqualTo(LocalDate.now(BERLIN).minusDays(1));
    }

    @Test
    void a_sent_day_after_today_or_before_the_interview_is_refused() {
        signedIn(Who.APPLICANT);
        InterviewSummary interview = pastInterview();
        ThankYouNote person = service.addPerson(interview.id(), PersonNote.named("Dr. Lee", "")).people().getFirst();

        assertThatThrownBy(() -> service.markSent(person.id(), person.version(), LocalDate.now(BERLIN).plusDays(1)))
                .isInstanceOf(SeasonException.class).satisfies(refused ->
                        assertThat(((InvalidInputException) refused).fields()).containsExactly("sentOn"));
        assertThatThrownBy(() -> service.markSent(person.id(), person.version(), LocalDate.now(BERLIN).minusDays(10)))
                .isInstanceOf(SeasonException.class).hasMessageContaining("before the interview");
        assertThat(service.notes(interview.id()).people().getFirst().sent()).isFalse();
    }

    @Test
    void names_and_notes_are_checked_at_the_boundary() {
        signedIn(Who.APPLICANT);
        InterviewSummary interview = pastInterview();

        assertThatThrownBy(() -> service.addPerson(interview.id(), PersonNote.named("  ", "")))
                .isInstanceOf(SeasonException.class).satisfies(refused ->
                        assertThat(((InvalidInputException) refused).fields()).containsExactly("name"));
        assertThatThrownBy(() -> service.addPerson(interview.id(), new PersonNote("Dr. Lee", "x".repeat(121), "",
                "Thank you\u0000")))
                .isInstanceOf(SeasonException.class).satisfies(refused ->
                        assertThat(((InvalidInputException) refused).fields()).containsExactly("role", "note"));
        assertThat(service.notes(interview.id()).people()).isEmpty();
    }

    @Test
    void notes_are_due_once_the_interview_took_place_and_not_when_the_program_discouraged_them() {
        signedIn(Who.APPLICANT);
        InterviewSummary past = pastInterview();
        InterviewSummary ahead = interview("Cleveland", Duration.ofDays(-3), InterviewStatus.SCHEDULED);
        InterviewSummary withdrawn = interview("Tampa", Duration.ofDays(4), InterviewStatus.WITHDRAWN);
        service.addPerson(past.id(), PersonNote.named("Dr. Lee", ""));
        ThankYouNote sent = service.addPerson(past.id(), PersonNote.named("Sam Ortiz", "")).people().getLast();
        service.addPerson(past.id(), PersonNote.named("Ana Diaz", ""));
        service.markSent(sent.id(), sent.version(), null);
        service.addPerson(ahead.id(), PersonNote.named("Met at the pre-interview social", ""));
        service.addPerson(withdrawn.id(), PersonNote.named("Dr. Kim", ""));

        assertThat(service.notes(past.id()).notesToSend()).isEqualTo(2);
        assertThat(service.notes(ahead.id()).tookPlace()).isFalse();
        assertThat(service.notes(ahead.id()).notesToSend()).isZero();
        assertThat(service.notes(withdrawn.id()).withdrawn()).isTrue();
        assertThat(service.notes(withdrawn.id()).notesToSend()).isZero();
        assertThat(service.notesToSend()).containsExactly(new NotesDue(past.id(), "Mayo", 2));

        ThankYouNotes discouraged = service.setDiscouraged(past.id(), true);
        assertThat(discouraged.discouraged()).isTrue();
        assertThat(discouraged.notesToSend()).isZero();
        assertThat(service.setDiscouraged(past.id(), true).discouraged()).as("twice changes nothing").isTrue();
        assertThat(service.notesToSend()).isEmpty();

        service.setDiscouraged(past.id(), false);
        assertThat(service.notesToSend()).containsExactly(new NotesDue(past.id(), "Mayo", 2));
    }

    @Test
    void the_draft_names_the_person_the_program_the_specific_thing_and_a_moment_of_the_day() {
        AccountSummary me = signedIn(Who.APPLICANT);
        InterviewSummary interview = pastInterview();
        interviews.recordImpressions(interview.id(), interview.version(),
                new Impressions("", "", "", "", "", "A resident showed their own research poster"));
        ThankYouNote person = service.addPerson(interview.id(), PersonNote.named("Dr. Lee", "Program director"))
                .people().getFirst();

        String draft = service.draft(person.id(), new PersonNote("Dr. Lee", "Program director", "your AI lab", ""));

        assertThat(draft).startsWith("Dear Dr. Lee,").contains("Mayo", "program director", "your AI lab",
                "a resident showed their own research poster").endsWith(me.displayName());
        assertThat(service.warnings(new PersonNote("Dr. Lee", "", "your AI lab", draft))).isEmpty();
        assertThat(service.notes(interview.id()).people().getFirst().note()).as("drafting saves nothing").isEmpty();
    }

    @Test
    void deleting_the_interview_deletes_its_people() {
        signedIn(Who.APPLICANT);
        InterviewSummary interview = pastInterview();
        ThankYouNote person = service.addPerson(interview.id(), PersonNote.named("Dr. Lee", "")).people().getFirst();
        service.setDiscouraged(interview.id(), true);

        interviews.delete(interview.id());

        assertThatThrownBy(() -> service.save(person.id(), person.version(), person.toPersonNote()))
                .isExactlyInstanceOf(AccessDeniedException.class);
        assertThat(service.notesToSend()).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void my_data_export_holds_the_people_i_met_my_notes_the_discouraged_interviews_and_my_letters() {
        AccountSummary me = signedIn(Who.APPLICANT);
        InterviewSummary interview = pastInterview();
        ThankYouNote lee = service.addPerson(interview.id(), PersonNote.named("Dr. Lee", "Program director")).people().getFirst();
        service.save(lee.id(), lee.version(), new PersonNote("Dr. Lee", "Program director", "the AI lab", "Thank you, the AI lab"));
        service.setDiscouraged(interview.id(), true);
        letters.write(interview.dossierId(), new LetterDraft(LetterKind.UPDATE, "News since we met."));
        AccountSummary other = accounts.applicant();
        as(other, () -> service.addPerson(as(other, this::pastInterview).id(), PersonNote.named("Not mine", "")));

        Map<String, Object> data = (Map<String, Object>) export.exportFor(me.id());

        assertThat((List<Map<String, Object>>) data.get("peopleMetAndThankYouNotes")).singleElement()
                .satisfies(row -> {
                    assertThat(row).containsEntry("name", "Dr. Lee").containsEntry("specific_thing", "the AI lab");
                    assertThat(row.get("note")).isEqualTo("Thank you, the AI lab");
                });
        assertThat((List<Map<String, Object>>) data.get("interviewsWhoseProgramDiscouragedThankYouNotes"))
                .singleElement().satisfies(row -> assertThat(((Number) row.get("interview_id")).longValue())
                        .isEqualTo(interview.id()));
        assertThat((List<Map<String, Object>>) data.get("letters")).singleElement()
                .satisfies(row -> assertThat(row).containsEntry("kind", "UPDATE").containsEntry("body", "News since we met."));
    }
}
