package org.matchprep.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.matchprep.account.Role;
import org.matchprep.account.SignedInUser;
import org.matchprep.security.domain.SignInThrottle;
import org.matchprep.security.domain.SignInThrottleRepository;
import org.matchprep.testing.IntegrationTest;
import org.matchprep.testing.MutableClockConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Parallel sign-ins on one email, on a clock that stands still (the context shared by clock tests), so the
 * one-second wait cannot run out on a slow machine. The correct passwords are held inside the password check
 * until the wait has begun. This is the way a slow hash overlaps the failure that
 * starts the wait in real traffic, so the race happens every run.
 */
@Import(MutableClockConfiguration.class)
class SignInRaceTest extends IntegrationTest {

    private static final String RIGHT = "the right password";
    private static final int RIGHT_ATTEMPTS = 10;
    private static final int WRONG_ATTEMPTS = 20;

    @Autowired
    private SignInGuard guard;

    @Autowired
    private SignInThrottleRepository throttles;

    @Autowired
    private Clock clock;

    private final CountDownLatch rightPasswordsInCheck = new CountDownLatch(RIGHT_ATTEMPTS);
    private final CountDownLatch lockBegan = new CountDownLatch(1);

    @Test
    void no_sign_in_gets_through_once_the_wait_has_begun_and_none_fails_with_an_error() throws Exception {
        String email = "race-" + UUID.randomUUID() + "@example.org";
        ApplicationEventPublisher events = event -> {
            if (event instanceof SignInEvent.Failed failed && failed.locked()) {
                lockBegan.countDown();
            }
        };
        ThrottledAuthenticationProvider provider = new ThrottledAuthenticationProvider(
                username -> new SignedInUser(1L, username, "hash", Role.APPLICANT, true),
                new HeldPasswordCheck(), guard, events);

        List<Future<Object>> outcomes = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(RIGHT_ATTEMPTS + WRONG_ATTEMPTS)) {
            for (int i = 0; i < RIGHT_ATTEMPTS; i++) {
                outcomes.add(pool.submit(() -> attempt(provider, email, RIGHT)));
            }
            for (int i = 0; i < WRONG_ATTEMPTS; i++) {
                outcomes.add(pool.submit(() -> {
                    rightPasswordsInCheck.await(10, TimeUnit.SECONDS);
                    return attempt(provider, email, "wrong " + UUID.randomUUID());
                }));
            }
        }

        List<Object> results = new ArrayList<>();
        for (Future<Object> outcome : outcomes) {
            results.add(outcome.get());
        }
        assertThat(lockBegan.getCount()).as("the lock began").isZero();
        assertThat(results).allSatisfy(result -> assertThat(result)
                .isInstanceOfAny(BadCredentialsException.class, SignInDelayedException.class));
        assertThat(results).filteredOn(BadCredentialsException.class::isInstance)
                .hasSize(SignInThrottle.Kind.EMAIL.freeFailures() - 1);
        assertThat(throttles.findById(SignInThrottle.Kind.EMAIL.subject(email))).hasValueSatisfying(
                throttle -> assertThat(throttle.waitAt(clock.instant())).as("still waiting").isPositive());
    }

    /** Returns the authentication or the exception, so every outcome can be checked. */
    private static Object attempt(ThrottledAuthenticationProvider provider, String email, String password) {
        try {
            return provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password));
        } catch (RuntimeException e) {
            return e;
        }
    }

    private class HeldPasswordCheck implements PasswordEncoder {

        @Override
        public String encode(CharSequence rawPassword) {
            return "hash";
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            if (!RIGHT.contentEquals(rawPassword)) {
                return false;
            }
            rightPasswordsInCheck.countDown();
            try {
                lockBegan.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return true;
        }
    }
}
