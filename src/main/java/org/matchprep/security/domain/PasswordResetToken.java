package org.matchprep.security.domain;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One password reset link, good once for {@link #VALID_FOR} (see {@link LinkToken}). */
@Entity
@Table(name = "password_reset_token")
public class PasswordResetToken extends LinkToken {

    public static final Duration VALID_FOR = Duration.ofMinutes(30);

    protected PasswordResetToken() {
    }

    public PasswordResetToken(long accountId, byte[] tokenHash, Instant now) {
        super(accountId, tokenHash, now, VALID_FOR);
    }
}
