package org.matchprep.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.matchprep.account.domain.Account;
import org.matchprep.account.domain.AccountRepository;
import org.matchprep.audit.AuditEntry;
import org.matchprep.audit.AuditEventType;
import org.matchprep.audit.AuditService;
import org.matchprep.testing.Accounts;
import org.matchprep.testing.IntegrationTest;
import org.matchprep.testing.Who;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;

class AccountAdminServiceTest extends IntegrationTest {

    private static final String PASSWORD = "a quiet orchard in april";

    @Autowired
    private AccountAdminService service;

    @Autowired
    private AuditService audit;

    @Autowired
    private AccountRepository repository;

    @Autowired
    private PasswordEncoder passwordEncoder;

    // --- who may call what: only admins ------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(Who.class)
    void only_admins_find_accounts(Who who) {
        String marker = unique("findable");
        AccountSummary target = accounts.create(Role.MENTOR, Accounts.uniqueEmail("find"), marker);
        signedIn(who);

        if (who == Who.ADMIN) {
            assertThat(service.findAccounts(marker, null, 0, 10)).extracting(AccountSummary::id).containsExactly(target.id());
        } else {
            assertThatThrownBy(() -> service.findAccounts(marker, null, 0, 10)).isInstanceOf(AuthorizationDeniedException.class);
        }
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void only_admins_count_accounts(Who who) {
        String marker = unique("countable");
        accounts.create(Role.APPLICANT, Accounts.uniqueEmail("count"), marker);
        signedIn(who);

        if (who == Who.ADMIN) {
            assertThat(service.countAccounts(marker, null)).isEqualTo(1);
        } else {
            assertThatThrownBy(() -> service.countAccounts(marker, null)).isInstanceOf(AuthorizationDeniedException.class);
        }
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void only_admins_see_the_account_counts(Who who) {
        AccountSummary me = signedIn(who);

        if (who == Who.ADMIN) {
            AccountCounts counts = service.counts();
            assertThat(counts.admins()).isPositive();
            assertThat(counts.total()).isEqualTo(counts.applicants() + counts.mentors() + counts.admins());
            assertThat(me).isNotNull();
        } else {
            assertThatThrownBy(() -> service.counts()).isInstanceOf(AuthorizationDeniedException.class);
        }
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void only_admins_create_accounts(Who who) {
        signedIn(who);
        String email = Accounts.uniqueEmail("created");
        NewAccountRequest request = newAccount(email, Role.MENTOR);

        if (who == Who.ADMIN) {
            assertThat(service.createAccount(request).role()).isEqualTo(Role.MENTOR);
            assertThat(repository.existsByEmail(email)).isTrue();
        } else {
            assertThatThrownBy(() -> service.createAccount(request)).isInstanceOf(AuthorizationDeniedException.class);
            assertThat(repository.existsByEmail(email)).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void only_admins_change_roles(Who who) {
        AccountSummary target = accounts.applicant();
        signedIn(who);

        if (who == Who.ADMIN) {
            assertThat(service.changeRole(target.id(), Role.MENTOR).role()).isEqualTo(Role.MENTOR);
            assertThat(stored(target).getRole()).isEqualTo(Role.MENTOR);
        } else {
            assertThatThrownBy(() -> service.changeRole(target.id(), Role.ADMIN)).isInstanceOf(AuthorizationDeniedException.class);
            assertThat(stored(target).getRole()).isEqualTo(Role.APPLICANT);
        }
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void only_admins_disable_accounts(Who who) {
        AccountSummary target = accounts.mentor();
        signedIn(who);

        if (who == Who.ADMIN) {
            assertThat(service.disable(target.id()).enabled()).isFalse();
            assertThat(stored(target).isEnabled()).isFalse();
        } else {
            assertThatThrownBy(() -> service.disable(target.id())).isInstanceOf(AuthorizationDeniedException.class);
            assertThat(stored(target).isEnabled()).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void only_admins_enable_accounts(Who who) {
        AccountSummary target = disabledAccount(Role.APPLICANT);
        signedIn(who);

        if (who == Who.ADMIN) {
            assertThat(service.enable(target.id()).enabled()).isTrue();
            assertThat(stored(target).isEnabled()).isTrue();
        } else {
            assertThatThrownBy(() -> service.enable(target.id())).isInstanceOf(AuthorizationDeniedException.class);
            assertThat(stored(target).isEnabled()).isFalse();
        }
    }

    // --- finding and counting ----------------------------------------------------------------------

    @Test
    void accounts_are_found_by_part_of_name_or_email_and_by_role_ordered_by_name() {
        String marker = unique("roster");
        AccountSummary zoe = accounts.create(Role.APPLICANT, Accounts.uniqueEmail("z"), "Zoe " + marker);
        AccountSummary adam = accounts.create(Role.MENTOR, Accounts.uniqueEmail("a"), "adam " + marker);
        AccountSummary byEmail = accounts.create(Role.APPLICANT, marker.replace(' ', '.') + "@example.org", "Someone Else");
        signedIn(Who.ADMIN);

        assertThat(service.findAccounts(marker.toUpperCase(), null, 0, 10)).extracting(AccountSummary::id)
                .containsExactly(adam.id(), zoe.id());
        assertThat(service.findAccounts(marker.replace(' ', '.'), null, 0, 10)).extracting(AccountSummary::id)
                .containsExactly(byEmail.id());
        assertThat(service.findAccounts(marker, Role.APPLICANT, 0, 10)).extracting(AccountSummary::id)
                .containsExactly(zoe.id());
        assertThat(service.countAccounts(marker, null)).isEqualTo(2);
        assertThat(service.countAccounts(marker, Role.MENTOR)).isEqualTo(1);
        assertThat(service.countAccounts(marker, Role.ADMIN)).isZero();
    }

    @Test
    void accounts_are_found_page_by_page() {
        String marker = unique("paged");
        List<Long> ids = List.of(
                accounts.create(Role.APPLICANT, Accounts.uniqueEmail("p"), "A " + marker).id(),
                accounts.create(Role.APPLICANT, Accounts.uniqueEmail("p"), "B " + marker).id(),
                accounts.create(Role.APPLICANT, Accounts.uniqueEmail("p"), "C " + marker).id(),
                accounts.create(Role.APPLICANT, Accounts.uniqueEmail("p"), "D " + marker).id(),
                accounts.create(Role.APPLICANT, Accounts.uniqueEmail("p"), "E " + marker).id());
        signedIn(Who.ADMIN);

        assertThat(service.findAccounts(marker, null, 0, 2)).extracting(AccountSummary::id).containsExactlyElementsOf(ids.subList(0, 2));
        assertThat(service.findAccounts(marker, null, 2, 2)).extracting(AccountSummary::id).containsExactlyElementsOf(ids.subList(2, 4));
        assertThat(service.findAccounts(marker, null, 4, 2)).extracting(AccountSummary::id).containsExactly(ids.get(4));
    }

    @Test
    void search_wildcards_are_taken_literally() {
        String token = UUID.randomUUID().toString().substring(0, 8);
        AccountSummary underscore = accounts.create(Role.APPLICANT, Accounts.uniqueEmail("w"), "Lit " + token + "_x");
        accounts.create(Role.APPLICANT, Accounts.uniqueEmail("w"), "Lit " + token + "Ax");
        accounts.create(Role.APPLICANT, Accounts.uniqueEmail("w"), "Lit " + token + "%x-other");
        signedIn(Who.ADMIN);

        assertThat(service.findAccounts(token + "_x", null, 0, 10)).extracting(AccountSummary::id).containsExactly(underscore.id());
        assertThat(service.countAccounts(token + "%", null)).isEqualTo(1);
    }

    @Test
    void an_email_with_an_underscore_is_found_by_its_address() {
        String email = "first_last-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        AccountSummary account = accounts.create(Role.APPLICANT, email, "Underscore Person");
        signedIn(Who.ADMIN);

        assertThat(service.findAccounts(email, null, 0, 10)).extracting(AccountSummary::id).containsExactly(account.id());
        assertThat(service.countAccounts(email, null)).isEqualTo(1);
    }

    @Test
    void a_negative_offset_or_empty_page_is_refused() {
        signedIn(Who.ADMIN);
        assertThatThrownBy(() -> service.findAccounts("", null, -1, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> service.findAccounts("", null, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void counts_tell_active_accounts_by_role_and_disabled_ones() {
        signedIn(Who.ADMIN);
        AccountCounts before = service.counts();

        accounts.applicant();
        accounts.applicant();
        accounts.mentor();
        accounts.admin();
        disabledAccount(Role.MENTOR);

        AccountCounts after = service.counts();
        assertThat(after.applicants() - before.applicants()).isEqualTo(2);
        assertThat(after.mentors() - before.mentors()).isEqualTo(1);
        assertThat(after.admins() - before.admins()).isEqualTo(1);
        assertThat(after.disabled() - before.disabled()).isEqualTo(1);
    }

    // --- creating accounts -------------------------------------------------------------------------

    @Test
    void an_admin_creates_an_account_of_any_role_with_an_argon2_hash_and_an_audit_entry() {
        AccountSummary admin = signedIn(Who.ADMIN);
        String email = Accounts.uniqueEmail("newmentor");

        AccountSummary created = service.createAccount(new NewAccountRequest(" " + email.toUpperCase(), " Dr. New ",
                Role.ADMIN, "America/Chicago", PASSWORD, PASSWORD));

        Account stored = repository.findById(created.id()).orElseThrow();
        assertThat(stored.getEmail()).isEqualTo(email);
        assertThat(stored.getDisplayName()).isEqualTo("Dr. New");
        assertThat(stored.getRole()).isEqualTo(Role.ADMIN);
        assertThat(stored.getPasswordHash()).startsWith("{argon2}");
        assertThat(passwordEncoder.matches(PASSWORD, stored.getPasswordHash())).isTrue();
        assertThat(auditOf(email)).singleElement().satisfies(entry -> {
            assertThat(entry.type()).isEqualTo(AuditEventType.ACCOUNT_CREATED);
            assertThat(entry.actor()).isEqualTo(admin.email());
            assertThat(entry.details()).isEqualTo("Created as Admin");
        });
    }

    @Test
    void creating_an_account_with_invalid_input_is_refused_and_stores_nothing() {
        signedIn(Who.ADMIN);
        String email = Accounts.uniqueEmail("invalid");

        InvalidAccountInputException refused = catchThrowableOfType(InvalidAccountInputException.class,
                () -> service.createAccount(new NewAccountRequest(email, "", Role.MENTOR, "Mars/Olympus", "password1234", "other")));

        assertThat(refused.fields()).containsExactlyInAnyOrder("displayName", "timeZone", "password", "passwordRepeat");
        assertThat(repository.existsByEmail(email)).isFalse();
    }

    @Test
    void creating_an_account_with_a_taken_email_is_refused() {
        AccountSummary existing = accounts.mentor();
        signedIn(Who.ADMIN);
        String marker = unique("Duplicate");

        InvalidAccountInputException refused = catchThrowableOfType(InvalidAccountInputException.class,
                () -> service.createAccount(new NewAccountRequest(existing.email().toUpperCase(), marker, Role.APPLICANT,
                        "Europe/Berlin", PASSWORD, PASSWORD)));

        assertThat(refused.fields()).containsExactly("email");
        assertThat(repository.countSearch("%" + marker.toLowerCase() + "%", null)).isZero();
    }

    @Test
    void creating_an_account_without_a_role_is_refused() {
        signedIn(Who.ADMIN);
        String email = Accounts.uniqueEmail("norole");

        assertThatThrownBy(() -> service.createAccount(newAccount(email, null))).isInstanceOf(IllegalArgumentException.class);
        assertThat(repository.existsByEmail(email)).isFalse();
    }

    // --- roles -------------------------------------------------------------------------------------

    @Test
    void a_role_change_is_recorded_with_the_old_and_new_role() {
        AccountSummary target = accounts.mentor();
        AccountSummary admin = signedIn(Who.ADMIN);

        service.changeRole(target.id(), Role.ADMIN);

        assertThat(stored(target).getRole()).isEqualTo(Role.ADMIN);
        assertThat(audit.find(AuditEventType.ROLE_CHANGED, target.email(), 0, 10)).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo(admin.email());
            assertThat(entry.target()).isEqualTo(target.email());
            assertThat(entry.details()).isEqualTo("Mentor → Admin");
        });
    }

    @Test
    void changing_to_the_same_role_records_nothing() {
        AccountSummary target = accounts.mentor();
        signedIn(Who.ADMIN);

        assertThat(service.changeRole(target.id(), Role.MENTOR).role()).isEqualTo(Role.MENTOR);
        assertThat(audit.count(AuditEventType.ROLE_CHANGED, target.email())).isZero();
    }

    @Test
    void an_admin_cannot_change_their_own_role() {
        AccountSummary admin = signedIn(Who.ADMIN);

        assertThatThrownBy(() -> service.changeRole(admin.id(), Role.MENTOR)).isInstanceOf(AccountRuleException.class);
        assertThat(stored(admin).getRole()).isEqualTo(Role.ADMIN);
    }

    @Test
    void changing_to_no_role_is_refused() {
        AccountSummary target = accounts.mentor();
        signedIn(Who.ADMIN);

        assertThatThrownBy(() -> service.changeRole(target.id(), null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(stored(target).getRole()).isEqualTo(Role.MENTOR);
    }

    @Test
    void an_admin_can_demote_another_admin_while_another_active_admin_remains() {
        AccountSummary other = accounts.admin();
        signedIn(Who.ADMIN);

        service.changeRole(other.id(), Role.MENTOR);

        assertThat(stored(other).getRole()).isEqualTo(Role.MENTOR);
    }

    // --- disabling and enabling --------------------------------------------------------------------

    @Test
    void disabling_and_enabling_flip_the_account_and_are_recorded_with_the_admin_as_actor() {
        AccountSummary target = accounts.applicant();
        AccountSummary admin = signedIn(Who.ADMIN);

        service.disable(target.id());
        assertThat(stored(target).isEnabled()).isFalse();
        service.enable(target.id());
        assertThat(stored(target).isEnabled()).isTrue();

        List<AuditEntry> entries = audit.find(null, target.email(), 0, 10);
        assertThat(entries).extracting(AuditEntry::type)
                .containsExactly(AuditEventType.ACCOUNT_ENABLED, AuditEventType.ACCOUNT_DISABLED);
        assertThat(entries).allSatisfy(entry -> {
            assertThat(entry.actor()).isEqualTo(admin.email());
            assertThat(entry.target()).isEqualTo(target.email());
        });
    }

    @Test
    void disabling_a_disabled_account_or_enabling_an_enabled_one_is_refused() {
        AccountSummary disabled = disabledAccount(Role.MENTOR);
        AccountSummary enabled = accounts.mentor();
        signedIn(Who.ADMIN);

        assertThatThrownBy(() -> service.disable(disabled.id())).isInstanceOf(AccountRuleException.class);
        assertThatThrownBy(() -> service.enable(enabled.id())).isInstanceOf(AccountRuleException.class);
        assertThat(audit.count(null, disabled.email())).isZero();
        assertThat(audit.count(null, enabled.email())).isZero();
    }

    @Test
    void an_admin_cannot_disable_themselves() {
        AccountSummary admin = signedIn(Who.ADMIN);

        assertThatThrownBy(() -> service.disable(admin.id())).isInstanceOf(AccountRuleException.class);
        assertThat(stored(admin).isEnabled()).isTrue();
    }

    @Test
    void an_unknown_account_is_reported_as_such() {
        signedIn(Who.ADMIN);
        assertThatThrownBy(() -> service.disable(Long.MAX_VALUE)).isInstanceOf(AccountRuleException.class)
                .hasMessageContaining("No account");
        assertThatThrownBy(() -> service.enable(Long.MAX_VALUE)).isInstanceOf(AccountRuleException.class);
        assertThatThrownBy(() -> service.changeRole(Long.MAX_VALUE, Role.MENTOR)).isInstanceOf(AccountRuleException.class);
    }

    @Test
    void the_last_active_admin_can_be_neither_disabled_nor_demoted() {
        AccountSummary caller = signedIn(Who.ADMIN);
        AccountSummary lastAdmin = accounts.admin();
        AccountSummary spare = accounts.admin();
        // Leave lastAdmin as the only active admin; the caller keeps their signed-in session.
        // Fixture accounts are throwaway, so the other admins may stay disabled.
        disableEveryActiveAdminExcept(lastAdmin.id());

        assertThatThrownBy(() -> service.disable(lastAdmin.id())).isInstanceOf(AccountRuleException.class)
                .hasMessageContaining("last active admin");
        assertThatThrownBy(() -> service.changeRole(lastAdmin.id(), Role.MENTOR)).isInstanceOf(AccountRuleException.class)
                .hasMessageContaining("last active admin");
        assertThat(stored(lastAdmin).isActiveAdmin()).isTrue();
        assertThat(audit.count(null, lastAdmin.email())).isZero();

        // With a second active admin, the same actions are allowed.
        service.enable(spare.id());
        service.changeRole(lastAdmin.id(), Role.MENTOR);
        assertThat(stored(lastAdmin).getRole()).isEqualTo(Role.MENTOR);
        assertThatThrownBy(() -> service.disable(spare.id())).isInstanceOf(AccountRuleException.class);
        assertThat(caller).isNotNull();
    }

    @Test
    void an_admin_can_disable_another_admin_while_another_active_admin_remains() {
        AccountSummary other = accounts.admin();
        signedIn(Who.ADMIN);

        service.disable(other.id());

        assertThat(stored(other).isEnabled()).isFalse();
    }

    // --- helpers -----------------------------------------------------------------------------------

    private AccountSummary disabledAccount(Role role) {
        AccountSummary summary = accounts.create(role);
        Account account = repository.findById(summary.id()).orElseThrow();
        account.disable();
        return repository.saveAndFlush(account).toSummary();
    }

    private void disableEveryActiveAdminExcept(long keep) {
        List<Account> others = repository.findAll().stream()
                .filter(account -> account.isActiveAdmin() && account.getId() != keep)
                .toList();
        others.forEach(Account::disable);
        repository.saveAllAndFlush(others);
        assertThat(repository.countByRoleAndEnabledTrue(Role.ADMIN)).isEqualTo(1);
    }

    private Account stored(AccountSummary account) {
        return repository.findById(account.id()).orElseThrow();
    }

    private List<AuditEntry> auditOf(String email) {
        return audit.find(null, email, 0, 50);
    }

    private static NewAccountRequest newAccount(String email, Role role) {
        return new NewAccountRequest(email, "New Person", role, "Europe/Berlin", PASSWORD, PASSWORD);
    }

    private static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
