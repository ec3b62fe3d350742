package org.matchprep.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.matchprep.account.domain.Account;
import org.matchprep.account.domain.AccountRepository;
import org.matchprep.audit.AuditEntry;
import org.matchprep.audit.AuditEventType;
import org.matchprep.audit.domain.AuditEvent;
import org.matchprep.audit.domain.AuditEventRepository;
import org.matchprep.testing.Accounts;
import org.matchprep.testing.IntegrationTest;
import org.matchprep.testing.Who;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

class AccountServiceTest extends IntegrationTest {

    private static final String NEW_PASSWORD = "a quiet orchard in april";

    @Autowired
    private AccountService service;

    @Autowired
    private AccountRepository repository;

    @Autowired
    private AuditEventRepository auditEvents;

    @Autowired
    private PasswordEncoder passwordEncoder;

    // --- who may call what -------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(Who.class)
    void sign_up_is_only_for_visitors_who_are_not_signed_in(Who who) {
        signedIn(who);
        String email = Accounts.uniqueEmail("signup");
        SignUpRequest request = validSignUp(email);

        if (who == Who.ANONYMOUS) {
            service.signUp(request);
            assertThat(repository.findByEmail(email)).hasValueSatisfying(created ->
                    assertThat(created.getRole()).isEqualTo(Role.APPLICANT));
        } else {
            assertThatThrownBy(() -> service.signUp(request)).isInstanceOf(AuthorizationDeniedException.class);
            assertThat(repository.existsByEmail(email)).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void my_account_is_for_signed_in_people_only(Who who) {
        AccountSummary me = signedIn(who);

        if (who == Who.ANONYMOUS) {
            assertThatThrownBy(() -> service.myAccount()).isInstanceOf(AuthorizationDeniedException.class);
        } else {
            AccountSummary mine = service.myAccount();
            assertThat(mine.id()).isEqualTo(me.id());
            assertThat(mine.email()).isEqualTo(me.email());
            assertThat(mine.role()).isEqualTo(who.role());
        }
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void updating_the_profile_is_for_signed_in_people_only(Who who) {
        AccountSummary me = signedIn(who);

        if (who == Who.ANONYMOUS) {
            assertThatThrownBy(() -> service.updateProfile(new ProfileChange("Nobody", "Asia/Kolkata")))
                    .isInstanceOf(AuthorizationDeniedException.class);
        } else {
            AccountSummary updated = service.updateProfile(new ProfileChange("  Renamed Person  ", "Asia/Kolkata"));
            assertThat(updated.displayName()).isEqualTo("Renamed Person");
            Account stored = repository.findById(me.id()).orElseThrow();
            assertThat(stored.getDisplayName()).isEqualTo("Renamed Person");
            assertThat(stored.getTimeZone()).isEqualTo(ZoneId.of("Asia/Kolkata"));
        }
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void changing_the_password_is_for_signed_in_people_only(Who who) {
        AccountSummary me = signedIn(who);

        if (who == Who.ANONYMOUS) {
            assertThatThrownBy(() -> service.changePassword(new PasswordChange(Accounts.PASSWORD, NEW_PASSWORD, NEW_PASSWORD)))
                    .isInstanceOf(AuthorizationDeniedException.class);
        } else {
            service.changePassword(new PasswordChange(Accounts.PASSWORD, NEW_PASSWORD, NEW_PASSWORD));
            assertThat(passwordEncoder.matches(NEW_PASSWORD, hashOf(me))).isTrue();
        }
    }

    @Test
    void a_password_change_is_recorded_in_the_audit_log_without_the_password() {
        AccountSummary me = signedIn(Who.APPLICANT);

        service.changePassword(new PasswordChange(Accounts.PASSWORD, NEW_PASSWORD, NEW_PASSWORD));

        assertThat(auditOf(me.email())).filteredOn(entry -> entry.type() == AuditEventType.PASSWORD_CHANGED)
                .singleElement().satisfies(entry -> {
                    assertThat(entry.actor()).isEqualTo(me.email());
                    assertThat(entry.target()).isEqualTo(me.email());
                    assertThat(entry.details()).isNull();
                });
    }

    @Test
    void without_any_security_context_my_account_is_refused() {
        accounts.signOut();
        assertThatThrownBy(() -> service.myAccount()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    // --- sign-up rules -----------------------------------------------------------------------------

    @Test
    void a_successful_sign_up_stores_an_applicant_with_an_argon2_hash() {
        accounts.signInAnonymously();
        String email = Accounts.uniqueEmail("fresh");

        service.signUp(new SignUpRequest("  " + email.toUpperCase() + " ", "  Priya Raman ",
                "Asia/Kolkata", NEW_PASSWORD, NEW_PASSWORD));

        Account stored = repository.findByEmail(email).orElseThrow();
        assertThat(stored.getRole()).isEqualTo(Role.APPLICANT);
        assertThat(stored.isEnabled()).isTrue();
        assertThat(stored.getDisplayName()).isEqualTo("Priya Raman");
        assertThat(stored.getTimeZone()).isEqualTo(ZoneId.of("Asia/Kolkata"));
        assertThat(stored.getPasswordHash()).startsWith("{argon2}").doesNotContain(NEW_PASSWORD);
        assertThat(passwordEncoder.matches(NEW_PASSWORD, stored.getPasswordHash())).isTrue();
    }

    @Test
    void a_sign_up_is_recorded_in_the_audit_log_as_done_by_the_applicant() {
        accounts.signInAnonymously();
        String email = Accounts.uniqueEmail("audited");

        service.signUp(validSignUp(email));

        assertThat(auditOf(email)).singleElement().satisfies(entry -> {
            assertThat(entry.type()).isEqualTo(AuditEventType.ACCOUNT_CREATED);
            assertThat(entry.actor()).isEqualTo(email);
            assertThat(entry.target()).isEqualTo(email);
            assertThat(entry.details()).isEqualTo("Signed up as Applicant");
        });
    }

    @Test
    void signing_up_with_a_taken_email_in_other_letter_case_answers_like_a_new_one_and_changes_nothing() {
        AccountSummary existing = accounts.applicant();
        String hashBefore = repository.findByEmail(existing.email()).orElseThrow().getPasswordHash();
        accounts.signInAnonymously();
        String marker = unique("Taken");

        service.signUp(new SignUpRequest(" " + existing.email().toUpperCase() + " ", marker,
                "Europe/Berlin", NEW_PASSWORD, NEW_PASSWORD));

        assertThat(nameCount(marker)).isZero();
        Account stored = repository.findByEmail(existing.email()).orElseThrow();
        assertThat(stored.getDisplayName()).isEqualTo(existing.displayName());
        assertThat(stored.getPasswordHash()).isEqualTo(hashBefore);
        assertThat(auditOf(existing.email())).singleElement().satisfies(entry -> {
            assertThat(entry.type()).isEqualTo(AuditEventType.SIGN_UP_WITH_TAKEN_EMAIL);
            assertThat(entry.actor()).isNull();
        });
    }

    @Test
    void a_taken_email_is_refused_for_the_same_other_problems_as_a_new_one_and_no_others() {
        AccountSummary existing = accounts.applicant();
        accounts.signInAnonymously();

        InvalidAccountInputException refused = catchThrowableOfType(InvalidAccountInputException.class,
                () -> service.signUp(new SignUpRequest(existing.email(), " ", "Europe/Berlin", NEW_PASSWORD, NEW_PASSWORD)));

        assertThat(refused.fields()).containsExactly("displayName");
        assertThat(auditOf(existing.email())).isEmpty();
    }

    @Test
    void signing_up_with_a_malformed_email_is_refused_and_stores_nothing() {
        accounts.signInAnonymously();
        String email = "not-an-email-" + UUID.randomUUID();

        InvalidAccountInputException refused = catchThrowableOfType(InvalidAccountInputException.class,
                () -> service.signUp(validSignUp(email)));

        assertThat(refused.fields()).containsExactly("email");
        assertThat(repository.existsByEmail(email)).isFalse();
    }

    @Test
    void signing_up_with_a_weak_password_is_refused_and_stores_nothing() {
        accounts.signInAnonymously();
        String email = Accounts.uniqueEmail("weak");

        InvalidAccountInputException refused = catchThrowableOfType(InvalidAccountInputException.class,
                () -> service.signUp(new SignUpRequest(email, "Weak Password", "Europe/Berlin", "Password2026!!", "Password2026!!")));

        assertThat(refused.fields()).containsExactly("password");
        assertThat(repository.existsByEmail(email)).isFalse();
    }

    @Test
    void signing_up_with_mismatched_passwords_is_refused_and_stores_nothing() {
        accounts.signInAnonymously();
        String email = Accounts.uniqueEmail("mismatch");

        InvalidAccountInputException refused = catchThrowableOfType(InvalidAccountInputException.class,
                () -> service.signUp(new SignUpRequest(email, "Mismatch", "Europe/Berlin", NEW_PASSWORD, NEW_PASSWORD + "!")));

        assertThat(refused.fields()).containsExactly("passwordRepeat");
        assertThat(repository.existsByEmail(email)).isFalse();
    }

    @Test
    void signing_up_with_an_unknown_time_zone_is_refused_and_stores_nothing() {
        accounts.signInAnonymously();
        String email = Accounts.uniqueEmail("zone");

        InvalidAccountInputException refused = catchThrowableOfType(InvalidAccountInputException.class,
                () -> service.signUp(new SignUpRequest(email, "Martian", "Mars/Olympus", NEW_PASSWORD, NEW_PASSWORD)));

        assertThat(refused.fields()).containsExactly("timeZone");
        assertThat(repository.existsByEmail(email)).isFalse();
    }

    @Test
    void a_sign_up_with_several_problems_reports_all_of_them_at_once() {
        accounts.signInAnonymously();

        InvalidAccountInputException refused = catchThrowableOfType(InvalidAccountInputException.class,
                () -> service.signUp(new SignUpRequest("nope", " ", "", "short", "other")));

        assertThat(refused.fields()).containsExactlyInAnyOrder("email", "displayName", "timeZone", "password", "passwordRepeat");
    }

    // --- profile and password rules ----------------------------------------------------------------

    @Test
    void an_invalid_profile_update_is_refused_and_changes_nothing() {
        AccountSummary me = signedIn(Who.MENTOR);

        InvalidAccountInputException refused = catchThrowableOfType(InvalidAccountInputException.class,
                () -> service.updateProfile(new ProfileChange("   ", "Mars/Olympus")));

        assertThat(refused.fields()).containsExactlyInAnyOrder("displayName", "timeZone");
        Account stored = repository.findById(me.id()).orElseThrow();
        assertThat(stored.getDisplayName()).isEqualTo(me.displayName());
        assertThat(stored.getTimeZone()).isEqualTo(me.timeZone());
    }

    @Test
    void updating_the_profile_changes_only_the_callers_account() {
        AccountSummary other = accounts.applicant();
        signedIn(Who.APPLICANT);

        service.updateProfile(new ProfileChange("Only Me", "America/Chicago"));

        assertThat(repository.findById(other.id()).orElseThrow().getDisplayName()).isEqualTo(other.displayName());
    }

    @Test
    void changing_the_password_needs_the_correct_current_password() {
        AccountSummary me = signedIn(Who.APPLICANT);
        String before = hashOf(me);

        InvalidAccountInputException refused = catchThrowableOfType(InvalidAccountInputException.class,
                () -> service.changePassword(new PasswordChange("not my password", NEW_PASSWORD, NEW_PASSWORD)));

        assertThat(refused.fields()).containsExactly("currentPassword");
        assertThat(hashOf(me)).isEqualTo(before);
        assertThat(passwordEncoder.matches(Accounts.PASSWORD, hashOf(me))).isTrue();
    }

    @Test
    void changing_the_password_without_the_current_password_is_refused() {
        AccountSummary me = signedIn(Who.MENTOR);
        String before = hashOf(me);

        InvalidAccountInputException refused = catchThrowableOfType(InvalidAccountInputException.class,
                () -> service.changePassword(new PasswordChange(null, NEW_PASSWORD, NEW_PASSWORD)));

        assertThat(refused.fields()).containsExactly("currentPassword");
        assertThat(hashOf(me)).isEqualTo(before);
    }

    @Test
    void a_new_password_must_follow_the_policy_and_be_typed_twice_alike() {
        AccountSummary me = signedIn(Who.APPLICANT);
        String before = hashOf(me);

        InvalidAccountInputException weak = catchThrowableOfType(InvalidAccountInputException.class,
                () -> service.changePassword(new PasswordChange(Accounts.PASSWORD, "qwertyuiopas", "qwertyuiopas")));
        InvalidAccountInputException differing = catchThrowableOfType(InvalidAccountInputException.class,
                () -> service.changePassword(new PasswordChange(Accounts.PASSWORD, NEW_PASSWORD, NEW_PASSWORD.toUpperCase())));

        assertThat(weak.fields()).containsExactly("newPassword");
        assertThat(differing.fields()).containsExactly("newPasswordRepeat");
        assertThat(hashOf(me)).isEqualTo(before);
    }

    @Test
    void a_changed_password_replaces_the_old_one_with_a_new_argon2_hash() {
        AccountSummary me = signedIn(Who.ADMIN);

        service.changePassword(new PasswordChange(Accounts.PASSWORD, NEW_PASSWORD, NEW_PASSWORD));

        String hash = hashOf(me);
        assertThat(hash).startsWith("{argon2}").doesNotContain(NEW_PASSWORD);
        assertThat(passwordEncoder.matches(NEW_PASSWORD, hash)).isTrue();
        assertThat(passwordEncoder.matches(Accounts.PASSWORD, hash)).isFalse();
    }

    // --- helpers -----------------------------------------------------------------------------------

    private static SignUpRequest validSignUp(String email) {
        return new SignUpRequest(email, "New Applicant", "Europe/Berlin", NEW_PASSWORD, NEW_PASSWORD);
    }

    private String hashOf(AccountSummary account) {
        return repository.findById(account.id()).orElseThrow().getPasswordHash();
    }

    private long nameCount(String uniqueName) {
        return repository.countSearch("%" + uniqueName.toLowerCase() + "%", null);
    }

    private List<AuditEntry> auditOf(String email) {
        return auditEvents.search(null, "%" + email.toLowerCase() + "%", PageRequest.of(0, 50)).stream()
                .map(AuditEvent::toEntry).toList();
    }

    private static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
