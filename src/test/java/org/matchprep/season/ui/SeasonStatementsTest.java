package org.matchprep.season.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.matchprep.account.AccountSummary;
import org.matchprep.season.ChecklistService;
import org.matchprep.season.DaySheetService;
import org.matchprep.season.DossierService;
import org.matchprep.season.InterviewService;
import org.matchprep.season.InterviewStatus;
import org.matchprep.season.InterviewSummary;
import org.matchprep.season.QuestionsToAskService;
import org.matchprep.season.SeasonFixtures;
import org.matchprep.testing.KaribuTest;
import org.matchprep.testing.StatementCounter;
import org.matchprep.testing.StatementCounter.Recording;
import org.springframework.beans.factory.annotation.Autowired;

/** The season's lists read in as many statements with fifty programs as with one. */
class SeasonStatementsTest extends KaribuTest {

    @Autowired
    DossierService dossiers;

    @Autowired
    InterviewService interviews;

    @Autowired
    QuestionsToAskService questions;

    @Autowired
    ChecklistService checklists;

    @Autowired
    DaySheetService daySheets;


    /**
     * An applicant with {@code programs} dossiers, each with a past interview (on the rank list) and an
     * upcoming one (in the binder) with two questions chosen and one checklist item ticked.
     */
    private AccountSummary applicantWith(int programs) {
        AccountSummary applicant = accounts.applicant();
        as(applicant, () -> {
            List<Long> twoQuestions = questions.questionsForMe().stream().limit(2).map(question -> question.id()).toList();
            for (int i = 1; i <= programs; i++) {
                long dossier = dossiers.create(SeasonFixtures.dossier("Program " + i)).id();
                interviews.schedule(SeasonFixtures.at(dossier, Instant.now().minus(Duration.ofDays(i)), InterviewStatus.DONE));
                InterviewSummary upcoming = interviews.schedule(
                        SeasonFixtures.at(dossier, Instant.now().plus(Duration.ofDays(i)), InterviewStatus.SCHEDULED));
                questions.choose(upcoming.id(), twoQuestions);
                checklists.tick(checklists.checklist(upcoming.id()).getFirst().id(), true);
            }
            return null;
        });
        return applicant;
    }

    private Recording calling(AccountSummary who, Supplier<?> call) {
        return as(who, () -> statements.record(call::get));
    }

    @Test
    void the_programs_page_reads_as_many_statements_for_fifty_dossiers_as_for_one() {
        AccountSummary one = applicantWith(1);
        AccountSummary fifty = applicantWith(50);
        statementsOpening(one, "programs");

        StatementCounter.assertSameCount(statementsOpening(one, "programs"), statementsOpening(fifty, "programs"));
        assertThat(_get(DossierListView.class).cards.getChildren().count()).isEqualTo(50);
    }

    @Test
    void the_interview_tracker_reads_as_many_statements_for_fifty_programs_as_for_one() {
        AccountSummary one = applicantWith(1);
        AccountSummary fifty = applicantWith(50);
        statementsOpening(one, "interviews");

        StatementCounter.assertSameCount(statementsOpening(one, "interviews"), statementsOpening(fifty, "interviews"));
        assertThat(as(fifty, () -> interviews.myInterviews())).hasSize(100)
                .allSatisfy(interview -> assertThat(interview.location()).isEqualTo("Cleveland, OH"))
                .filteredOn(interview -> interview.status() == InterviewStatus.SCHEDULED)
                .allSatisfy(interview -> {
                    assertThat(interview.questionsChosen()).isEqualTo(2);
                    assertThat(interview.checklist().done()).isEqualTo(1);
                    assertThat(interview.checklist().total()).isGreaterThan(1);
                });
    }

    @Test
    void the_tracker_export_reads_as_many_statements_for_fifty_programs_as_for_one() {
        AccountSummary one = applicantWith(1);
        AccountSummary fifty = applicantWith(50);
        calling(one, () -> interviews.exportCsv());

        StatementCounter.assertSameCount(calling(one, () -> interviews.exportCsv()), calling(fifty, () -> interviews.exportCsv()));
    }

    @Test
    void the_rank_list_reads_as_many_statements_for_fifty_programs_as_for_one() {
        AccountSummary one = applicantWith(1);
        AccountSummary fifty = applicantWith(50);
        statementsOpening(one, "rank-list");

        StatementCounter.assertSameCount(statementsOpening(one, "rank-list"), statementsOpening(fifty, "rank-list"));
        assertThat(_get(RankListView.class).getElement().getTextRecursively()).contains("Program 50");
    }

    @Test
    void the_binder_reads_as_many_statements_for_fifty_upcoming_interviews_as_for_one() {
        AccountSummary one = applicantWith(1);
        AccountSummary fifty = applicantWith(50);
        calling(one, () -> daySheets.binderPdf());

        StatementCounter.assertSameCount(calling(one, () -> daySheets.binderPdf()), calling(fifty, () -> daySheets.binderPdf()));
    }
}
