package org.matchprep.season.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.matchprep.base.InvalidInputException;
import org.matchprep.base.Texts;
import org.matchprep.season.AskQuestion;
import org.matchprep.season.Audience;
import org.matchprep.season.OwnQuestion;
import org.matchprep.season.SeasonException;

/** A question to ask: from the shared bank (no owner) or written by one applicant. */
@Entity
@Table(name = "ask_question")
public class AskQuestionEntry {

    public static final int TEXT_MAX_LENGTH = 500;
    /** Fewer sounds uninterested; more will not fit into the time left at the end of the interviews. */
    public static final int SUGGESTED_PER_INTERVIEW = 5;
    public static final int MAX_PER_INTERVIEW = 7;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Audience audience;

    @Column(nullable = false)
    private String text;

    @Column(name = "owner_id")
    private Long ownerId;

    @Column(nullable = false)
    private int position;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected AskQuestionEntry() {
    }

    /** An applicant's own question; refuses one without an audience or text, naming the {@link OwnQuestion} component. */
    public static AskQuestionEntry own(long ownerId, OwnQuestion question, Instant now) {
        InvalidInputException.Collector problems = InvalidInputException.collector();
        if (question.audience() == null) {
            problems.add("audience", "Choose whom the question is for.");
        }
        String text = Texts.required(problems, "text", "Your question", question.text(), TEXT_MAX_LENGTH);
        problems.throwIfAny(SeasonException::new);
        AskQuestionEntry entry = new AskQuestionEntry();
        entry.ownerId = ownerId;
        entry.audience = question.audience();
        entry.text = text;
        entry.position = Integer.MAX_VALUE;
        entry.createdAt = now;
        return entry;
    }

    /** From the bank, or the applicant's own. */
    public boolean isVisibleTo(long accountId) {
        return ownerId == null || ownerId == accountId;
    }

    public boolean isOwnedBy(long accountId) {
        return ownerId != null && ownerId == accountId;
    }

    public AskQuestion toQuestion() {
        return new AskQuestion(id, audience, text, ownerId != null);
    }

    public Long getId() {
        return id;
    }
}
