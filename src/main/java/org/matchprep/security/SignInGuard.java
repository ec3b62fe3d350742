package org.matchprep.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.matchprep.account.AccountEvent;
import org.matchprep.security.domain.SignInThrottle;
import org.matchprep.security.domain.SignInThrottleRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows sign-in down per email and per client address (decision 002): called by the authentication provider,
 * before anyone is signed in. Answers are waits, never locks: a wait of zero means "go ahead".
 */
@Service
class SignInGuard {

    private static final Logger log = LoggerFactory.getLogger(SignInGuard.class);

    private final SignInThrottleRepository throttles;
    private final Clock clock;

    SignInGuard(SignInThrottleRepository throttles, Clock clock) {
        this.throttles = throttles;
        this.clock = clock;
    }

    /** How long an attempt for this email from this client (null when unknown) must still wait. */
    @Transactional(readOnly = true)
    public Duration waitBefore(String email, String client) {
        Instant now = clock.instant();
        return longest(throttles.findAllById(subjects(email, client)).stream().map(t -> t.waitAt(now)).toList());
    }

    /** Counts a failure for the email and the client; returns the wait that now applies (zero if none). */
    @Transactional
    public Duration recordFailure(String email, String client) {
        Instant now = clock.instant();
        List<String> subjects = subjects(email, client);
        // The upserts lock the rows, so parallel failures and successes take turns on them.
        subjects.forEach(subject -> throttles.insertIfMissingAndLock(subject, now));
        return longest(throttles.lockBySubjects(subjects).stream().map(t -> t.recordFailure(now)).toList());
    }

    /**
     * Admits a correct password unless a wait applies, and then forgets the email's failures, in one step on
     * the locked rows: a wait that began while the password was being checked refuses it. The client's
     * failures stay, so one good account does not wipe out a client's record of guessing at others.
     *
     * @return zero when the sign-in may go ahead, otherwise how long to wait
     */
    @Transactional
    public Duration admitSuccess(String email, String client) {
        Instant now = clock.instant();
        List<SignInThrottle> rows = throttles.lockBySubjects(subjects(email, client));
        Duration wait = longest(rows.stream().map(t -> t.waitAt(now)).toList());
        if (wait.isZero()) {
            throttles.findById(SignInThrottle.Kind.EMAIL.subject(email)).ifPresent(throttles::delete);
        }
        return wait;
    }

    /** Forgets rows untouched for a day, so guessing at random addresses cannot grow the table for good. */
    @Scheduled(fixedDelayString = "${matchprep.sign-in.purge-interval:PT1H}", initialDelayString = "PT5M")
    @Transactional
    public int purgeOldRows() {
        int purged = throttles.deleteUntouchedSince(clock.instant().minus(SignInThrottle.PURGE_AFTER));
        if (purged > 0) {
            log.info("Purged {} sign-in throttle rows untouched for {}", purged, SignInThrottle.PURGE_AFTER);
        }
        return purged;
    }

    /** A deleted account's e-mail leaves no trace here either (decision 016). */
    @EventListener
    void onDeleted(AccountEvent.Deleted deleted) {
        throttles.deleteById(SignInThrottle.Kind.EMAIL.subject(deleted.email()));
    }

    private static List<String> subjects(String email, String client) {
        List<String> subjects = new ArrayList<>();
        subjects.add(SignInThrottle.Kind.EMAIL.subject(email));
        if (client != null && !client.isBlank()) {
            subjects.add(SignInThrottle.Kind.CLIENT.subject(client));
        }
        subjects.sort(null);
        return subjects;
    }

    private static Duration longest(List<Duration> waits) {
        return waits.stream().max(Duration::compareTo).orElse(Duration.ZERO);
    }
}
