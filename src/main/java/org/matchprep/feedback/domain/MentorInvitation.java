package org.matchprep.feedback.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.matchprep.feedback.PairingException;

/**
 * An applicant's request that someone without an account be invited as their mentor (decision 018). Mentors
 * stay admin-approved: an admin approves (the invited mentor account then exists) or declines, once.
 */
@Entity
@Table(name = "mentor_invitation")
public class MentorInvitation {

    public static final int EMAIL_MAX_LENGTH = 254;
    public static final int NAME_MAX_LENGTH = 100;

    public enum Status { PENDING, APPROVED, DECLINED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "applicant_id", nullable = false, updatable = false)
    private long applicantId;

    @Column(name = "mentor_email", nullable = false, updatable = false, length = EMAIL_MAX_LENGTH)
    private String mentorEmail;

    @Column(name = "mentor_name", nullable = false, updatable = false, length = NAME_MAX_LENGTH)
    private String mentorName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "mentor_account_id")
    private Long mentorAccountId;

    protected MentorInvitation() {
    }

    public MentorInvitation(long applicantId, String mentorEmail, String mentorName, Instant now) {
        this.applicantId = applicantId;
        this.mentorEmail = mentorEmail;
        this.mentorName = mentorName;
        this.status = Status.PENDING;
        this.requestedAt = now;
    }

    /** An admin approved: the mentor's invited account exists and was mailed its link. */
    public void approve(long invitedMentorAccountId, Instant now) {
        requirePending();
        status = Status.APPROVED;
        mentorAccountId = invitedMentorAccountId;
        decidedAt = now;
    }

    public void decline(Instant now) {
        requirePending();
        status = Status.DECLINED;
        decidedAt = now;
    }

    /** Refuses a request an admin decided already. */
    public void requirePending() {
        if (status != Status.PENDING) {
            throw new PairingException("This request was " + status.name().toLowerCase() + " already.");
        }
    }

    public Long getId() {
        return id;
    }

    public long getApplicantId() {
        return applicantId;
    }

    public String getMentorEmail() {
        return mentorEmail;
    }

    public String getMentorName() {
        return mentorName;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Long getMentorAccountId() {
        return mentorAccountId;
    }
}
