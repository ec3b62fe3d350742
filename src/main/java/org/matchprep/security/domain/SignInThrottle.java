package org.matchprep.security.domain;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Recent failed sign-ins of one email or of one client address. After {@link Kind#freeFailures()} failures
 * every further attempt waits, 1 second, then 2, 4, 8 ... up to {@link Kind#longestWait()}; nothing is ever
 * locked for longer, so knowing someone's address is not enough to keep them out. Kept for unknown emails
 * too, so a delay does not reveal an account. Failures are forgotten after {@link #FORGET_AFTER} without one.
 */
@Entity
@Table(name = "sign_in_throttle")
public class SignInThrottle {

    /** A quiet spell after which counting starts again. */
    public static final Duration FORGET_AFTER = Duration.ofMinutes(15);
    /** Rows untouched for this long are purged. */
    public static final Duration PURGE_AFTER = Duration.ofHours(24);

    /** What a row counts: one email, or one client address (which may try many emails). */
    public enum Kind {
        EMAIL("email:", 5, Duration.ofMinutes(1)),
        CLIENT("client:", 20, Duration.ofMinutes(5));

        private final String prefix;
        private final int freeFailures;
        private final Duration longestWait;

        Kind(String prefix, int freeFailures, Duration longestWait) {
            this.prefix = prefix;
            this.freeFailures = freeFailures;
            this.longestWait = longestWait;
        }

        public int freeFailures() {
            return freeFailures;
        }

        public Duration longestWait() {
            return longestWait;
        }

        public String subject(String value) {
            return prefix + value;
        }

        static Kind of(String subject) {
            return subject.startsWith(CLIENT.prefix) ? CLIENT : EMAIL;
        }

        /** The wait after {@code failures} failures: none up to the free ones, then doubling from 1 s. */
        public Duration waitAfter(int failures) {
            int beyond = failures - freeFailures;
            if (beyond < 0) {
                return Duration.ZERO;
            }
            Duration wait = Duration.ofSeconds(1L << Math.min(beyond, 30));
            return wait.compareTo(longestWait) > 0 ? longestWait : wait;
        }
    }

    @Id
    private String subject;

    @Column(nullable = false)
    private int failures;

    @Column(name = "last_failure_at", nullable = false)
    private Instant lastFailureAt;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    protected SignInThrottle() {
    }

    public SignInThrottle(String subject, Instant now) {
        this.subject = subject;
        this.failures = 0;
        this.lastFailureAt = now;
    }

    /** How long an attempt made {@code now} must still wait; zero when it may go ahead. */
    public Duration waitAt(Instant now) {
        return nextAttemptAt == null || !now.isBefore(nextAttemptAt) ? Duration.ZERO : Duration.between(now, nextAttemptAt);
    }

    /**
     * Counts one failure and returns the wait it starts (zero while failures are still free). A failure that
     * comes in during a wait (its password check began before) is not counted and does not lengthen it.
     */
    public Duration recordFailure(Instant now) {
        Duration remaining = waitAt(now);
        if (!remaining.isZero()) {
            return remaining;
        }
        if (failures > 0 && !now.isBefore(lastFailureAt.plus(FORGET_AFTER))) {
            failures = 0;
        }
        failures++;
        lastFailureAt = now;
        Duration wait = Kind.of(subject).waitAfter(failures);
        nextAttemptAt = wait.isZero() ? null : now.plus(wait);
        return wait;
    }

    public int failures() {
        return failures;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }
}
