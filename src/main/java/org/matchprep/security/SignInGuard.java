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
        // Insert-then-lock serialises parallel failures for one email without a unique-key race.
        throttles.insertIfMissing(email, now);
        SignInThrottle throttle = throttles.lockByEmail(email).orElseThrow();
        return throttle.recordFailure(now);
    }

    @Transactional
    public void recordSuccess(String email) {
        throttles.findById(email).ifPresent(throttles::delete);
    }
}
