package org.matchprep.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.matchprep.account.AccountSummary;
import org.matchprep.testing.Accounts;
import org.matchprep.testing.IntegrationTest;
import org.matchprep.testing.MutableClock;
import org.matchprep.testing.MutableClockConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/** The 15-minute lock and window, with a clock the test moves (the context shared by clock tests). */
@Import(MutableClockConfiguration.class)
class SignInLockExpiryTest extends IntegrationTest {

    private static final String WRONG = "not the right password";

    @Autowired
    private AuthenticationProvider provider;

    @Autowired
    private MutableClock clock;

    @Autowired
    private Clock injectedClock;

    @Test
    void the_application_uses_the_test_clock() {
        assertThat(injectedClock).isSameAs(clock);
    }

    @Test
    void the_lock_holds_for_fifteen_minutes_then_the_correct_password_works_again() {
        AccountSummary applicant = accounts.applicant();
        lock(applicant.email());

        clock.advance(Duration.ofMinutes(14).plusSeconds(59));
        assertThatThrownBy(() -> signIn(applicant.email(), Accounts.PASSWORD)).isInstanceOf(SignInLockedException.class);

        clock.advance(Duration.ofSeconds(1));
        assertThat(signIn(applicant.email(), Accounts.PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void after_the_lock_a_single_wrong_password_does_not_lock_again() {
        AccountSummary applicant = accounts.applicant();
        lock(applicant.email());

        clock.advance(Duration.ofMinutes(15));
        assertThatThrownBy(() -> signIn(applicant.email(), WRONG)).isExactlyInstanceOf(BadCredentialsException.class);
        assertThat(signIn(applicant.email(), Accounts.PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void attempts_while_locked_do_not_extend_the_lock() {
        AccountSummary applicant = accounts.applicant();
        lock(applicant.email());

        clock.advance(Duration.ofMinutes(10));
        assertThatThrownBy(() -> signIn(applicant.email(), WRONG)).isInstanceOf(SignInLockedException.class);
        assertThatThrownBy(() -> signIn(applicant.email(), Accounts.PASSWORD)).isInstanceOf(SignInLockedException.class);

        clock.advance(Duration.ofMinutes(5));
        assertThat(signIn(applicant.email(), Accounts.PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void failures_older_than_fifteen_minutes_no_longer_count() {
        String unknown = Accounts.uniqueEmail("window");
        failTimes(unknown, 9);

        clock.advance(Duration.ofMinutes(15));
        failTimes(unknown, 9);

        assertThatThrownBy(() -> signIn(unknown, WRONG)).as("tenth failure of the new window")
                .isInstanceOf(SignInLockedException.class);
    }

    @Test
    void failures_within_fifteen_minutes_add_up() {
        String unknown = Accounts.uniqueEmail("inside");
        failTimes(unknown, 9);

        clock.advance(Duration.ofMinutes(14).plusSeconds(59));

        assertThatThrownBy(() -> signIn(unknown, WRONG)).isInstanceOf(SignInLockedException.class);
    }

    private void lock(String email) {
        failTimes(email, 9);
        assertThatThrownBy(() -> signIn(email, WRONG)).isInstanceOf(SignInLockedException.class);
    }

    private void failTimes(String email, int times) {
        for (int attempt = 1; attempt <= times; attempt++) {
            assertThatThrownBy(() -> signIn(email, WRONG)).as("attempt %d", attempt)
                    .isExactlyInstanceOf(BadCredentialsException.class);
        }
    }

    private Authentication signIn(String email, String password) {
        return provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password));
    }
}
