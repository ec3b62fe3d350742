package org.matchprep.security;

import java.time.Clock;
import java.time.Instant;

import org.matchprep.security.domain.SignInThrottle;
import org.matchprep.security.domain.SignInThrottleRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Throttles sign-in per email: called by the authentication provider, before anyone is signed in. */
@Service
class SignInGuard {

    private final SignInThrottleRepository throttles;
    private final Clock clock;

    SignInGuard(SignInThrottleRepository throttles, Clock clock) {
        this.throttles = throttles;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean isLocked(String email) {
        return throttles.findById(email).map(throttle -> throttle.isLocked(clock.instant())).orElse(false);
    }

    /** Counts a failure; returns whether the email is now locked. */
    @Transactional
    public boolean recordFailure(String email) {
        Instant now = clock.instant();
        // The upsert locks the row, so parallel failures and successes for one email take turns on it.
        throttles.insertIfMissingAndLock(email, now);
        SignInThrottle throttle = throttles.lockByEmail(email).orElseThrow();
        return throttle.recordFailure(now);
    }

    /**
     * Admits a correct password unless the email is locked, and then clears its failures, in one step on
     * the locked row: a lock that began while the password was being checked refuses it.
     *
     * @return whether the sign-in may go ahead
     */
    @Transactional
    public boolean admitSuccess(String email) {
        Instant now = clock.instant();
        return throttles.lockByEmail(email).map(throttle -> {
            if (throttle.isLocked(now)) {
                return false;
            }
            throttles.delete(throttle);
            return true;
        }).orElse(true);
    }
}
