package org.matchprep.answers;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.matchprep.answers.domain.Answer;
import org.matchprep.answers.domain.AnswerRepository;
import org.matchprep.answers.domain.Question;
import org.matchprep.answers.domain.QuestionRepository;
import org.matchprep.answers.domain.Revision;
import org.matchprep.answers.domain.RevisionRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers as the review feature reads them on a mentor's behalf. It makes no access decisions: the review
 * feature has checked that the answer is shared with the caller and that they are paired, and it calls
 * this only inside its own transactions.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class SharedAnswers {

    /** An answer as it stands now, with the revision that holds this text. */
    public record CurrentAnswer(long answerId, long applicantId, QuestionSummary question, AnswerStructure structure,
                                Map<String, String> parts, long revisionId, int revisionNumber, java.time.Instant updatedAt) {

        public String part(String key) {
            return parts.getOrDefault(key, "");
        }
    }

    /** One kept revision of an answer. */
    public record RevisionText(long revisionId, long answerId, int number, Map<String, String> parts) {

        public String part(String key) {
            return parts.getOrDefault(key, "");
        }
    }

    private final AnswerRepository answers;
    private final RevisionRepository revisions;
    private final QuestionRepository questions;
    private final Clock clock;

    SharedAnswers(AnswerRepository answers, RevisionRepository revisions, QuestionRepository questions, Clock clock) {
        this.answers = answers;
        this.revisions = revisions;
        this.questions = questions;
        this.clock = clock;
    }

    public Optional<CurrentAnswer> current(long answerId) {
        return answers.findById(answerId).flatMap(this::currentOf);
    }

    public Optional<CurrentAnswer> current(long applicantId, long questionId) {
        return answers.findByApplicantIdAndQuestionId(applicantId, questionId).flatMap(this::currentOf);
    }

    /** The current state of several answers at once (for review queues); answers without text are left out. */
    public List<CurrentAnswer> current(Collection<Long> answerIds) {
        return answers.findAllById(answerIds).stream().map(this::currentOf).flatMap(Optional::stream).toList();
    }

    public Optional<RevisionText> revision(long revisionId) {
        return revisions.findById(revisionId)
                .map(revision -> new RevisionText(revision.getId(), revision.getAnswerId(), revision.getNumber(),
                        revision.getParts()));
    }

    /** Freezes a revision a mentor has read, so later saves start a new one. */
    public void seal(long revisionId) {
        revisions.seal(revisionId, clock.instant());
    }

    /** Word-level changes between two revisions of one answer. */
    public RevisionDiff diff(long fromRevisionId, long toRevisionId) {
        Revision from = revisions.findById(fromRevisionId).orElseThrow();
        Revision to = revisions.findById(toRevisionId).orElseThrow();
        if (from.getAnswerId() != to.getAnswerId()) {
            throw new IllegalArgumentException("Both revisions must belong to the same answer");
        }
        Answer answer = answers.findById(from.getAnswerId()).orElseThrow();
        return WordDiff.between(questions.findById(answer.getQuestionId()).orElseThrow().getStructure(), from, to);
    }

    private Optional<CurrentAnswer> currentOf(Answer answer) {
        return revisions.findFirstByAnswerIdOrderByNumberDesc(answer.getId()).map(latest -> {
            Question question = questions.findById(answer.getQuestionId()).orElseThrow();
            return new CurrentAnswer(answer.getId(), answer.getApplicantId(), question.toSummary(), question.getStructure(),
                    answer.getParts(), latest.getId(), latest.getNumber(), answer.getUpdatedAt());
        });
    }
}
