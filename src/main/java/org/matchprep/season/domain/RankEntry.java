package org.matchprep.season.domain;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** Where the applicant ranks one program. */
@Entity
@Table(name = "rank_entry")
@IdClass(RankEntry.Key.class)
public class RankEntry {

    @Id
    @Column(name = "applicant_id")
    private long applicantId;

    @Id
    @Column(name = "dossier_id")
    private long dossierId;

    @Column(nullable = false)
    private int position;

    protected RankEntry() {
    }

    public RankEntry(long applicantId, long dossierId, int position) {
        this.applicantId = applicantId;
        this.dossierId = dossierId;
        this.position = position;
    }

    public long getDossierId() {
        return dossierId;
    }

    public static class Key implements Serializable {

        private long applicantId;
        private long dossierId;

        protected Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.applicantId == applicantId && key.dossierId == dossierId;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(applicantId) * 31 + Long.hashCode(dossierId);
        }
    }
}
