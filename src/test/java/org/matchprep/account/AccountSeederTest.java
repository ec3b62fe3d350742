package org.matchprep.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.matchprep.account.domain.Account;
import org.matchprep.account.domain.AccountRepository;
import org.matchprep.audit.AuditEventType;
import org.matchprep.audit.domain.AuditEvent;
import org.matchprep.audit.domain.AuditEventRepository;
import org.matchprep.database.DatabaseMode;
import org.matchprep.testing.Accounts;
import org.matchprep.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The seeder only acts on an empty database. The shared test database is not empty, so those cases run
 * inside a transaction that first deletes every account and is always rolled back.
 */
class AccountSeederTest extends IntegrationTest {

    private static final String ADMIN_PASSWORD = "a quiet orchard in april";

    @Autowired
    private AccountRepository repository;

    @Autowired
    private AuditEventRepository auditEvents;

    @Autowired
    private PasswordEncoder passwordEncoder;

    @Autowired
    private ApplicationEventPublisher events;

    @Autowired
    private Clock clock;

    @Autowired
    private PlatformTransactionManager transactionManager;

    // --- whether demo data is wanted ---------------------------------------------------------------

    @ParameterizedTest
    @CsvSource(nullValues = "unset", value = {
            "unset, EMBEDDED, true",
            "unset, EXTERNAL, false",
            "true,  EXTERNAL, true",
            "true,  EMBEDDED, true",
            "false, EMBEDDED, false",
            "false, EXTERNAL, false"})
    void demo_data_is_wanted_on_the_embedded_database_unless_set_explicitly(Boolean setting, DatabaseMode mode,
                                                                            boolean wanted) {
        assertThat(seeder(null, setting, mode).demoDataWanted()).isEqualTo(wanted);
    }

    // --- a database that already has accounts ------------------------------------------------------

    @Test
    void a_database_with_accounts_is_left_alone() {
        accounts.applicant();
        String email = Accounts.uniqueEmail("late-admin");
        boolean demoAdminBefore = repository.existsByEmail("admin@matchprep.test");

        seeder(firstAdmin(email, "Late Admin", ADMIN_PASSWORD, "UTC"), true, DatabaseMode.EMBEDDED).seed();

        assertThat(repository.existsByEmail(email)).isFalse();
        assertThat(repository.existsByEmail("admin@matchprep.test")).isEqualTo(demoAdminBefore);
    }

    // --- an empty database -------------------------------------------------------------------------

    @Test
    void an_empty_database_gets_the_configured_first_admin() {
        String email = Accounts.uniqueEmail("first-admin");
        onAnEmptyDatabase(() -> {
            seeder(firstAdmin("  " + email.toUpperCase() + " ", " ", ADMIN_PASSWORD, null), false, DatabaseMode.EXTERNAL)
                    .seed();

            assertThat(repository.count()).isEqualTo(1);
            Account admin = repository.findByEmail(email).orElseThrow();
            assertThat(admin.getRole()).isEqualTo(Role.ADMIN);
            assertThat(admin.isActiveAdmin()).isTrue();
            assertThat(admin.getDisplayName()).isEqualTo("Administrator");
            assertThat(admin.getTimeZone()).isEqualTo(ZoneId.of("UTC"));
            assertThat(admin.getPasswordHash()).startsWith("{argon2}");
            assertThat(passwordEncoder.matches(ADMIN_PASSWORD, admin.getPasswordHash())).isTrue();
            assertThat(auditEvents.search(AuditEventType.ACCOUNT_CREATED, "%" + email + "%", PageRequest.of(0, 10)))
                    .map(AuditEvent::toEntry).singleElement().satisfies(entry -> {
                        assertThat(entry.actor()).isEqualTo("system");
                        assertThat(entry.details()).isEqualTo("Created as Admin");
                    });
        });
        assertThat(repository.existsByEmail(email)).as("rolled back").isFalse();
    }

    @Test
    void a_first_admin_with_a_weak_password_is_refused_and_nothing_is_created() {
        String email = Accounts.uniqueEmail("weak-admin");
        onAnEmptyDatabase(() -> {
            AccountSeeder seeder = seeder(firstAdmin(email, "Weak", "password1234", "UTC"), false, DatabaseMode.EXTERNAL);

            assertThatThrownBy(() -> seeder.seed())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("MATCHPREP_FIRST_ADMIN_")
                    .hasMessageContaining("most common");
            assertThat(repository.count()).isZero();
        });
    }

    @Test
    void a_first_admin_with_a_malformed_email_or_unknown_time_zone_is_refused() {
        onAnEmptyDatabase(() -> {
            assertThatThrownBy(() -> seeder(firstAdmin("not-an-email", "X", ADMIN_PASSWORD, "UTC"), false,
                    DatabaseMode.EXTERNAL).seed()).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> seeder(firstAdmin(Accounts.uniqueEmail("zone"), "X", ADMIN_PASSWORD, "Mars/Olympus"),
                    false, DatabaseMode.EXTERNAL).seed()).isInstanceOf(IllegalStateException.class);
            assertThat(repository.count()).isZero();
        });
    }

    @Test
    void a_first_admin_without_a_password_is_not_configured_and_nothing_is_created() {
        String email = Accounts.uniqueEmail("no-password");
        onAnEmptyDatabase(() -> {
            seeder(firstAdmin(email, "No Password", " ", "UTC"), false, DatabaseMode.EXTERNAL).seed();

            assertThat(repository.count()).isZero();
        });
    }

    @Test
    void an_empty_embedded_database_gets_the_demo_accounts() {
        onAnEmptyDatabase(() -> {
            seeder(null, null, DatabaseMode.EMBEDDED).seed();

            Map<String, Account> seeded = repository.findAll().stream()
                    .collect(Collectors.toMap(Account::getEmail, Function.identity()));
            assertThat(seeded).hasSize(AccountSeeder.DEMO_ACCOUNTS.size());
            AccountSeeder.DEMO_ACCOUNTS.forEach(demo -> {
                Account account = seeded.get(demo.email());
                assertThat(account).as(demo.email()).isNotNull();
                assertThat(account.getRole()).isEqualTo(demo.role());
                assertThat(account.getTimeZone()).isEqualTo(ZoneId.of(demo.timeZone()));
                assertThat(passwordEncoder.matches(AccountSeeder.DEMO_PASSWORD, account.getPasswordHash())).isTrue();
            });
        });
    }

    @Test
    void an_empty_external_database_gets_no_demo_accounts() {
        onAnEmptyDatabase(() -> {
            seeder(null, null, DatabaseMode.EXTERNAL).seed();

            assertThat(repository.count()).isZero();
        });
    }

    @Test
    void the_first_admin_and_the_demo_accounts_can_be_seeded_together() {
        String email = Accounts.uniqueEmail("with-demo");
        onAnEmptyDatabase(() -> {
            seeder(firstAdmin(email, "Owner", ADMIN_PASSWORD, "Asia/Kolkata"), true, DatabaseMode.EXTERNAL).seed();

            assertThat(repository.count()).isEqualTo(AccountSeeder.DEMO_ACCOUNTS.size() + 1);
            assertThat(repository.findByEmail(email).orElseThrow().getDisplayName()).isEqualTo("Owner");
        });
    }

    // --- helpers -----------------------------------------------------------------------------------

    private AccountSeeder seeder(SeedProperties.FirstAdmin firstAdmin, Boolean demoData, DatabaseMode mode) {
        return new AccountSeeder(repository, passwordEncoder, events, clock, new SeedProperties(firstAdmin, demoData), mode);
    }

    private static SeedProperties.FirstAdmin firstAdmin(String email, String name, String password, String timeZone) {
        return new SeedProperties.FirstAdmin(email, name, password, timeZone);
    }

    /** Runs {@code test} where the account table looks empty, then rolls everything back. */
    private void onAnEmptyDatabase(Runnable test) {
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            status.setRollbackOnly();
            repository.deleteAllInBatch();
            assertThat(repository.count()).isZero();
            test.run();
        });
    }
}
