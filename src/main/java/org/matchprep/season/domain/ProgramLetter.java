package org.matchprep.season.domain;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.matchprep.base.InvalidInputException;
import org.matchprep.base.Texts;
import org.matchprep.season.LetterDraft;
import org.matchprep.season.LetterKind;
import org.matchprep.season.SeasonException;

/** A letter to one program after its interview: an update or a letter of intent, drafted here and sent by the applicant. */
@Entity
@Table(name = "program_letter")
public class ProgramLetter {

    public static final int BODY_MAX_LENGTH = 6000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "applicant_id", nullable = false)
    private long applicantId;

    @Column(name = "dossier_id", nullable = false)
    private long dossierId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private LetterKind kind;

    @Column(nullable = false)
    private String body;

    @Column(name = "sent_on")
    private LocalDate sentOn;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected ProgramLetter() {
    }

    public ProgramLetter(long applicantId, long dossierId, LetterDraft draft, Instant now) {
        this.applicantId = applicantId;
        this.dossierId = dossierId;
        this.createdAt = now;
        write(draft, now);
    }

    /** Replaces kind and text; each problem is named by its {@link LetterDraft} component. */
    public void write(LetterDraft draft, Instant now) {
        InvalidInputException.Collector problems = InvalidInputException.collector();
        if (draft.kind() == null) {
            problems.add("kind", "Choose whether this is an update letter or a letter of intent.");
        }
        String newBody = Texts.optional(problems, "body", "Letter", draft.body(), BODY_MAX_LENGTH);
        problems.throwIfAny(SeasonException::new);
        this.kind = draft.kind();
        this.body = newBody;
        this.updatedAt = now;
    }

    /** Records the day the applicant sent it; a day after today is refused. */
    public void markSent(LocalDate on, LocalDate today, Instant now) {
        if (on.isAfter(today)) {
            throw SeasonException.of("sentOn", "The day you sent it cannot be later than today (" + today + ").");
        }
        this.sentOn = on;
        this.updatedAt = now;
    }

    public void unmarkSent(Instant now) {
        this.sentOn = null;
        this.updatedAt = now;
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

    public long getDossierId() {
        return dossierId;
    }

    public LetterKind getKind() {
        return kind;
    }

    public String getBody() {
        return body;
    }

    public LocalDate getSentOn() {
        return sentOn;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
