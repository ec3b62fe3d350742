package org.matchprep.account;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;

import org.matchprep.account.domain.Account;
import org.matchprep.account.domain.AccountInputRules;
import org.matchprep.account.domain.AccountRepository;
import org.matchprep.account.domain.PasswordPolicy;
import org.matchprep.base.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What people do with their own account: sign up, read and change their profile and password. */
@Service
@PreAuthorize(Roles.IS_SIGNED_IN)
public class AccountService {

    private static final Logger log = LoggerFactory.getLogger(AccountService.class);

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder, CurrentUser currentUser,
                   ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Creates an applicant account. Only for visitors who are not signed in.
     *
     * <p>An address that already has an account is answered exactly like a new one, so the form does not
     * tell a stranger who uses MatchPrep: nothing is created or changed, and the attempt is recorded
     * ({@link AccountEvent.SignUpWithTakenEmail}) for a notice to the owner, by e-mail once e-mail exists.
     */
    @Transactional
    @PreAuthorize(Roles.IS_ANONYMOUS)
    public void signUp(SignUpRequest request) {
        InvalidInputException.Collector problems = InvalidInputException.collector();
        AccountInputRules.checkEmail(request.email()).ifPresent(message -> problems.add("email", message));
        AccountInputRules.checkDisplayName(request.displayName()).ifPresent(message -> problems.add("displayName", message));
        AccountInputRules.checkTimeZone(request.timeZone()).ifPresent(message -> problems.add("timeZone", message));
        checkNewPassword(problems, "password", request.password(), "passwordRepeat", request.passwordRepeat());
        problems.throwIfAny(InvalidAccountInputException::new);
        // Hashed on both paths, so the answer takes as long for a taken address as for a new one.
        String passwordHash = passwordEncoder.encode(request.password());
        Optional<Account> existing = accounts.findByEmail(AccountInputRules.normaliseEmail(request.email()));
        if (existing.isPresent()) {
            log.info("Sign-up with the email of existing account {}; nothing created", existing.get().getId());
            events.publishEvent(new AccountEvent.SignUpWithTakenEmail(existing.get().getId(), existing.get().getEmail()));
            return;
        }
        Account account = accounts.saveAndFlush(new Account(request.email(), request.displayName(),
                passwordHash, ZoneId.of(request.timeZone()), Role.APPLICANT, clock.instant()));
        events.publishEvent(new AccountEvent.Created(account.getId(), account.getEmail(), Role.APPLICANT, true));
    }

    @Transactional(readOnly = true)
    public AccountSummary myAccount() {
        return mine().toSummary();
    }

    @Transactional
    public AccountSummary updateProfile(ProfileChange change) {
        InvalidInputException.Collector problems = InvalidInputException.collector();
        AccountInputRules.checkDisplayName(change.displayName()).ifPresent(message -> problems.add("displayName", message));
        AccountInputRules.checkTimeZone(change.timeZone()).ifPresent(message -> problems.add("timeZone", message));
        problems.throwIfAny(InvalidAccountInputException::new);
        Account account = mine();
        account.rename(change.displayName());
        account.moveTo(ZoneId.of(change.timeZone()));
        return accounts.saveAndFlush(account).toSummary();
    }

    @Transactional
    public void changePassword(PasswordChange change) {
        Account account = mine();
        InvalidInputException.Collector problems = InvalidInputException.collector();
        if (change.currentPassword() == null || !passwordEncoder.matches(change.currentPassword(), account.getPasswordHash())) {
            problems.add("currentPassword", "This is not your current password.");
        }
        checkNewPassword(problems, "newPassword", change.newPassword(), "newPasswordRepeat", change.newPasswordRepeat());
        problems.throwIfAny(InvalidAccountInputException::new);
        account.replacePasswordHash(passwordEncoder.encode(change.newPassword()));
        accounts.saveAndFlush(account);
        events.publishEvent(new AccountEvent.PasswordChanged(account.getId(), account.getEmail()));
    }

    /** Checks a new password and its repetition, reporting under the names the request gives them. */
    static void checkNewPassword(InvalidInputException.Collector problems, String passwordField, String password,
                                 String repeatField, String repeat) {
        PasswordPolicy.standard().check(password).ifPresent(message -> problems.add(passwordField, message));
        if (password != null && !password.equals(repeat)) {
            problems.add(repeatField, "The two passwords differ; type the same password twice.");
        }
    }

    private Account mine() {
        return accounts.findById(currentUser.id())
                .orElseThrow(() -> new IllegalStateException("The signed-in account no longer exists"));
    }
}
