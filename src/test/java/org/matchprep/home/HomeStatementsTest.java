package org.matchprep.home;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.matchprep.account.AccountSummary;
import org.matchprep.answers.AnswerDraft;
import org.matchprep.answers.AnswerService;
import org.matchprep.answers.AnswerStructure;
import org.matchprep.answers.Category;
import org.matchprep.answers.QuestionBankService;
import org.matchprep.answers.QuestionSummary;
import org.matchprep.feedback.PairingService;
import org.matchprep.testing.KaribuTest;
import org.matchprep.testing.StatementCounter;
import org.matchprep.testing.StatementCounter.Recording;
import org.springframework.beans.factory.annotation.Autowired;

/** The applicant's home reads in as many statements with fifty answers and mentors as with one. */
class HomeStatementsTest extends KaribuTest {

    @Autowired
    QuestionBankService questions;

    @Autowired
    AnswerService answers;

    @Autowired
    PairingService pairings;


    /** An applicant with {@code count} written answers (to questions of their own) and {@code count} mentors. */
    private AccountSummary applicantWith(int count) {
        AccountSummary applicant = accounts.applicant();
        as(applicant, () -> {
            for (int i = 1; i <= count; i++) {
                QuestionSummary question = questions.addMyQuestion(Category.RADIOLOGY, AnswerStructure.FREE_TEXT,
                        "Question number " + i + " of mine?");
                String part = question.structure().parts().getFirst().key();
                answers.save(question.id(), AnswerDraft.NOT_SAVED_YET, Map.of(part, "An answer of " + i + " words or so."));
            }
            return null;
        });
        as(accounts.admin(), () -> {
            for (int i = 1; i <= count; i++) {
                pairings.pair(applicant.id(), accounts.mentor().id());
            }
            return null;
        });
        return applicant;
    }

    @Test
    void the_applicant_home_reads_as_many_statements_for_fifty_answers_and_mentors_as_for_one() {
        AccountSummary one = applicantWith(1);
        AccountSummary fifty = applicantWith(50);
        statementsOpening(one, "");

        Recording withOne = statementsOpening(one, "");
        Recording withFifty = statementsOpening(fifty, "");

        StatementCounter.assertSameCount(withOne, withFifty);
        assertThat(_get(ApplicantHome.class).getElement().getTextRecursively()).contains("Question number 50 of mine?");
    }
}
