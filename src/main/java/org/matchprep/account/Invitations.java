package org.matchprep.account;

import java.util.Optional;

import org.matchprep.account.domain.Account;
import org.matchprep.account.domain.AccountRepository;
import org.matchprep.base.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The account side of accepting an invitation (decision 018), for visitors who are not signed in. The link's
 * token is checked by the caller (security's {@code InvitationService}) in the same transaction: this class
 * only names the invited account and sets the password its owner chose.
 */
@Service
@PreAuthorize(Roles.IS_ANONYMOUS)
public class Invitations {

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;

    Invitations(AccountRepository accounts, PasswordEncoder passwordEncoder, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
    }

    /** The enabled account still waiting for its owner's password, for the invitation page to greet. */
    @Transactional(readOnly = true)
    public Optional<AccountSummary> invitedAccount(long accountId) {
        return accounts.findById(accountId).filter(Account::isInvited).filter(Account::isEnabled).map(Account::toSummary);
    }

    /**
     * Sets the password chosen on an invitation link's page and lets the account sign in; refuses it with the
     * password policy's messages under "password" and "passwordRepeat".
     */
    @Transactional
    public AccountSummary acceptInvitation(long accountId, String password, String passwordRepeat) {
        InvalidInputException.Collector problems = InvalidInputException.collector();
        AccountService.checkNewPassword(problems, "password", password, "passwordRepeat", passwordRepeat);
        problems.throwIfAny(InvalidAccountInputException::new);
        Account account = accounts.findById(accountId).filter(Account::isInvited).filter(Account::isEnabled)
                .orElseThrow(() -> new AccountRuleException("This invitation cannot be accepted any more."));
        account.acceptInvitation(passwordEncoder.encode(password));
        accounts.saveAndFlush(account);
        events.publishEvent(new AccountEvent.InvitationAccepted(account.getId(), account.getEmail(), account.getRole()));
        return account.toSummary();
    }
}
