package org.matchprep.review.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.matchprep.review.ReviewException;
import org.matchprep.review.ReviewStatus;

/** An answer shared with one mentor, and where that mentor's review of it stands. */
@Entity
@Table(name = "answer_share")
public class Share {

    public static final int NOTE_MAX_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "answer_id", nullable = false)
    private long answerId;

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

    @Column(name = "reviewed_revision_id")
    private Long reviewedRevisionId;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Version
    private long version;

    protected Share() {
    }

    public Share(long answerId, long applicantId, long mentorId, Instant now) {
        this.answerId = answerId;
        this.applicantId = applicantId;
        this.mentorId = mentorId;
        this.sharedAt = now;
    }

    /** Asks for a (new) review; a review already asked for and not yet done gets the newer note. */
    public void requestReview(String note, Instant now) {
        String trimmed = note == null ? "" : note.strip();
        if (trimmed.length() > NOTE_MAX_LENGTH) {
            throw new ReviewException("The note has " + trimmed.length() + " characters; keep it under "
                    + NOTE_MAX_LENGTH + ".");
        }
        reviewStatus = ReviewStatus.REQUESTED;
        reviewNote = trimmed.isEmpty() ? null : trimmed;
        reviewRequestedAt = now;
    }

    /** The mentor has reviewed this revision; the next review shows what changed since. */
    public void finishReview(long revisionId, Instant now) {
        reviewStatus = ReviewStatus.DONE;
        reviewedRevisionId = revisionId;
        reviewedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getAnswerId() {
        return answerId;
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

    public Long getReviewedRevisionId() {
        return reviewedRevisionId;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }
}
