package org.matchprep.review;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
import org.matchprep.review.ui.FeedbackView;
import org.matchprep.review.ui.ReviewQueueView;
import org.matchprep.season.DossierDetails;
import org.matchprep.season.DossierService;
import org.matchprep.season.ProgramType;
import org.matchprep.testing.KaribuTest;
import org.matchprep.testing.StatementCounter;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The review lists read in as many statements with fifty shared answers and fifty shared dossiers (each
 * with a comment thread, some requested, some reviewed) as with one of each: the mentor's queue page, the
 * mentor's home (which shows the queue) and the applicant's feedback page.
 */
class ReviewStatementsTest extends KaribuTest {

    @Autowired
    QuestionBankService questions;
    @Autowired
    AnswerService answers;
    @Autowired
    DossierService dossiers;
    @Autowired
    PairingService pairings;
    @Autowired
    SharingService sharing;
    @Autowired
    ReviewService reviews;

    record Pair(AccountSummary applicant, AccountSummary mentor) {
    }

    /** An applicant and a mentor with {@code count} answers and {@code count} dossiers shared and commented on. */
    private Pair sharedItems(int count) {
        AccountSummary applicant = accounts.applicant();
        AccountSummary mentor = accounts.mentor();
        as(accounts.admin(), () -> pairings.pair(applicant.id(), mentor.id()));
        List<SubjectRef> items = as(applicant, () -> {
            List<SubjectRef> shared = new java.util.ArrayList<>();
            for (int i = 1; i <= count; i++) {
                QuestionSummary question = questions.addMyQuestion(Category.RADIOLOGY, AnswerStructure.FREE_TEXT,
                        "Question number " + i + " of mine?");
                String part = question.structure().parts().getFirst().key();
                answers.save(question.id(), AnswerDraft.NOT_SAVED_YET, Map.of(part, "An answer of " + i + " words or so."));
                shared.add(SubjectRef.of("answer", answers.open(question.id()).answerId()));
                shared.add(SubjectRef.of("dossier", dossiers.create(new DossierDetails("Program " + i, "Tampa", "FL",
                        ProgramType.HYBRID, "", "", "Strong teaching " + i, "", "", "", List.of(), List.of())).id()));
            }
            shared.forEach(item -> sharing.requestReview(item, mentor.id(), "Please"));
            return shared;
        });
        as(mentor, () -> {
            for (int i = 0; i < items.size(); i++) {
                SubjectRef item = items.get(i);
                ReviewPage page = reviews.open(item);
                ReviewPage.PartText part = page.parts().stream().filter(text -> !text.text().isBlank()).reduce((a, b) -> b)
                        .orElseThrow();
                reviews.startThread(new NewThread(item, page.revisionId(), part.key(), 0, 2, part.text().substring(0, 2),
                        "A thought"));
                if (i % 3 == 0) {
                    reviews.finishReview(item);
                }
            }
            return null;
        });
        return new Pair(applicant, mentor);
    }

    @Test
    void the_mentors_queue_and_home_and_the_applicants_feedback_page_read_the_same_statements_for_fifty_items_as_for_one() {
        Pair one = sharedItems(1);
        Pair fifty = sharedItems(50);
        statementsOpening(one.mentor(), "reviews"); // warms caches that are not per item

        // 12 statements either way when written: the queue was about 3N+4 before the one review stack
        StatementCounter.assertSameCount(statementsOpening(one.mentor(), "reviews"), statementsOpening(fifty.mentor(), "reviews"));
        assertThat(_get(ReviewQueueView.class).getElement().getTextRecursively())
                .contains("Question number 50 of mine?", "Program 50");

        StatementCounter.assertSameCount(statementsOpening(one.mentor(), ""), statementsOpening(fifty.mentor(), ""));

        StatementCounter.assertSameCount(statementsOpening(one.applicant(), "feedback"), statementsOpening(fifty.applicant(), "feedback"));
        assertThat(_get(FeedbackView.class).getElement().getTextRecursively()).contains("Program 50", "Question number 1 of mine?");
    }
}
