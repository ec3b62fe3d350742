package org.matchprep.review;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.matchprep.account.AccountSummary;
import org.matchprep.answers.AnswerDraft;
import org.matchprep.answers.AnswerService;
import org.matchprep.answers.AnswerStructure;
import org.matchprep.answers.Category;
import org.matchprep.answers.QuestionBankService;
import org.matchprep.answers.QuestionSummary;
import org.matchprep.answers.SaveOutcome;
import org.matchprep.feedback.PairingService;
import org.matchprep.feedback.PairingSummary;
import org.matchprep.testing.IntegrationTest;
import org.matchprep.testing.MutableClock;
import org.matchprep.testing.MutableClockConfiguration;
import org.matchprep.testing.Who;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the sharing and review tests share: an applicant with a saved free-text answer (part
 * {@value #PART}), mentors paired with them by an admin, and the notifications they received. Runs in
 * the context with the movable clock, so a test can let an editing burst end.
 */
@Import(MutableClockConfiguration.class)
abstract class ReviewTestSupport extends IntegrationTest {

    static final String PART = "answer";

    @Autowired
    protected SharingService sharing;

    @Autowired
    protected ReviewService review;

    @Autowired
    protected AnswerService answerService;

    @Autowired
    protected QuestionBankService bank;

    @Autowired
    protected PairingService pairings;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected MutableClock clock;

    /** An applicant, one of their questions with a saved answer, and a mentor paired with them. */
    record Setup(AccountSummary applicant, AccountSummary mentor, QuestionSummary question, long answerId) {
    }

    /** A fresh applicant with a saved answer to their own question and a paired mentor; nothing shared yet. */
    Setup answered(String text) {
        AccountSummary applicant = accounts.applicant();
        AccountSummary mentor = accounts.mentor();
        pair(applicant, mentor);
        QuestionSummary question = question(applicant);
        save(applicant, question, text);
        return new Setup(applicant, mentor, question, answerIdOf(applicant, question));
    }

    /** As {@link #answered}, and shared with the mentor. */
    Setup shared(String text) {
        Setup setup = answered(text);
        run(setup.applicant(), () -> sharing.share(answerOf(setup), setup.mentor().id()));
        return setup;
    }

    /** The answer as a shared item. */
    static SubjectRef answer(long answerId) {
        return SubjectRef.of("answer", answerId);
    }

    static SubjectRef answerOf(Setup setup) {
        return answer(setup.answerId());
    }

    PairingSummary pair(AccountSummary applicant, AccountSummary mentor) {
        return as(accounts.admin(), () -> pairings.pair(applicant.id(), mentor.id()));
    }

    /** A second mentor, paired with the applicant and given the answer too. */
    AccountSummary secondMentor(Setup setup) {
        AccountSummary other = accounts.mentor();
        pair(setup.applicant(), other);
        run(setup.applicant(), () -> sharing.share(answerOf(setup), other.id()));
        return other;
    }

    QuestionSummary question(AccountSummary applicant) {
        return as(applicant, () -> bank.addMyQuestion(Category.RADIOLOGY, AnswerStructure.FREE_TEXT,
                "Why radiology? " + UUID.randomUUID()));
    }

    /** Saves the answer's text as its applicant, on top of whatever is stored. */
    SaveOutcome save(AccountSummary applicant, QuestionSummary question, String text) {
        return as(applicant, () -> {
            AnswerDraft draft = answerService.open(question.id());
            return answerService.save(question.id(), draft.version(), Map.of(PART, text));
        });
    }

    long answerIdOf(AccountSummary applicant, QuestionSummary question) {
        return as(applicant, () -> answerService.open(question.id()).answerId());
    }

    ReviewPage openAs(AccountSummary someone, long answerId) {
        return as(someone, () -> review.open(answer(answerId)));
    }

    /** The mentor reads the answer and comments on the first occurrence of {@code quote}. */
    ThreadView comment(Setup setup, AccountSummary mentor, String quote, String body) {
        return as(mentor, () -> {
            ReviewPage page = review.open(answer(setup.answerId()));
            String text = page.parts().getFirst().text();
            int start = text.indexOf(quote);
            if (start < 0) {
                throw new IllegalStateException("\"" + quote + "\" is not in \"" + text + "\"");
            }
            return review.startThread(new NewThread(answer(setup.answerId()), page.revisionId(), PART, start,
                    start + quote.length(), quote, body));
        });
    }

    void run(AccountSummary someone, Runnable action) {
        as(someone, () -> {
            action.run();
            return null;
        });
    }

    /** Signs in the caller of a role-matrix test: the given applicant or mentor, or a fresh admin/anonymous. */
    void caller(Who who, AccountSummary applicant, AccountSummary mentor) {
        switch (who) {
            case APPLICANT -> accounts.signIn(applicant);
            case MENTOR -> accounts.signIn(mentor);
            default -> signedIn(who);
        }
    }

    record Sent(String kind, String eventKey, String message, String link) {
    }

    /** What the review feature sent this person (pairing notifications from setting up the test are left out). */
    List<Sent> notificationsOf(AccountSummary recipient) {
        return jdbc.sql("select kind, event_key, message, link from notification where recipient_id = ?"
                        + " and kind not like 'PAIRING%' order by id")
                .param(recipient.id())
                .query((rs, row) -> new Sent(rs.getString("kind"), rs.getString("event_key"), rs.getString("message"),
                        rs.getString("link")))
                .list();
    }

    List<Sent> notificationsOf(AccountSummary recipient, String kind) {
        return notificationsOf(recipient).stream().filter(sent -> sent.kind().equals(kind)).toList();
    }

    long count(String table, String column, long id) {
        return jdbc.sql("select count(*) from " + table + " where " + column + " = ?").param(id).query(Long.class).single();
    }

    long threadsOf(long answerId) {
        return ofSubject("comment_thread", "answer", answerId);
    }

    long sharesOf(String type, long subjectId) {
        return ofSubject("review_share", type, subjectId);
    }

    long ofSubject(String table, String type, long subjectId) {
        return jdbc.sql("select count(*) from " + table + " where subject_type = ? and subject_id = ?")
                .param(type).param(subjectId).query(Long.class).single();
    }
}
