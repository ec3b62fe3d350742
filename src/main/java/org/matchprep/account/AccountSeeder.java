package org.matchprep.account;

import java.time.Clock;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.matchprep.account.domain.Account;
import org.matchprep.account.domain.AccountInputRules;
import org.matchprep.account.domain.AccountRepository;
import org.matchprep.base.InvalidInputException;
import org.matchprep.database.DatabaseMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives an empty installation its first admin, and the embedded one its demo accounts; run by
 * {@link AccountSeedingLifecycle} before the web server accepts a sign-in.
 */
@Component
@EnableConfigurationProperties(SeedProperties.class)
class AccountSeeder {

    /** The password of every demo account; printed in the README and the start-up log. */
    static final String DEMO_PASSWORD = "interview-ready-2026";

    static final List<DemoAccount> DEMO_ACCOUNTS = List.of(
            new DemoAccount("admin@matchprep.test", "Alex Morgan", Role.ADMIN, "America/New_York"),
            new DemoAccount("mentor@matchprep.test", "Dr. Grace Chen", Role.MENTOR, "America/Chicago"),
            new DemoAccount("mentor2@matchprep.test", "Dr. Samuel Okafor", Role.MENTOR, "America/Los_Angeles"),
            new DemoAccount("applicant@matchprep.test", "Priya Raman", Role.APPLICANT, "Asia/Kolkata"),
            new DemoAccount("applicant2@matchprep.test", "Daniel Haddad", Role.APPLICANT, "Europe/Berlin"),
            new DemoAccount("applicant3@matchprep.test", "Maria Santos", Role.APPLICANT, "America/Santo_Domingo"));

    record DemoAccount(String email, String name, Role role, String timeZone) {
    }

    private static final Logger log = LoggerFactory.getLogger(AccountSeeder.class);

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SeedProperties properties;
    private final DatabaseMode databaseMode;

    AccountSeeder(AccountRepository accounts, PasswordEncoder passwordEncoder, ApplicationEventPublisher events,
                  Clock clock, SeedProperties properties, DatabaseMode databaseMode) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.clock = clock;
        this.properties = properties;
        this.databaseMode = databaseMode;
    }

    @Transactional
    public void seed() {
        if (accounts.count() > 0) {
            if (demoDataWanted() && accounts.existsByEmail(DEMO_ACCOUNTS.getFirst().email())) {
                logDemoSignIns();
            }
            return;
        }
        if (properties.firstAdmin() != null && properties.firstAdmin().isConfigured()) {
            createFirstAdmin(properties.firstAdmin());
        }
        if (demoDataWanted()) {
            seedDemoAccounts();
        }
        if (accounts.count() == 0) {
            log.warn("There are no accounts yet. Set MATCHPREP_FIRST_ADMIN_EMAIL, MATCHPREP_FIRST_ADMIN_NAME and "
                    + "MATCHPREP_FIRST_ADMIN_PASSWORD and restart to create the first admin.");
        }
    }

    boolean demoDataWanted() {
        return properties.demoData() != null ? properties.demoData() : databaseMode == DatabaseMode.EMBEDDED;
    }

    private void createFirstAdmin(SeedProperties.FirstAdmin admin) {
        String zone = admin.timeZone() == null || admin.timeZone().isBlank() ? "UTC" : admin.timeZone();
        String name = admin.name() == null || admin.name().isBlank() ? "Administrator" : admin.name();
        InvalidInputException.Collector problems = InvalidInputException.collector();
        AccountInputRules.checkEmail(admin.email()).ifPresent(message -> problems.add("email", message));
        AccountInputRules.checkTimeZone(zone).ifPresent(message -> problems.add("timeZone", message));
        AccountService.checkNewPassword(problems, "password", admin.password(), "password", admin.password());
        try {
            problems.throwIfAny();
        } catch (InvalidInputException unusable) {
            throw new IllegalStateException("MATCHPREP_FIRST_ADMIN_* is not usable: " + unusable.getMessage(), unusable);
        }
        create(admin.email(), name, admin.password(), zone, Role.ADMIN);
        log.info("Created the first admin {} from MATCHPREP_FIRST_ADMIN_*", AccountInputRules.normaliseEmail(admin.email()));
    }

    private void seedDemoAccounts() {
        String hash = passwordEncoder.encode(DEMO_PASSWORD);
        Map<String, Long> ids = new LinkedHashMap<>();
        for (DemoAccount demo : DEMO_ACCOUNTS) {
            if (!accounts.existsByEmail(demo.email())) {
                Account account = accounts.save(new Account(demo.email(), demo.name(), hash,
                        ZoneId.of(demo.timeZone()), demo.role(), clock.instant()));
                events.publishEvent(new AccountEvent.Created(account.getId(), account.getEmail(), demo.role(), false));
                ids.put(account.getEmail(), account.getId());
            }
        }
        events.publishEvent(new DemoAccountsSeeded(Map.copyOf(ids)));
        log.info("Seeded demo accounts into the empty embedded database");
        logDemoSignIns();
    }

    private void logDemoSignIns() {
        StringBuilder text = new StringBuilder("Demo sign-ins (password for all: ").append(DEMO_PASSWORD).append("):");
        DEMO_ACCOUNTS.forEach(demo -> text.append("\n    ").append(String.format("%-9s %s", demo.role().label(), demo.email())));
        log.info(text.toString());
    }

    private void create(String email, String name, String password, String zone, Role role) {
        Account account = accounts.save(new Account(email, name, passwordEncoder.encode(password), ZoneId.of(zone), role,
                clock.instant()));
        events.publishEvent(new AccountEvent.Created(account.getId(), account.getEmail(), role, false));
    }
}
