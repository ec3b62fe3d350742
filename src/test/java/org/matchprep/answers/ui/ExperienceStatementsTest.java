package org.matchprep.answers.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.matchprep.account.AccountSummary;
import org.matchprep.answers.AnswerDraft;
import org.matchprep.answers.AnswerService;
import org.matchprep.answers.AnswerStructure;
import org.matchprep.answers.Category;
import org.matchprep.answers.ExperienceDetails;
import org.matchprep.answers.ExperienceService;
import org.matchprep.answers.QuestionBankService;
import org.matchprep.answers.QuestionSummary;
import org.matchprep.testing.KaribuTest;
import org.matchprep.testing.StatementCounter;
import org.springframework.beans.factory.annotation.Autowired;

/** The experience bank reads in as many statements with fifty experiences in use as with one. */
class ExperienceStatementsTest extends KaribuTest {

    @Autowired
    QuestionBankService questions;

    @Autowired
    AnswerService answers;

    @Autowired
    ExperienceService experiences;


    /** An applicant with {@code count} experiences, each used in an answer of its own. */
    private AccountSummary applicantWith(int count) {
        AccountSummary applicant = accounts.applicant();
        as(applicant, () -> {
            for (int i = 1; i <= count; i++) {
                QuestionSummary question = questions.addMyQuestion(Category.BEHAVIOURAL, AnswerStructure.FREE_TEXT,
                        "A time I learned something, number " + i + "?");
                answers.save(question.id(), AnswerDraft.NOT_SAVED_YET,
                        Map.of(question.structure().parts().getFirst().key(), "What happened, " + i + "."));
                long experience = experiences.create(new ExperienceDetails("Case " + i, "ED", "2024",
                        "A night shift.", "Calm under pressure.")).id();
                answers.linkExperience(question.id(), experience);
            }
            return null;
        });
        return applicant;
    }

    @Test
    void the_experience_bank_reads_as_many_statements_for_fifty_experiences_in_use_as_for_one() {
        AccountSummary one = applicantWith(1);
        AccountSummary fifty = applicantWith(50);
        statementsOpening(one, "experiences");

        StatementCounter.assertSameCount(statementsOpening(one, "experiences"), statementsOpening(fifty, "experiences"));
        assertThat(_get(ExperienceListView.class).getElement().getTextRecursively())
                .contains("A time I learned something, number 50?");
    }
}
