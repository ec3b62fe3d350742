package org.matchprep.review.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A program dossier (with its interview impressions) shared with one mentor. Revoking deletes the row. */
@Entity
@Table(name = "dossier_share")
public class DossierShare {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "dossier_id", nullable = false)
    private long dossierId;

    @Column(name = "applicant_id", nullable = false)
    private long applicantId;

    @Column(name = "mentor_id", nullable = false)
    private long mentorId;

    @Column(name = "shared_at", nullable = false)
    private Instant sharedAt;

    protected DossierShare() {
    }

    public Long getId() {
        return id;
    }

    public long getDossierId() {
        return dossierId;
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
}
