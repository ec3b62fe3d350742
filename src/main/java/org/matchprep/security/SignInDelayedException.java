package org.matchprep.security;

import java.time.Duration;

import org.springframework.security.authentication.LockedException;

/**
 * Too many recent failed sign-ins for one email or from one client: try again after a short wait. Shown the
 * same way whether the account exists or not.
 */
class SignInDelayedException extends LockedException {

    private final long seconds;

    SignInDelayedException(Duration wait) {
        super("Too many attempts: try again in " + secondsOf(wait) + (secondsOf(wait) == 1 ? " second." : " seconds."));
        this.seconds = secondsOf(wait);
    }

    /** The wait in whole seconds, rounded up, never below one. */
    long seconds() {
        return seconds;
    }

    private static long secondsOf(Duration wait) {
        long seconds = wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }
}
