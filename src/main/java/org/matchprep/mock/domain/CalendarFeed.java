package org.matchprep.mock.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Someone's private calendar feed, known by the hash of its secret token only. */
@Entity
@Table(name = "mock_calendar_feed")
public class CalendarFeed {

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CalendarFeed() {
    }

    public CalendarFeed(long accountId, String tokenHash, Instant createdAt) {
        this.accountId = accountId;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
    }

    public void replace(String newTokenHash, Instant now) {
        this.tokenHash = newTokenHash;
        this.createdAt = now;
    }

    public long getAccountId() {
        return accountId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
