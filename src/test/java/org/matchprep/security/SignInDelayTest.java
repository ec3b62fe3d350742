package org.matchprep.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.matchprep.account.AccountSummary;
import org.matchprep.audit.AuditEntry;
import org.matchprep.audit.AuditEventType;
import org.matchprep.audit.domain.AuditEvent;
import org.matchprep.audit.domain.AuditEventRepository;
import org.matchprep.security.domain.SignInThrottle;
import org.matchprep.security.domain.SignInThrottleRepository;
import org.matchprep.testing.Accounts;
import org.matchprep.testing.IntegrationTest;
import org.matchprep.testing.MutableClock;
import org.matchprep.testing.MutableClockConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The growing delay per email and per client address, with a clock the test moves by hand (the context
 * shared by clock tests), so nothing here waits for real.
 */
@Import(MutableClockConfiguration.class)
class SignInDelayTest extends IntegrationTest {

    private static final String WRONG = "not the right password";

    @Autowired
    private AuthenticationProvider provider;

    @Autowired
    private SignInGuard guard;

    @Autowired
    private SignInThrottleRepository throttles;

    @Autowired
    private AuditEventRepository auditEvents;

    @Autowired
    private MutableClock clock;

    @Autowired
    private Clock injectedClock;

    @Test
    void the_application_uses_the_test_clock() {
        assertThat(injectedClock).isSameAs(clock);
    }

    @Test
    void the_fifth_wrong_password_asks_for_a_one_second_wait_and_the_wait_doubles_with_each_further_failure() {
        String email = Accounts.uniqueEmail("doubling");
        failTimes(email, 4);

        assertThatThrownBy(() -> signIn(email, WRONG)).isInstanceOfSatisfying(SignInDelayedException.class,
                delayed -> assertThat(delayed).hasMessage("Too many attempts: try again in 1 second."));
        clock.advance(Duration.ofSeconds(1));
        assertThat(delayedSeconds(email, WRONG)).isEqualTo(2);
        clock.advance(Duration.ofSeconds(2));
        assertThat(delayedSeconds(email, WRONG)).isEqualTo(4);
        clock.advance(Duration.ofSeconds(4));
        assertThat(delayedSeconds(email, WRONG)).isEqualTo(8);
    }

    @Test
    void during_the_wait_even_the_correct_password_is_refused_and_afterwards_it_signs_in() {
        AccountSummary applicant = accounts.applicant();
        failTimes(applicant.email(), 4);
        assertThat(delayedSeconds(applicant.email(), WRONG)).isEqualTo(1);
        clock.advance(Duration.ofSeconds(1));
        assertThat(delayedSeconds(applicant.email(), WRONG)).isEqualTo(2);

        clock.advance(Duration.ofSeconds(1));
        assertThat(delayedSeconds(applicant.email(), Accounts.PASSWORD)).as("one second left").isEqualTo(1);

        clock.advance(Duration.ofSeconds(1));
        assertThat(signIn(applicant.email(), Accounts.PASSWORD).isAuthenticated()).isTrue();
        assertThat(throttles.findById(SignInThrottle.Kind.EMAIL.subject(applicant.email())))
                .as("a success forgets the email's failures").isEmpty();
    }

    @Test
    void the_wait_never_grows_beyond_a_minute_so_no_one_can_lock_the_owner_out() {
        AccountSummary applicant = accounts.applicant();
        for (int attempt = 0; attempt < 30; attempt++) {
            try {
                signIn(applicant.email(), WRONG);
            } catch (SignInDelayedException delayed) {
                assertThat(delayed.seconds()).isLessThanOrEqualTo(60);
                clock.advance(Duration.ofSeconds(delayed.seconds()));
            } catch (BadCredentialsException wrong) {
                // one of the free failures
            }
        }
        clock.advance(Duration.ofMinutes(1));

        assertThat(signIn(applicant.email(), Accounts.PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void refused_attempts_during_a_wait_are_recorded_in_the_audit_log() {
        String email = Accounts.uniqueEmail("audited");
        failTimes(email, 4);
        assertThatThrownBy(() -> signIn(email, WRONG)).isInstanceOf(SignInDelayedException.class);
        assertThatThrownBy(() -> signIn(email, Accounts.PASSWORD)).isInstanceOf(SignInDelayedException.class);

        List<AuditEntry> entries = auditOf(email);
        assertThat(entries).filteredOn(entry -> entry.type() == AuditEventType.SIGN_IN_FAILED).hasSize(4);
        assertThat(entries).filteredOn(entry -> entry.type() == AuditEventType.SIGN_IN_LOCKED).hasSize(2);
    }

    @Test
    void one_client_trying_many_addresses_is_slowed_down_across_all_of_them() {
        String client = "198.51.100.7/" + UUID.randomUUID();
        for (int i = 1; i < SignInThrottle.Kind.CLIENT.freeFailures(); i++) {
            String email = Accounts.uniqueEmail("spray" + i);
            assertThatThrownBy(() -> signIn(email, WRONG, client)).as("address %d", i)
                    .isExactlyInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> signIn(Accounts.uniqueEmail("spray"), WRONG, client))
                .isInstanceOf(SignInDelayedException.class);

        AccountSummary fresh = accounts.applicant();
        assertThatThrownBy(() -> signIn(fresh.email(), Accounts.PASSWORD, client))
                .as("a new address from the same client waits too").isInstanceOf(SignInDelayedException.class);
        assertThat(signIn(fresh.email(), Accounts.PASSWORD, "192.0.2.1").isAuthenticated())
                .as("another client is not slowed down").isTrue();

        clock.advance(Duration.ofSeconds(1));
        assertThat(signIn(fresh.email(), Accounts.PASSWORD, client).isAuthenticated()).isTrue();
    }

    @Test
    void failures_are_forgotten_after_a_quiet_quarter_of_an_hour() {
        String email = Accounts.uniqueEmail("quiet");
        failTimes(email, 4);

        clock.advance(SignInThrottle.FORGET_AFTER);

        failTimes(email, 4);
        assertThatThrownBy(() -> signIn(email, WRONG)).isInstanceOf(SignInDelayedException.class);
    }

    @Test
    void the_purge_removes_rows_untouched_for_a_day_and_keeps_recent_ones() {
        String old = Accounts.uniqueEmail("old");
        failTimes(old, 1);
        clock.advance(SignInThrottle.PURGE_AFTER.minusMinutes(1));
        String recent = Accounts.uniqueEmail("recent");
        failTimes(recent, 1);
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));

        assertThat(guard.purgeOldRows()).isGreaterThanOrEqualTo(1);

        assertThat(throttles.findById(SignInThrottle.Kind.EMAIL.subject(old))).isEmpty();
        assertThat(throttles.findById(SignInThrottle.Kind.EMAIL.subject(recent))).isPresent();
    }

    private long delayedSeconds(String email, String password) {
        try {
            signIn(email, password);
        } catch (SignInDelayedException delayed) {
            return delayed.seconds();
        }
        throw new AssertionError("expected a delay for " + email);
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

    private Authentication signIn(String email, String password, String client) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(client);
        UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(email, password);
        attempt.setDetails(new WebAuthenticationDetails(request));
        return provider.authenticate(attempt);
    }

    private List<AuditEntry> auditOf(String email) {
        return auditEvents.search(null, "%" + email.toLowerCase() + "%", PageRequest.of(0, 50)).stream()
                .map(AuditEvent::toEntry).toList();
    }
}
