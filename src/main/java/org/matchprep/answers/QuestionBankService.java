package org.matchprep.answers;

import java.time.Clock;
import java.util.List;

import org.matchprep.account.CurrentUser;
import org.matchprep.account.Roles;
import org.matchprep.answers.domain.AnswerRepository;
import org.matchprep.answers.domain.Question;
import org.matchprep.answers.domain.QuestionRepository;
import org.matchprep.base.InvalidInputException;
import org.matchprep.base.TextRules;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The question bank: admins keep the shared questions (add, edit, retire); applicants see the active
 * ones plus the private questions they added themselves. Retired questions stay on existing answers.
 */
@Service
@PreAuthorize(Roles.IS_ADMIN)
public class QuestionBankService {

    private final QuestionRepository questions;
    private final AnswerRepository answers;
    private final CurrentUser currentUser;
    private final Clock clock;

    QuestionBankService(QuestionRepository questions, AnswerRepository answers, CurrentUser currentUser, Clock clock) {
        this.questions = questions;
        this.answers = answers;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The active bank questions and my own, by category. */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.IS_APPLICANT)
    public List<QuestionSummary> questionsForMe() {
        return questions.findVisibleTo(currentUser.id()).stream().map(Question::toSummary).toList();
    }

    @Transactional
    @PreAuthorize(Roles.IS_APPLICANT)
    public QuestionSummary addMyQuestion(Category category, AnswerStructure structure, String text) {
        check(category, structure, text, null);
        Question question = new Question(category, structure, text, null, currentUser.id(), 0, clock.instant());
        return questions.saveAndFlush(question).toSummary();
    }

    @Transactional
    @PreAuthorize(Roles.IS_APPLICANT)
    public void deleteMyQuestion(long questionId) {
        Question question = questions.findById(questionId).orElseThrow(() -> notYours());
        if (question.getOwnerId() == null || question.getOwnerId() != currentUser.id()) {
            throw notYours();
        }
        answers.findByApplicantIdAndQuestionId(currentUser.id(), questionId).ifPresent(answer -> {
            throw new InvalidAnswerException("This question has an answer; delete the answer's text first or keep the question.");
        });
        questions.delete(question);
    }

    /** Every bank question, retired ones included. */
    @Transactional(readOnly = true)
    public List<QuestionSummary> bank() {
        return questions.findBank().stream().map(Question::toSummary).toList();
    }

    @Transactional
    public QuestionSummary addBankQuestion(Category category, AnswerStructure structure, String text, String guidance) {
        check(category, structure, text, guidance);
        Question question = new Question(category, structure, text, guidance, null,
                questions.lastBankPosition(category) + 1, clock.instant());
        return questions.saveAndFlush(question).toSummary();
    }

    /** Edits a bank question read at {@code expectedVersion}; refuses if another admin changed it meanwhile. */
    @Transactional
    public QuestionSummary editBankQuestion(long questionId, long expectedVersion, Category category,
                                            AnswerStructure structure, String text, String guidance) {
        check(category, structure, text, guidance);
        Question question = bankQuestion(questionId);
        if (question.getVersion() != expectedVersion) {
            throw new InvalidAnswerException("Another admin changed this question meanwhile; reload it and edit again.");
        }
        if (structure != question.getStructure() && hasAnswers(questionId)) {
            throw InvalidAnswerException.of("structure", "Applicants have answered this question in its current structure. "
                    + "Add a new question with the other structure and retire this one.");
        }
        question.edit(category, structure, text, guidance);
        return questions.saveAndFlush(question).toSummary();
    }

    @Transactional
    public QuestionSummary retire(long questionId) {
        Question question = bankQuestion(questionId);
        question.retire();
        return questions.saveAndFlush(question).toSummary();
    }

    @Transactional
    public QuestionSummary reinstate(long questionId) {
        Question question = bankQuestion(questionId);
        question.reinstate();
        return questions.saveAndFlush(question).toSummary();
    }

    private boolean hasAnswers(long questionId) {
        return answers.existsByQuestionId(questionId);
    }

    private Question bankQuestion(long questionId) {
        Question question = questions.findById(questionId)
                .orElseThrow(() -> new InvalidAnswerException("No question with id " + questionId + "."));
        if (!question.isBankQuestion()) {
            // an applicant's private question is theirs alone, admins included
            throw new AccessDeniedException("Not a bank question");
        }
        return question;
    }

    // each problem is named after the parameter it is about, as the question forms bind their fields
    private static void check(Category category, AnswerStructure structure, String text, String guidance) {
        InvalidInputException.Collector problems = InvalidInputException.collector();
        if (category == null) {
            problems.add("category", "Choose a category and an answer structure.");
        }
        if (structure == null) {
            problems.add("structure", "Choose a category and an answer structure.");
        }
        if (text == null || text.isBlank()) {
            problems.add("text", "Write the question.");
        } else if (text.strip().length() > Question.TEXT_MAX_LENGTH) {
            problems.add("text", "A question has at most " + Question.TEXT_MAX_LENGTH + " characters.");
        }
        if (guidance != null && guidance.strip().length() > Question.GUIDANCE_MAX_LENGTH) {
            problems.add("guidance", "Guidance has at most " + Question.GUIDANCE_MAX_LENGTH + " characters.");
        }
        TextRules.checkControlCharacters(problems, "text", "The question", text);
        TextRules.checkControlCharacters(problems, "guidance", "Guidance", guidance);
        problems.throwIfAny(InvalidAnswerException::new);
    }

    private static AccessDeniedException notYours() {
        return new AccessDeniedException("Not your question");
    }
}
