package org.matchprep.security.domain;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Failed sign-ins for one email. After {@value #MAX_FAILURES} failures within {@link #WINDOW} the email is
 * locked for {@link #LOCK}. Kept for unknown emails too, so a locked answer does not reveal an account.
 */
@Entity
@Table(name = "sign_in_throttle")
public class SignInThrottle {

    public static final int MAX_FAILURES = 10;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final Duration LOCK = Duration.ofMinutes(15);

    @Id
    private String email;

    @Column(nullable = false)
    private int failures;

    @Column(name = "window_started_at", nullable = false)
    private Instant windowStartedAt;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    protected SignInThrottle() {
    }

    public SignInThrottle(String email, Instant now) {
        this.email = email;
        this.failures = 0;
        this.windowStartedAt = now;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Counts one failure; returns whether the email is locked afterwards. */
    public boolean recordFailure(Instant now) {
        if (isLocked(now)) {
            return true;
        }
        if (!now.isBefore(windowStartedAt.plus(WINDOW))) {
            failures = 0;
            windowStartedAt = now;
        }
        failures++;
        if (failures >= MAX_FAILURES) {
            lockedUntil = now.plus(LOCK);
            failures = 0;
            windowStartedAt = now;
            return true;
        }
        return false;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }

    public int failures() {
        return failures;
    }
}
