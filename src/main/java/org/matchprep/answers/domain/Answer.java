package org.matchprep.answers.domain;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.OptimisticLock;
import org.matchprep.answers.AnswerStructure;
import org.matchprep.answers.InvalidAnswerException;
import org.matchprep.answers.SpeakingTime;
import org.matchprep.base.FieldError;
import org.matchprep.base.InvalidInputException;
import org.matchprep.base.PartsConverter;
import org.matchprep.base.TextRules;

/** An applicant's current answer to one question, kept in the parts of the question's structure. */
@Entity
@Table(name = "answer")
public class Answer {

    /** Per part: long enough for any spoken answer, short enough to refuse a pasted document. */
    public static final int PART_MAX_LENGTH = 4000;
    /** For the whole answer: about ten minutes of speech, five times what any interview answer should be. */
    public static final int TOTAL_MAX_LENGTH = 10000;
    /** The field key of the text in refusals: {@code "parts"} for the whole, {@code "parts[situation]"} for one part. */
    public static final String PARTS = "parts";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "applicant_id", nullable = false)
    private long applicantId;

    @Column(name = "question_id", nullable = false)
    private long questionId;

    @Convert(converter = PartsConverter.class)
    @ColumnTransformer(write = "?::jsonb")
    @Column(nullable = false, columnDefinition = "jsonb")
    private Map<String, String> parts = new LinkedHashMap<>();

    @Column(name = "word_count", nullable = false)
    private int wordCount;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    // Links are not text: changing them must not make an open editor's version stale.
    @OptimisticLock(excluded = true)
    @ElementCollection
    @CollectionTable(name = "answer_experience", joinColumns = @JoinColumn(name = "answer_id"))
    @Column(name = "experience_id")
    private Set<Long> experienceIds = new HashSet<>();

    @Version
    private long version;

    protected Answer() {
    }

    public Answer(long applicantId, long questionId, Instant now) {
        this.applicantId = applicantId;
        this.questionId = questionId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Replaces the text; refuses parts the structure does not have and text over the limits. */
    public void revise(AnswerStructure structure, Map<String, String> newParts, Instant now) {
        Map<String, String> checked = check(structure, newParts);
        this.parts = checked;
        this.wordCount = countWords(checked);
        this.updatedAt = now;
    }

    /** The parts as they would be stored: every part of the structure, checked against the limits. */
    public static Map<String, String> normalised(AnswerStructure structure, Map<String, String> newParts) {
        return check(structure, newParts);
    }

    static Map<String, String> check(AnswerStructure structure, Map<String, String> newParts) {
        InvalidInputException.Collector problems = InvalidInputException.collector();
        Map<String, String> checked = new LinkedHashMap<>();
        int total = 0;
        for (AnswerStructure.Part part : structure.parts()) {
            String text = newParts.getOrDefault(part.key(), "");
            text = text == null ? "" : text;
            if (text.length() > PART_MAX_LENGTH) {
                problems.add(FieldError.element(PARTS, part.key()), "\"" + part.label() + "\" has " + text.length()
                        + " characters; the limit is " + PART_MAX_LENGTH
                        + ". Shorten it: an interview answer is spoken, not read.");
            }
            TextRules.checkControlCharacters(problems, FieldError.element(PARTS, part.key()),
                    "\"" + part.label() + "\"", text);
            total += text.length();
            checked.put(part.key(), text);
        }
        for (String key : newParts.keySet()) {
            if (!structure.hasPart(key)) {
                problems.general("A " + structure.label() + " answer has no part \"" + key + "\".");
            }
        }
        if (total > TOTAL_MAX_LENGTH) {
            problems.add(PARTS, "The answer has " + total + " characters; the limit is " + TOTAL_MAX_LENGTH + ".");
        }
        problems.throwIfAny(InvalidAnswerException::new);
        return checked;
    }

    static int countWords(Map<String, String> parts) {
        return parts.values().stream().mapToInt(SpeakingTime::words).sum();
    }

    public void link(long experienceId) {
        experienceIds.add(experienceId);
    }

    public void unlink(long experienceId) {
        experienceIds.remove(experienceId);
    }

    public boolean isOwnedBy(long accountId) {
        return applicantId == accountId;
    }

    public Long getId() {
        return id;
    }

    public long getApplicantId() {
        return applicantId;
    }

    public long getQuestionId() {
        return questionId;
    }

    public Map<String, String> getParts() {
        return Map.copyOf(parts);
    }

    public int getWordCount() {
        return wordCount;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Set<Long> getExperienceIds() {
        return Set.copyOf(experienceIds);
    }

    public long getVersion() {
        return version;
    }
}
