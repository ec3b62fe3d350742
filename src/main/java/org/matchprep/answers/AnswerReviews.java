package org.matchprep.answers;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.matchprep.answers.domain.Answer;
import org.matchprep.answers.domain.AnswerRepository;
import org.matchprep.answers.domain.Question;
import org.matchprep.answers.domain.QuestionRepository;
import org.matchprep.answers.domain.Revision;
import org.matchprep.answers.domain.RevisionRepository;
import org.matchprep.review.ReviewSubject;
import org.matchprep.review.ReviewableKind;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers as shareable items for mentors' feedback: the text in the parts of the question's structure, held
 * by revisions, so a thread points into the exact revision its mentor read. The review feature decides
 * access before it asks and calls only inside its own transactions.
 */
@Component
class AnswerReviews implements ReviewableKind {

    static final String TYPE = "answer";

    private final AnswerRepository answers;
    private final RevisionRepository revisions;
    private final QuestionRepository questions;
    private final Clock clock;

    AnswerReviews(AnswerRepository answers, RevisionRepository revisions, QuestionRepository questions, Clock clock) {
        this.answers = answers;
        this.revisions = revisions;
        this.questions = questions;
        this.clock = clock;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String noun() {
        return "answer";
    }

    /** Three queries whatever the number: the answers, their newest revisions, their questions. */
    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public List<ReviewSubject> load(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Answer> found = answers.findAllById(ids);
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, Revision> newest = revisions.findNewestOf(found.stream().map(Answer::getId).toList()).stream()
                .collect(Collectors.toMap(Revision::getAnswerId, Function.identity()));
        Set<Long> questionIds = found.stream().map(Answer::getQuestionId).collect(Collectors.toSet());
        Map<Long, Question> questionsById = questions.findAllById(questionIds).stream()
                .collect(Collectors.toMap(Question::getId, Function.identity()));
        return found.stream().filter(answer -> newest.containsKey(answer.getId()))
                .map(answer -> subject(answer, questionsById.get(answer.getQuestionId()), newest.get(answer.getId())))
                .toList();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Map<String, String>> revisionText(long answerId, long revisionId) {
        return revisions.findById(revisionId).filter(revision -> revision.getAnswerId() == answerId)
                .map(Revision::getParts);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Map<Long, Integer> revisionNumbers(Collection<Long> revisionIds) {
        return revisions.findAllById(revisionIds).stream()
                .collect(Collectors.toMap(Revision::getId, Revision::getNumber));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void seal(long revisionId) {
        revisions.seal(revisionId, clock.instant());
    }

    private static ReviewSubject subject(Answer answer, Question question, Revision newest) {
        AnswerStructure structure = question.getStructure();
        List<ReviewSubject.Part> parts = structure.parts().stream()
                .map(part -> new ReviewSubject.Part(part.key(), part.label(), answer.getParts().getOrDefault(part.key(), "")))
                .toList();
        return new ReviewSubject(answer.getId(), answer.getApplicantId(), question.getText(),
                question.getCategory().label(), answer.getUpdatedAt(), parts,
                new ReviewSubject.Revision(newest.getId(), newest.getNumber()), "answers/" + question.getId());
    }
}
