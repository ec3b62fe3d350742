package org.matchprep.account;

import java.util.Optional;

import org.matchprep.account.domain.Account;
import org.matchprep.account.domain.AccountInputRules;
import org.matchprep.account.domain.AccountRepository;
import org.matchprep.base.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The account side of a password reset (decision 018), for visitors who are not signed in. The reset link's
 * token is checked by the caller (security's {@code PasswordResetService}) in the same transaction: this class
 * only finds the account an address belongs to and replaces its password.
 */
@Service
@PreAuthorize(Roles.IS_ANONYMOUS)
public class ForgottenPasswords {

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;

    ForgottenPasswords(AccountRepository accounts, PasswordEncoder passwordEncoder, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
    }

    /** The enabled account that uses this address, if any; a disabled account gets no reset link. */
    @Transactional(readOnly = true)
    public Optional<AccountSummary> enabledAccount(String email) {
        return accounts.findByEmail(AccountInputRules.normaliseEmail(email))
                .filter(Account::isEnabled)
                .map(Account::toSummary);
    }

    /**
     * Sets the password chosen on a reset link's page; refuses it with the password policy's messages under
     * "password" and "passwordRepeat". Every session of the account ends once this commits.
     */
    @Transactional
    public void replaceForgottenPassword(long accountId, String password, String passwordRepeat) {
        InvalidInputException.Collector problems = InvalidInputException.collector();
        AccountService.checkNewPassword(problems, "password", password, "passwordRepeat", passwordRepeat);
        problems.throwIfAny(InvalidAccountInputException::new);
        Account account = accounts.findById(accountId).filter(Account::isEnabled)
                .orElseThrow(() -> new AccountRuleException("This account cannot be reset any more."));
        account.replacePasswordHash(passwordEncoder.encode(password));
        accounts.saveAndFlush(account);
        events.publishEvent(new AccountEvent.PasswordReset(account.getId(), account.getEmail()));
    }
}
