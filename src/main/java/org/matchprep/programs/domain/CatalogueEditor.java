package org.matchprep.programs.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A mentor an admin allowed to write the catalogue. */
@Entity
@Table(name = "catalogue_editor")
public class CatalogueEditor {

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "granted_by")
    private Long grantedBy;

    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

    protected CatalogueEditor() {
    }

    public CatalogueEditor(long accountId, long grantedBy, Instant grantedAt) {
        this.accountId = accountId;
        this.grantedBy = grantedBy;
        this.grantedAt = grantedAt;
    }

    public long getAccountId() {
        return accountId;
    }
}
