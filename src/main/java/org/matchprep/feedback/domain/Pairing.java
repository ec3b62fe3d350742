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
import jakarta.persistence.Version;
import org.matchprep.feedback.PairingException;
import org.matchprep.feedback.PairingStatus;

/**
 * An applicant and a mentor who work together. An applicant's invitation waits for the mentor; an
 * admin's pairing is active at once. Either side may end it; ended and declined pairings stay as history.
 */
@Entity
@Table(name = "pairing")
public class Pairing {

    public enum InvitedBy { APPLICANT, ADMIN }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "applicant_id", nullable = false)
    private long applicantId;

    @Column(name = "mentor_id", nullable = false)
    private long mentorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private PairingStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "invited_by", nullable = false, length = 10)
    private InvitedBy invitedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "responded_at")
    private Instant respondedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "ended_by")
    private Long endedBy;

    @Version
    private long version;

    protected Pairing() {
    }

    private Pairing(long applicantId, long mentorId, PairingStatus status, InvitedBy invitedBy, Instant now) {
        this.applicantId = applicantId;
        this.mentorId = mentorId;
        this.status = status;
        this.invitedBy = invitedBy;
        this.createdAt = now;
        this.respondedAt = status == PairingStatus.ACTIVE ? now : null;
    }

    public static Pairing invitation(long applicantId, long mentorId, Instant now) {
        return new Pairing(applicantId, mentorId, PairingStatus.INVITED, InvitedBy.APPLICANT, now);
    }

    public static Pairing byAdmin(long applicantId, long mentorId, Instant now) {
        return new Pairing(applicantId, mentorId, PairingStatus.ACTIVE, InvitedBy.ADMIN, now);
    }

    public void accept(long byMentor, Instant now) {
        requireMentor(byMentor);
        requireStatus(PairingStatus.INVITED, "Only an open invitation can be accepted.");
        status = PairingStatus.ACTIVE;
        respondedAt = now;
    }

    public void decline(long byMentor, Instant now) {
        requireMentor(byMentor);
        requireStatus(PairingStatus.INVITED, "Only an open invitation can be declined.");
        status = PairingStatus.DECLINED;
        respondedAt = now;
    }

    /** Ends an active pairing, or withdraws an invitation; by either person (or an admin). */
    public void end(long by, Instant now) {
        if (!status.isOpen()) {
            throw new PairingException("This pairing has already ended.");
        }
        status = PairingStatus.ENDED;
        endedAt = now;
        endedBy = by;
    }

    public boolean involves(long accountId) {
        return applicantId == accountId || mentorId == accountId;
    }

    private void requireMentor(long accountId) {
        if (mentorId != accountId) {
            throw new PairingException("Only the invited mentor can answer this invitation.");
        }
    }

    private void requireStatus(PairingStatus expected, String message) {
        if (status != expected) {
            throw new PairingException(message);
        }
    }

    public Long getId() {
        return id;
    }

    public long getApplicantId() {
        return applicantId;
    }

    public long getMentorId() {
        return mentorId;
    }

    public PairingStatus getStatus() {
        return status;
    }
}
