package org.matchprep.security.domain;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * A link mailed to one account (decision 018): only the SHA-256 of its token is stored; it is good once, until
 * it expires, and refuses a second use or a late one. Reset and invitation links differ only in their table
 * and how long they last.
 */
@MappedSuperclass
public abstract class LinkToken {

    /** What a link is worth at a moment. */
    public enum State { VALID, USED, EXPIRED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(name = "token_hash", nullable = false, updatable = false)
    private byte[] tokenHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected LinkToken() {
    }

    protected LinkToken(long accountId, byte[] tokenHash, Instant now, Duration validFor) {
        this.accountId = accountId;
        this.tokenHash = tokenHash.clone();
        this.createdAt = now;
        this.expiresAt = now.plus(validFor);
    }

    public State stateAt(Instant now) {
        if (usedAt != null) {
            return State.USED;
        }
        return now.isBefore(expiresAt) ? State.VALID : State.EXPIRED;
    }

    /** Spends the link; refuses one that was used or has expired. */
    public void use(Instant now) {
        State state = stateAt(now);
        if (state != State.VALID) {
            throw new IllegalStateException("A link that is " + state + " cannot be used");
        }
        usedAt = now;
    }

    public long accountId() {
        return accountId;
    }
}
