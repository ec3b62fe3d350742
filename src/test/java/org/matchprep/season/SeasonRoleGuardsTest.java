package org.matchprep.season;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.matchprep.account.AccountSummary;
import org.matchprep.account.Role;
import org.matchprep.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;

/**
 * The season is for applicants by role, not only because its data is theirs: someone an admin made a mentor
 * keeps their dossiers and interviews but is refused by every season service's guard, before any ownership
 * check could do it instead.
 */
class SeasonRoleGuardsTest extends IntegrationTest {

    @Autowired
    DossierService dossiers;

    @Autowired
    InterviewService interviews;

    @Autowired
    ChecklistService checklists;

    @Autowired
    QuestionsToAskService questions;

    @Autowired
    RankListService rankList;

    @Autowired
    DaySheetService daySheets;

    @Autowired
    WhyOurProgramService whyOurProgram;

    @Autowired
    ThankYouService thankYous;

    @Autowired
    LetterService letters;

    @Test
    void an_applicant_made_mentor_is_refused_by_role_for_their_own_dossiers_interviews_and_lists() {
        AccountSummary applicant = accounts.applicant();
        DossierSummary dossier = as(applicant, () -> dossiers.create(SeasonFixtures.dossier("Mayo Clinic")));
        InterviewSummary past = as(applicant, () -> interviews.schedule(SeasonFixtures.at(dossier.id(),
                Instant.now().minus(Duration.ofDays(2)), InterviewStatus.DONE)));
        InterviewSummary upcoming = as(applicant, () -> interviews.schedule(SeasonFixtures.at(dossier.id(),
                Instant.now().plus(Duration.ofDays(2)), InterviewStatus.SCHEDULED)));
        AskQuestion own = as(applicant, () -> questions.addOwn(new OwnQuestion(Audience.RESIDENTS, "How are calls split?")));
        long item = as(applicant, () -> checklists.checklist(upcoming.id())).getFirst().id();
        ThankYouNote person = as(applicant, () -> thankYous.addPerson(past.id(), PersonNote.named("Dr. Lee", "")))
                .people().getFirst();
        LetterSummary letter = as(applicant, () -> letters.write(dossier.id(), new LetterDraft(LetterKind.UPDATE, "News")));
        accounts.signIn(accounts.changeRole(applicant, Role.MENTOR));

        refusedByRole(() -> dossiers.myDossiers());
        refusedByRole(() -> dossiers.dossier(dossier.id()));
        refusedByRole(() -> dossiers.create(SeasonFixtures.dossier("Another")));
        refusedByRole(() -> dossiers.update(dossier.id(), dossier.version(), SeasonFixtures.dossier("Renamed")));
        refusedByRole(() -> dossiers.delete(dossier.id()));

        refusedByRole(() -> interviews.myInterviews());
        refusedByRole(() -> interviews.interview(past.id()));
        refusedByRole(() -> interviews.interviewsSoonAfter(Instant.now(), Duration.ofDays(3)));
        refusedByRole(() -> interviews.schedule(SeasonFixtures.at(dossier.id(), Instant.now().plus(Duration.ofDays(9)),
                InterviewStatus.INVITED)));
        refusedByRole(() -> interviews.update(upcoming.id(), upcoming.version(), SeasonFixtures.at(dossier.id(),
                Instant.now().plus(Duration.ofDays(3)), InterviewStatus.SCHEDULED)));
        refusedByRole(() -> interviews.recordImpressions(past.id(), past.version(), InterviewServiceTest.impressions()));
        refusedByRole(() -> interviews.delete(past.id()));
        refusedByRole(() -> interviews.exportCsv());

        refusedByRole(() -> checklists.checklist(upcoming.id()));
        refusedByRole(() -> checklists.tick(item, true));

        refusedByRole(() -> questions.questionsForMe());
        refusedByRole(() -> questions.addOwn(new OwnQuestion(Audience.PROGRAM_DIRECTOR, "What changed this year?")));
        refusedByRole(() -> questions.deleteOwn(own.id()));
        refusedByRole(() -> questions.chosenFor(upcoming.id()));
        refusedByRole(() -> questions.choose(upcoming.id(), List.of(own.id())));

        refusedByRole(() -> rankList.rankList());
        refusedByRole(() -> rankList.moveUp(dossier.id()));
        refusedByRole(() -> rankList.moveDown(dossier.id()));
        refusedByRole(() -> rankList.exportCsv());

        refusedByRole(() -> daySheets.daySheet(upcoming.id()));
        refusedByRole(() -> daySheets.daySheetPdf(upcoming.id()));
        refusedByRole(() -> daySheets.binderPdf());

        refusedByRole(() -> whyOurProgram.myAnswer());
        refusedByRole(() -> dossiers.reasonWarnings(dossier.id()));
        refusedByRole(() -> dossiers.reasonWarnings(SeasonFixtures.dossier("Anywhere")));

        refusedByRole(() -> thankYous.notes(past.id()));
        refusedByRole(() -> thankYous.addPerson(past.id(), PersonNote.named("Sam Ortiz", "")));
        refusedByRole(() -> thankYous.save(person.id(), person.version(), person.toPersonNote()));
        refusedByRole(() -> thankYous.draft(person.id(), person.toPersonNote()));
        refusedByRole(() -> thankYous.markSent(person.id(), person.version(), null));
        refusedByRole(() -> thankYous.unmarkSent(person.id(), person.version()));
        refusedByRole(() -> thankYous.move(person.id(), 1));
        refusedByRole(() -> thankYous.remove(person.id()));
        refusedByRole(() -> thankYous.setDiscouraged(past.id(), true));
        refusedByRole(() -> thankYous.notesToSend());
        refusedByRole(() -> letters.letters(dossier.id()));
        refusedByRole(() -> letters.unsentLetters());
        refusedByRole(() -> letters.write(dossier.id(), new LetterDraft(LetterKind.INTENT, "")));
        refusedByRole(() -> letters.update(letter.id(), letter.version(), letter.toDraft()));
        refusedByRole(() -> letters.warnings(dossier.id(), letter.toDraft()));
        refusedByRole(() -> letters.markSent(letter.id(), letter.version(), null));
        refusedByRole(() -> letters.unmarkSent(letter.id(), letter.version()));
        refusedByRole(() -> letters.delete(letter.id()));

        assertThat(as(accounts.changeRole(applicant, Role.APPLICANT), () -> dossiers.myDossiers()))
                .as("the dossier is still theirs once they are an applicant again").hasSize(1);
    }

    private static void refusedByRole(Runnable call) {
        assertThatThrownBy(call::run).isInstanceOf(AuthorizationDeniedException.class);
    }
}
