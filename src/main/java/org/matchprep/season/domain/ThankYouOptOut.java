package org.matchprep.season.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The program of this interview asked not to receive thank-you notes: none are shown as due. */
@Entity
@Table(name = "interview_no_thank_you")
public class ThankYouOptOut {

    @Id
    @Column(name = "interview_id")
    private long interviewId;

    @Column(name = "marked_at", nullable = false)
    private Instant markedAt;

    protected ThankYouOptOut() {
    }

    public ThankYouOptOut(long interviewId, Instant markedAt) {
        this.interviewId = interviewId;
        this.markedAt = markedAt;
    }

    public long getInterviewId() {
        return interviewId;
    }
}
