package org.matchprep.answers;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.matchprep.account.CurrentUser;
import org.matchprep.account.Roles;
import org.matchprep.answers.domain.Answer;
import org.matchprep.answers.domain.AnswerRepository;
import org.matchprep.answers.domain.Experience;
import org.matchprep.answers.domain.ExperienceRepository;
import org.matchprep.answers.domain.Question;
import org.matchprep.answers.domain.QuestionRepository;
import org.matchprep.answers.domain.Revision;
import org.matchprep.answers.domain.RevisionRepository;
import org.matchprep.answers.domain.WorkspaceSettings;
import org.matchprep.answers.domain.WorkspaceSettingsRepository;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An applicant's answers: open, autosave (with revision folding and conflict detection), history,
 * word-level diff and restore, experiences linked to answers, speaking pace and progress. Only the owner
 * reads or writes an answer; admins get counts, never text.
 */
@Service
@PreAuthorize(Roles.IS_APPLICANT)
public class AnswerService {

    static final int RECENT_EDITS = 5;

    private final QuestionRepository questions;
    private final AnswerRepository answers;
    private final RevisionRepository revisions;
    private final ExperienceRepository experiences;
    private final WorkspaceSettingsRepository settings;
    private final CurrentUser currentUser;
    private final Clock clock;

    AnswerService(QuestionRepository questions, AnswerRepository answers, RevisionRepository revisions,
                  ExperienceRepository experiences, WorkspaceSettingsRepository settings, CurrentUser currentUser,
                  Clock clock) {
        this.questions = questions;
        this.answers = answers;
        this.revisions = revisions;
        this.experiences = experiences;
        this.settings = settings;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** My answer to a question (empty parts if I have not written one yet). */
    @Transactional(readOnly = true)
    public AnswerDraft open(long questionId) {
        long me = currentUser.id();
        Question question = visibleQuestion(questionId, me);
        return answers.findByApplicantIdAndQuestionId(me, questionId)
                .map(answer -> draftOf(question, answer))
                .orElseGet(() -> new AnswerDraft(question.toSummary(), Map.of(), AnswerDraft.NOT_SAVED_YET, null,
                        java.util.Set.of(), wordsPerMinute(me), null));
    }

    /** Every question I see (bank and my own), each with the state of my answer. */
    @Transactional(readOnly = true)
    public List<QuestionWithAnswer> myQuestions() {
        long me = currentUser.id();
        Map<Long, Answer> mine = answers.findByApplicantId(me).stream()
                .collect(Collectors.toMap(Answer::getQuestionId, Function.identity()));
        return questions.findVisibleTo(me).stream()
                .map(question -> {
                    Answer answer = mine.get(question.getId());
                    return answer == null ? new QuestionWithAnswer(question.toSummary(), 0, null)
                            : new QuestionWithAnswer(question.toSummary(), answer.getWordCount(), answer.getUpdatedAt());
                })
                .toList();
    }

    /**
     * Saves the parts if the stored answer is still at {@code expectedVersion}; otherwise nothing is saved
     * and {@link EditConflictException} carries the stored version. Saves within one editing burst fold
     * into the newest revision.
     */
    @Transactional
    public SaveOutcome save(long questionId, long expectedVersion, Map<String, String> parts) {
        long me = currentUser.id();
        Question question = visibleQuestion(questionId, me);
        Instant now = clock.instant();
        Answer answer = answers.findByApplicantIdAndQuestionId(me, questionId).orElse(null);
        // An answer that only holds links (linked before anything was written) has no text to conflict with.
        boolean linksOnly = answer != null && expectedVersion == AnswerDraft.NOT_SAVED_YET && answer.getParts().isEmpty();
        if (answer != null && answer.getVersion() != expectedVersion && !linksOnly) {
            throw new EditConflictException(draftOf(question, answer));
        }
        if (answer == null) {
            answer = new Answer(me, questionId, now);
        } else if (answer.getParts().equals(Answer.normalised(question.getStructure(), parts))) {
            int current = revisions.findFirstByAnswerIdOrderByNumberDesc(answer.getId()).map(Revision::getNumber).orElse(0);
            return new SaveOutcome(answer.getVersion(), answer.getUpdatedAt(), current);
        }
        answer.revise(question.getStructure(), parts, now);
        answer = answers.saveAndFlush(answer);
        int number = recordRevision(answer, now, null);
        return new SaveOutcome(answer.getVersion(), now, number);
    }

    @Transactional(readOnly = true)
    public List<RevisionSummary> history(long questionId) {
        long me = currentUser.id();
        visibleQuestion(questionId, me);
        return answers.findByApplicantIdAndQuestionId(me, questionId)
                .map(answer -> revisions.findByAnswerIdOrderByNumberDesc(answer.getId()).stream()
                        .map(Revision::toSummary).toList())
                .orElse(List.of());
    }

    @Transactional(readOnly = true)
    public RevisionContent revision(long revisionId) {
        Revision revision = myRevision(revisionId);
        Question question = questionOf(revision);
        return new RevisionContent(revision.toSummary(), question.getStructure(), revision.getParts());
    }

    /** Word-level changes from one revision of an answer to another (older first or not). */
    @Transactional(readOnly = true)
    public RevisionDiff diff(long fromRevisionId, long toRevisionId) {
        Revision from = myRevision(fromRevisionId);
        Revision to = myRevision(toRevisionId);
        if (from.getAnswerId() != to.getAnswerId()) {
            throw new InvalidAnswerException("Both revisions must belong to the same answer.");
        }
        return RevisionDiff.between(questionOf(from).getStructure(), from, to);
    }

    /** Makes an old revision the current text again, as a new revision; nothing is lost. */
    @Transactional
    public SaveOutcome restore(long revisionId) {
        Revision old = myRevision(revisionId);
        Answer answer = answers.findById(old.getAnswerId()).orElseThrow();
        Question question = questionOf(old);
        Instant now = clock.instant();
        answer.revise(question.getStructure(), old.getParts(), now);
        answer = answers.saveAndFlush(answer);
        int number = recordRevision(answer, now, old.getNumber());
        return new SaveOutcome(answer.getVersion(), now, number);
    }

    @Transactional
    public void linkExperience(long questionId, long experienceId) {
        long me = currentUser.id();
        visibleQuestion(questionId, me);
        myExperience(experienceId, me);
        Answer answer = answers.findByApplicantIdAndQuestionId(me, questionId)
                .orElseGet(() -> new Answer(me, questionId, clock.instant()));
        answer.link(experienceId);
        answers.saveAndFlush(answer);
    }

    @Transactional
    public void unlinkExperience(long questionId, long experienceId) {
        long me = currentUser.id();
        visibleQuestion(questionId, me);
        myExperience(experienceId, me);
        answers.findByApplicantIdAndQuestionId(me, questionId).ifPresent(answer -> {
            answer.unlink(experienceId);
            answers.saveAndFlush(answer);
        });
    }

    @Transactional(readOnly = true)
    public int speakingRate() {
        return wordsPerMinute(currentUser.id());
    }

    @Transactional
    public int changeSpeakingRate(int wordsPerMinute) {
        long me = currentUser.id();
        WorkspaceSettings mine = settings.findById(me).orElseGet(() -> new WorkspaceSettings(me, wordsPerMinute));
        mine.changeRate(wordsPerMinute);
        return settings.saveAndFlush(mine).getWordsPerMinute();
    }

    /** Answered per category, total speaking time at my pace, and my latest edits. */
    @Transactional(readOnly = true)
    public WorkspaceProgress progress() {
        long me = currentUser.id();
        List<Question> visible = questions.findVisibleTo(me);
        Map<Long, Question> byId = visible.stream().collect(Collectors.toMap(Question::getId, Function.identity()));
        Map<Long, Answer> mine = answers.findByApplicantId(me).stream()
                .collect(Collectors.toMap(Answer::getQuestionId, Function.identity()));
        Map<Category, int[]> counts = new EnumMap<>(Category.class);
        for (Category category : Category.values()) {
            counts.put(category, new int[2]);
        }
        for (Question question : visible) {
            int[] count = counts.get(question.getCategory());
            count[1]++;
            Answer answer = mine.get(question.getId());
            if (answer != null && answer.getWordCount() > 0) {
                count[0]++;
            }
        }
        List<WorkspaceProgress.CategoryProgress> categories = new ArrayList<>();
        counts.forEach((category, count) -> categories.add(new WorkspaceProgress.CategoryProgress(category, count[0], count[1])));
        int words = mine.values().stream().mapToInt(Answer::getWordCount).sum();
        Duration speaking = SpeakingTime.of(words, wordsPerMinute(me));
        List<Answer> recentlyEdited = answers.findRecent(me, PageRequest.of(0, RECENT_EDITS)).stream()
                .filter(answer -> answer.getWordCount() > 0)
                .toList();
        Map<Long, Question> edited = withRetired(byId, recentlyEdited);
        List<WorkspaceProgress.RecentEdit> recent = recentlyEdited.stream()
                .map(answer -> new WorkspaceProgress.RecentEdit(
                        edited.get(answer.getQuestionId()).toSummary(), answer.getUpdatedAt(), answer.getWordCount()))
                .toList();
        return new WorkspaceProgress(categories, speaking, recent);
    }

    /** The visible questions plus those of {@code answers} no longer visible (retired from the bank), in one read. */
    private Map<Long, Question> withRetired(Map<Long, Question> visible, List<Answer> answers) {
        List<Long> retired = answers.stream().map(Answer::getQuestionId).filter(id -> !visible.containsKey(id))
                .distinct().toList();
        if (retired.isEmpty()) {
            return visible;
        }
        Map<Long, Question> all = new HashMap<>(visible);
        questions.findAllById(retired).forEach(question -> all.put(question.getId(), question));
        return all;
    }

    /** For admins: how much the workspace is used, never what is written. */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.IS_ADMIN)
    public WorkspaceCounts counts() {
        return new WorkspaceCounts(questions.findBank().stream().filter(question -> !question.isRetired()).count(),
                answers.countWritten(), experiences.count());
    }

    private int recordRevision(Answer answer, Instant now, Integer restoredFrom) {
        // locked: a mentor's read may be sealing it right now, and a sealed revision must not take this save
        Revision latest = revisions.findTopByAnswerIdOrderByNumberDesc(answer.getId()).orElse(null);
        if (restoredFrom == null && latest != null && latest.canFold(now)) {
            latest.fold(answer.getParts(), now);
            revisions.save(latest);
            return latest.getNumber();
        }
        int number = latest == null ? 1 : latest.getNumber() + 1;
        revisions.save(new Revision(answer.getId(), number, answer.getParts(), now, restoredFrom));
        return number;
    }

    private AnswerDraft draftOf(Question question, Answer answer) {
        return new AnswerDraft(question.toSummary(), answer.getParts(), answer.getVersion(), answer.getUpdatedAt(),
                answer.getExperienceIds(), wordsPerMinute(answer.getApplicantId()), answer.getId());
    }

    private Question visibleQuestion(long questionId, long me) {
        Question question = questions.findById(questionId).orElseThrow(() -> new AccessDeniedException("No such question"));
        if (!question.isVisibleTo(me)) {
            throw new AccessDeniedException("Not your question");
        }
        return question;
    }

    private Revision myRevision(long revisionId) {
        Revision revision = revisions.findById(revisionId).orElseThrow(() -> new AccessDeniedException("No such revision"));
        Answer answer = answers.findById(revision.getAnswerId()).orElseThrow();
        if (!answer.isOwnedBy(currentUser.id())) {
            throw new AccessDeniedException("Not your revision");
        }
        return revision;
    }

    private Question questionOf(Revision revision) {
        Answer answer = answers.findById(revision.getAnswerId()).orElseThrow();
        return questions.findById(answer.getQuestionId()).orElseThrow();
    }

    private Experience myExperience(long experienceId, long me) {
        Experience experience = experiences.findById(experienceId)
                .orElseThrow(() -> new AccessDeniedException("No such experience"));
        if (!experience.isOwnedBy(me)) {
            throw new AccessDeniedException("Not your experience");
        }
        return experience;
    }

    private int wordsPerMinute(long applicantId) {
        return settings.findById(applicantId).map(WorkspaceSettings::getWordsPerMinute)
                .orElse(SpeakingTime.DEFAULT_WORDS_PER_MINUTE);
    }
}
