package org.matchprep.season;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.matchprep.account.AccountSummary;
import org.matchprep.account.DemoAccountsSeeded;
import org.matchprep.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

class DemoSeasonTest extends IntegrationTest {

    @Autowired
    DemoSeason demoSeason;

    @Autowired
    InterviewService interviews;

    @Autowired
    RankListService rankList;

    @Autowired
    QuestionsToAskService questionsToAsk;

    @Autowired
    DossierService dossiers;

    @Autowired
    ThankYouService thankYous;

    @Autowired
    LetterService letters;

    @Test
    void the_demo_applicant_gets_an_upcoming_interview_a_flagged_one_and_a_rank_list() {
        AccountSummary applicant = accounts.applicant();
        demoSeason.addDemoSeason(new DemoAccountsSeeded(Map.of(DemoSeason.APPLICANT, applicant.id())));

        as(applicant, () -> {
            assertThat(interviews.myInterviews()).hasSize(3);
            assertThat(interviews.myInterviews()).filteredOn(InterviewSummary::impressionsOverdue)
                    .extracting(InterviewSummary::programName).containsExactly("Riverside Community Hospital");
            assertThat(interviews.myInterviews()).allSatisfy(interview -> assertThat(interview.checklist().total()).isPositive());
            assertThat(rankList.rankList()).extracting(RankedProgram::programName)
                    .containsExactly("Bayview Health System", "Riverside Community Hospital");
            return null;
        });
    }

    @Test
    void the_upcoming_demo_interview_has_questions_for_every_audience_and_no_visa_talk() {
        AccountSummary applicant = accounts.applicant();
        demoSeason.addDemoSeason(new DemoAccountsSeeded(Map.of(DemoSeason.APPLICANT, applicant.id())));

        as(applicant, () -> {
            InterviewSummary upcoming = interviews.myInterviews().stream()
                    .filter(interview -> interview.programName().startsWith("Lakeshore")).findFirst().orElseThrow();
            assertThat(questionsToAsk.chosenFor(upcoming.id())).extracting(AskQuestion::text)
                    .containsExactlyElementsOf(DemoSeason.QUESTIONS_TO_ASK);
            assertThat(questionsToAsk.chosenFor(upcoming.id())).extracting(AskQuestion::audience)
                    .containsOnly(Audience.values());
            assertThat(dossiers.myDossiers()).allSatisfy(dossier -> assertThat(dossier.toString()).doesNotContainIgnoringCase("visa"));
            return null;
        });
    }

    @Test
    void the_demo_dossier_says_why_our_program_with_reasons_of_fit_and_one_generic_reason_warned_about() {
        AccountSummary applicant = accounts.applicant();
        demoSeason.addDemoSeason(new DemoAccountsSeeded(Map.of(DemoSeason.APPLICANT, applicant.id())));

        as(applicant, () -> {
            DossierSummary lakeshore = dossiers.myDossiers().stream()
                    .filter(dossier -> dossier.name().startsWith("Lakeshore")).findFirst().orElseThrow();
            assertThat(lakeshore.details().talkingPoints()).hasSize(3);
            assertThat(lakeshore.details().fitReasons()).hasSize(2);
            assertThat(dossiers.reasonWarnings(lakeshore.id())).extracting(ReasonWarning::field)
                    .containsExactly("talkingPoints[2]");
            return null;
        });
    }

    @Test
    void after_the_past_demo_interview_two_people_are_listed_one_note_sent_one_due_and_an_update_letter_begun() {
        AccountSummary applicant = accounts.applicant();
        demoSeason.addDemoSeason(new DemoAccountsSeeded(Map.of(DemoSeason.APPLICANT, applicant.id())));

        as(applicant, () -> {
            InterviewSummary bayview = interviews.myInterviews().stream()
                    .filter(interview -> interview.programName().equals("Bayview Health System")).findFirst().orElseThrow();
            ThankYouNotes notes = thankYous.notes(bayview.id());
            assertThat(notes.people()).extracting(ThankYouNote::name).containsExactly(DemoSeason.DIRECTOR, DemoSeason.CHIEF);
            assertThat(notes.people()).extracting(ThankYouNote::sent).containsExactly(true, false);
            assertThat(notes.people()).allSatisfy(person -> assertThat(thankYous.warnings(person.toPersonNote())).isEmpty());
            assertThat(thankYous.notesToSend()).containsExactly(new NotesDue(bayview.id(), "Bayview Health System", 1));
            assertThat(letters.unsentLetters()).singleElement().satisfies(letter -> {
                assertThat(letter.kind()).isEqualTo(LetterKind.UPDATE);
                assertThat(letter.programName()).isEqualTo("Bayview Health System");
                assertThat(letter.warnings()).isEmpty();
            });
            return null;
        });
    }

    @Test
    void nothing_is_added_when_the_demo_applicant_was_not_seeded() {
        AccountSummary applicant = accounts.applicant();
        demoSeason.addDemoSeason(new DemoAccountsSeeded(Map.of("someone@else.test", applicant.id())));

        assertThat(as(applicant, () -> interviews.myInterviews())).isEmpty();
    }
}
