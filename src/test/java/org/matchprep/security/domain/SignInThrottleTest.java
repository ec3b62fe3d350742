package org.matchprep.security.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private static final Instant START = Instant.parse("2026-03-01T09:00:00Z");

    private final SignInThrottle throttle = new SignInThrottle("someone@example.org", START);

    private boolean failAt(Duration after) {
        return throttle.recordFailure(START.plus(after));
    }

    private void failNineTimes() {
        for (int i = 0; i < 9; i++) {
            assertThat(failAt(Duration.ofSeconds(i))).as("failure %d", i + 1).isFalse();
        }
    }

    @Test
    void nine_failures_do_not_lock() {
        failNineTimes();
        assertThat(throttle.isLocked(START.plusSeconds(9))).isFalse();
        assertThat(throttle.lockedUntil()).isNull();
        assertThat(throttle.failures()).isEqualTo(9);
    }

    @Test
    void the_tenth_failure_locks_for_fifteen_minutes() {
        failNineTimes();
        Instant tenth = START.plusSeconds(9);
        assertThat(throttle.recordFailure(tenth)).isTrue();
        assertThat(throttle.lockedUntil()).isEqualTo(tenth.plus(Duration.ofMinutes(15)));
        assertThat(throttle.isLocked(tenth)).isTrue();
    }

    @Test
    void the_lock_holds_at_fourteen_minutes_fifty_nine_and_ends_at_fifteen_minutes() {
        failNineTimes();
        Instant tenth = START.plusSeconds(9);
        throttle.recordFailure(tenth);
        assertThat(throttle.isLocked(tenth.plus(Duration.ofMinutes(14)).plusSeconds(59))).isTrue();
        assertThat(throttle.isLocked(tenth.plus(Duration.ofMinutes(15)))).isFalse();
    }

    @Test
    void failures_older_than_the_fifteen_minute_window_no_longer_count() {
        failNineTimes();
        // The window opened at START; at START + 15 min it is over and counting starts again.
        assertThat(failAt(Duration.ofMinutes(15))).isFalse();
        assertThat(throttle.failures()).isEqualTo(1);
        for (int i = 1; i < 9; i++) {
            assertThat(failAt(Duration.ofMinutes(15).plusSeconds(i))).isFalse();
        }
        assertThat(failAt(Duration.ofMinutes(15).plusSeconds(9))).as("tenth failure of the new window").isTrue();
    }

    @Test
    void failures_just_inside_the_window_still_count() {
        failNineTimes();
        assertThat(failAt(Duration.ofMinutes(14).plusSeconds(59))).isTrue();
    }

    @Test
    void a_failure_while_locked_keeps_the_lock_without_extending_it() {
        failNineTimes();
        Instant tenth = START.plusSeconds(9);
        throttle.recordFailure(tenth);
        Instant lockedUntil = throttle.lockedUntil();

        assertThat(throttle.recordFailure(tenth.plus(Duration.ofMinutes(10)))).isTrue();

        assertThat(throttle.lockedUntil()).isEqualTo(lockedUntil);
        assertThat(throttle.isLocked(lockedUntil)).isFalse();
    }

    @Test
    void after_the_lock_ends_a_single_failure_does_not_lock_again() {
        failNineTimes();
        Instant tenth = START.plusSeconds(9);
        throttle.recordFailure(tenth);
        Instant afterLock = throttle.lockedUntil();

        assertThat(throttle.recordFailure(afterLock)).isFalse();
        assertThat(throttle.isLocked(afterLock)).isFalse();
    }
}
