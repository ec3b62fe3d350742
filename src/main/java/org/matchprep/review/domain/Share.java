package org.matchprep.review.domain;

import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.ColumnTransformer;
import org.matchprep.base.PartsConverter;
import org.matchprep.base.TextRules;
import org.matchprep.review.ReviewException;
import org.matchprep.review.ReviewStatus;
import org.matchprep.review.SubjectRef;

/**
 * Something an applicant shares with one mentor (an answer, a program dossier...), and where that mentor's
 * review of it stands. Revoking deletes the row: access ends at once.
 */
@Entity
@Table(name = "review_share")
public class Share {

    public static final int NOTE_MAX_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "subject_type", nullable = false)
    private String subjectType;

    @Column(name = "subject_id", nullable = false)
    private long subjectId;

    @Column(name = "applicant_id", nullable = false)
    private long applicantId;

    @Column(name = "mentor_id", nullable = false)
    private long mentorId;

    @Column(name = "shared_at", nullable = false)
    private Instant sharedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "review_status", nullable = false)
    private ReviewStatus reviewStatus = ReviewStatus.NONE;

    @Column(name = "review_note")
    private String reviewNote;

    @Column(name = "review_requested_at")
    private Instant reviewRequestedAt;

    /** The text as the mentor had reviewed it, part key to text; null until a review is marked done. */
    @Convert(converter = PartsConverter.class)
    @ColumnTransformer(write = "?::jsonb")
    @Column(name = "reviewed_parts", columnDefinition = "jsonb")
    private Map<String, String> reviewedParts;

    @Column(name = "reviewed_revision")
    private Integer reviewedRevision;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Version
    private long version;

    protected Share() {
    }

    /** Asks for a (new) review; a review already asked for and not yet done gets the newer note. */
    public void requestReview(String note, Instant now) {
        String trimmed = note == null ? "" : note.strip();
        if (trimmed.length() > NOTE_MAX_LENGTH) {
            throw new ReviewException("The note has " + trimmed.length() + " characters; keep it under "
                    + NOTE_MAX_LENGTH + ".");
        }
        TextRules.checkControlCharacters("The note", trimmed).ifPresent(message -> {
            throw new ReviewException(message);
        });
        reviewStatus = ReviewStatus.REQUESTED;
        reviewNote = trimmed.isEmpty() ? null : trimmed;
        reviewRequestedAt = now;
    }

    /**
     * The mentor has reviewed this text (and revision, for kinds that keep them); the next review shows
     * what changed since.
     */
    public void finishReview(Map<String, String> text, Integer revisionNumber, Instant now) {
        reviewStatus = ReviewStatus.DONE;
        reviewedParts = Map.copyOf(text);
        reviewedRevision = revisionNumber;
        reviewedAt = now;
    }

    /** Whether the text differs from the one the mentor last marked as reviewed (false if never reviewed). */
    public boolean changedSinceReview(Map<String, String> current) {
        return reviewedAt != null && !withoutEmptyParts(reviewedParts).equals(withoutEmptyParts(current));
    }

    private static Map<String, String> withoutEmptyParts(Map<String, String> text) {
        return text.entrySet().stream().filter(entry -> entry.getValue() != null && !entry.getValue().isEmpty())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    public Long getId() {
        return id;
    }

    public SubjectRef subject() {
        return new SubjectRef(subjectType, subjectId);
    }

    public long getApplicantId() {
        return applicantId;
    }

    public long getMentorId() {
        return mentorId;
    }

    public Instant getSharedAt() {
        return sharedAt;
    }

    public ReviewStatus getReviewStatus() {
        return reviewStatus;
    }

    public String getReviewNote() {
        return reviewNote;
    }

    public Instant getReviewRequestedAt() {
        return reviewRequestedAt;
    }

    /** The text as last reviewed, or null if the review was never marked done. */
    public Map<String, String> getReviewedParts() {
        return reviewedAt == null ? null : reviewedParts;
    }

    public Integer getReviewedRevision() {
        return reviewedRevision;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }
}
