package org.matchprep.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.matchprep.account.AccountSummary;
import org.matchprep.account.SignedInUser;
import org.matchprep.account.domain.Account;
import org.matchprep.account.domain.AccountRepository;
import org.matchprep.audit.AuditEntry;
import org.matchprep.audit.AuditEventType;
import org.matchprep.audit.domain.AuditEvent;
import org.matchprep.audit.domain.AuditEventRepository;
import org.matchprep.testing.Accounts;
import org.matchprep.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

class ThrottledAuthenticationProviderTest extends IntegrationTest {

    private static final String WRONG = "not the right password";

    @Autowired
    private AuthenticationProvider provider;

    @Autowired
    private AccountRepository repository;

    @Autowired
    private AuditEventRepository auditEvents;

    @Test
    void the_provider_is_the_throttled_one() {
        assertThat(provider).isInstanceOf(ThrottledAuthenticationProvider.class);
        assertThat(provider.supports(UsernamePasswordAuthenticationToken.class)).isTrue();
    }

    @Test
    void the_correct_password_signs_in_with_a_signed_in_user_principal() {
        AccountSummary mentor = accounts.mentor();

        Authentication result = signIn(mentor.email(), Accounts.PASSWORD);

        assertThat(result.isAuthenticated()).isTrue();
        assertThat(result.getCredentials()).isNull();
        assertThat(result.getPrincipal()).isInstanceOfSatisfying(SignedInUser.class, user -> {
            assertThat(user.accountId()).isEqualTo(mentor.id());
            assertThat(user.email()).isEqualTo(mentor.email());
        });
        assertThat(result.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_MENTOR");
    }

    @Test
    void the_email_may_be_typed_in_any_letter_case_with_spaces() {
        AccountSummary applicant = accounts.applicant();

        Authentication result = signIn("  " + applicant.email().toUpperCase() + " ", Accounts.PASSWORD);

        assertThat(((SignedInUser) result.getPrincipal()).accountId()).isEqualTo(applicant.id());
    }

    @Test
    void a_successful_sign_in_is_recorded() {
        AccountSummary admin = accounts.admin();

        signIn(admin.email(), Accounts.PASSWORD);

        assertThat(auditOf(admin.email())).singleElement().satisfies(entry -> {
            assertThat(entry.type()).isEqualTo(AuditEventType.SIGN_IN_SUCCEEDED);
            assertThat(entry.actor()).isEqualTo(admin.email());
            assertThat(entry.target()).isEqualTo(admin.email());
        });
    }

    @Test
    void a_wrong_password_is_refused_and_recorded() {
        AccountSummary applicant = accounts.applicant();

        assertThatThrownBy(() -> signIn(applicant.email(), WRONG))
                .isExactlyInstanceOf(BadCredentialsException.class)
                .hasMessage("Incorrect email or password");

        assertThat(auditOf(applicant.email())).singleElement().satisfies(entry -> {
            assertThat(entry.type()).isEqualTo(AuditEventType.SIGN_IN_FAILED);
            assertThat(entry.actor()).isNull();
            assertThat(entry.target()).isEqualTo(applicant.email());
        });
    }

    @Test
    void the_fifth_wrong_password_asks_for_a_short_wait_whatever_the_letter_case() {
        AccountSummary applicant = accounts.applicant();

        failFourTimes(applicant.email().toUpperCase());
        assertThatThrownBy(() -> signIn(applicant.email(), WRONG)).isInstanceOf(SignInDelayedException.class)
                .hasMessage("Too many attempts: try again in 1 second.");

        List<AuditEntry> entries = auditOf(applicant.email());
        assertThat(entries).filteredOn(entry -> entry.type() == AuditEventType.SIGN_IN_FAILED).hasSize(4);
        assertThat(entries).filteredOn(entry -> entry.type() == AuditEventType.SIGN_IN_LOCKED).singleElement()
                .satisfies(entry -> assertThat(entry.target()).isEqualTo(applicant.email()));
        assertThat(entries).noneMatch(entry -> entry.type() == AuditEventType.SIGN_IN_SUCCEEDED);
    }

    @Test
    void an_unknown_email_is_answered_exactly_like_a_wrong_password() {
        String unknown = Accounts.uniqueEmail("nobody");

        assertThatThrownBy(() -> signIn(unknown, WRONG))
                .isExactlyInstanceOf(BadCredentialsException.class)
                .hasMessage("Incorrect email or password");
        for (int attempt = 2; attempt <= 4; attempt++) {
            assertThatThrownBy(() -> signIn(unknown, WRONG)).isExactlyInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> signIn(unknown, WRONG)).isInstanceOf(SignInDelayedException.class);

        assertThat(auditOf(unknown)).extracting(AuditEntry::type)
                .containsOnly(AuditEventType.SIGN_IN_FAILED, AuditEventType.SIGN_IN_LOCKED).hasSize(5);
    }

    @Test
    void a_disabled_account_with_the_correct_password_is_answered_like_a_wrong_password() {
        AccountSummary mentor = accounts.mentor();
        Account account = repository.findById(mentor.id()).orElseThrow();
        account.disable();
        repository.saveAndFlush(account);

        assertThatThrownBy(() -> signIn(mentor.email(), Accounts.PASSWORD))
                .isExactlyInstanceOf(BadCredentialsException.class)
                .hasMessage("Incorrect email or password");
        assertThat(auditOf(mentor.email())).extracting(AuditEntry::type).containsExactly(AuditEventType.SIGN_IN_FAILED);
    }

    @Test
    void a_successful_sign_in_forgets_earlier_failures() {
        AccountSummary applicant = accounts.applicant();

        failFourTimes(applicant.email());
        signIn(applicant.email(), Accounts.PASSWORD);
        failFourTimes(applicant.email());

        assertThat(signIn(applicant.email(), Accounts.PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void a_delayed_email_does_not_delay_other_emails() {
        AccountSummary delayed = accounts.applicant();
        AccountSummary other = accounts.applicant();

        failFourTimes(delayed.email());
        assertThatThrownBy(() -> signIn(delayed.email(), WRONG)).isInstanceOf(SignInDelayedException.class);

        assertThat(signIn(other.email(), Accounts.PASSWORD).isAuthenticated()).isTrue();
    }

    private Authentication signIn(String email, String password) {
        return provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password));
    }

    private void failFourTimes(String email) {
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThatThrownBy(() -> signIn(email, WRONG)).as("attempt %d", attempt)
                    .isExactlyInstanceOf(BadCredentialsException.class);
        }
    }

    private List<AuditEntry> auditOf(String email) {
        return auditEvents.search(null, "%" + email.toLowerCase() + "%", PageRequest.of(0, 50)).stream()
                .map(AuditEvent::toEntry).toList();
    }
}
