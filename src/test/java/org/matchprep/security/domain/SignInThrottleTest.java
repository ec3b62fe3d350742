package org.matchprep.security.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.matchprep.security.domain.SignInThrottle.Kind;

class SignInThrottleTest {

    private static final Instant START = Instant.parse("2026-03-01T09:00:00Z");

    private final SignInThrottle email = new SignInThrottle(Kind.EMAIL.subject("someone@example.org"), START);

    @Test
    void the_first_four_failures_of_an_email_cost_no_wait() {
        for (int i = 0; i < 4; i++) {
            assertThat(email.recordFailure(START.plusSeconds(i))).as("failure %d", i + 1).isZero();
        }
        assertThat(email.waitAt(START.plusSeconds(4))).isZero();
        assertThat(email.nextAttemptAt()).isNull();
    }

    @Test
    void from_the_fifth_failure_the_wait_doubles_from_one_second_up_to_one_minute() {
        Instant now = START;
        for (int i = 0; i < 4; i++) {
            email.recordFailure(now);
        }
        long[] expected = {1, 2, 4, 8, 16, 32, 60, 60, 60};
        for (long seconds : expected) {
            Duration wait = email.recordFailure(now);
            assertThat(wait).isEqualTo(Duration.ofSeconds(seconds));
            assertThat(email.waitAt(now)).isEqualTo(wait);
            now = now.plus(wait);
            assertThat(email.waitAt(now)).as("the wait is over at its end").isZero();
        }
    }

    @Test
    void a_failure_during_a_wait_is_not_counted_and_does_not_lengthen_it() {
        for (int i = 0; i < 5; i++) {
            email.recordFailure(START);
        }
        Instant next = email.nextAttemptAt();

        assertThat(email.recordFailure(START.plusMillis(400))).isEqualTo(Duration.ofMillis(600));

        assertThat(email.failures()).isEqualTo(5);
        assertThat(email.nextAttemptAt()).isEqualTo(next);
    }

    @Test
    void a_quiet_quarter_of_an_hour_forgets_the_failures() {
        for (int i = 0; i < 8; i++) {
            email.recordFailure(START.plus(Duration.ofMinutes(i)));
        }
        Instant later = START.plus(Duration.ofMinutes(7)).plus(SignInThrottle.FORGET_AFTER);

        assertThat(email.recordFailure(later)).isZero();
        assertThat(email.failures()).isEqualTo(1);
    }

    @Test
    void a_client_address_has_twenty_free_failures_and_waits_at_most_five_minutes() {
        SignInThrottle client = new SignInThrottle(Kind.CLIENT.subject("203.0.113.7"), START);
        for (int i = 0; i < 19; i++) {
            assertThat(client.recordFailure(START)).isZero();
        }
        assertThat(client.recordFailure(START)).isEqualTo(Duration.ofSeconds(1));
        assertThat(Kind.CLIENT.waitAfter(100)).isEqualTo(Duration.ofMinutes(5));
        assertThat(Kind.EMAIL.waitAfter(100)).isEqualTo(Duration.ofMinutes(1));
        assertThat(Kind.EMAIL.waitAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(1));
    }
}
