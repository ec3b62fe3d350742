package org.matchprep.account;

import java.time.Clock;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;

import org.matchprep.account.InvalidAccountInputException.Field;
import org.matchprep.account.domain.Account;
import org.matchprep.account.domain.AccountInputRules;
import org.matchprep.account.domain.AccountRepository;
import org.matchprep.account.domain.PasswordPolicy;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What people do with their own account: sign up, read and change their profile and password. */
@Service
@PreAuthorize(Roles.IS_SIGNED_IN)
public class AccountService {

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

    /** Creates an applicant account. Only for visitors who are not signed in. */
    @Transactional
    @PreAuthorize(Roles.IS_ANONYMOUS)
    public AccountSummary signUp(SignUpRequest request) {
        Map<Field, String> errors = new EnumMap<>(Field.class);
        AccountInputRules.checkEmail(request.email()).ifPresent(message -> errors.put(Field.EMAIL, message));
        AccountInputRules.checkDisplayName(request.displayName()).ifPresent(message -> errors.put(Field.DISPLAY_NAME, message));
        AccountInputRules.checkTimeZone(request.timeZone()).ifPresent(message -> errors.put(Field.TIME_ZONE, message));
        checkNewPassword(request.password(), request.passwordRepeat(), errors);
        if (!errors.containsKey(Field.EMAIL) && accounts.existsByEmail(AccountInputRules.normaliseEmail(request.email()))) {
            errors.put(Field.EMAIL, "An account with this email already exists. Sign in instead.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidAccountInputException(errors);
        }
        Account account = accounts.saveAndFlush(new Account(request.email(), request.displayName(),
                passwordEncoder.encode(request.password()), ZoneId.of(request.timeZone()), Role.APPLICANT, clock.instant()));
        events.publishEvent(new AccountEvent.Created(account.getId(), account.getEmail(), Role.APPLICANT, true));
        return account.toSummary();
    }

    @Transactional(readOnly = true)
    public AccountSummary myAccount() {
        return mine().toSummary();
    }

    @Transactional
    public AccountSummary updateProfile(String displayName, String timeZone) {
        Map<Field, String> errors = new EnumMap<>(Field.class);
        AccountInputRules.checkDisplayName(displayName).ifPresent(message -> errors.put(Field.DISPLAY_NAME, message));
        AccountInputRules.checkTimeZone(timeZone).ifPresent(message -> errors.put(Field.TIME_ZONE, message));
        if (!errors.isEmpty()) {
            throw new InvalidAccountInputException(errors);
        }
        Account account = mine();
        account.rename(displayName);
        account.moveTo(ZoneId.of(timeZone));
        return accounts.saveAndFlush(account).toSummary();
    }

    @Transactional
    public void changePassword(String currentPassword, String newPassword, String newPasswordRepeat) {
        Account account = mine();
        Map<Field, String> errors = new EnumMap<>(Field.class);
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            errors.put(Field.CURRENT_PASSWORD, "This is not your current password.");
        }
        checkNewPassword(newPassword, newPasswordRepeat, errors);
        if (!errors.isEmpty()) {
            throw new InvalidAccountInputException(errors);
        }
        account.replacePasswordHash(passwordEncoder.encode(newPassword));
        accounts.saveAndFlush(account);
    }

    static void checkNewPassword(String password, String repeat, Map<Field, String> errors) {
        PasswordPolicy.standard().check(password).ifPresent(message -> errors.put(Field.PASSWORD, message));
        if (password != null && !password.equals(repeat)) {
            errors.put(Field.PASSWORD_REPEAT, "The two passwords differ; type the same password twice.");
        }
    }

    private Account mine() {
        return accounts.findById(currentUser.id())
                .orElseThrow(() -> new IllegalStateException("The signed-in account no longer exists"));
    }
}
