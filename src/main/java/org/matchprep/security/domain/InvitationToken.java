package org.matchprep.security.domain;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One invitation link, good once for {@link #VALID_FOR} (see {@link LinkToken}). */
@Entity
@Table(name = "invitation_token")
public class InvitationToken extends LinkToken {

    public static final Duration VALID_FOR = Duration.ofDays(7);

    protected InvitationToken() {
    }

    public InvitationToken(long accountId, byte[] tokenHash, Instant now) {
        super(accountId, tokenHash, now, VALID_FOR);
    }
}
