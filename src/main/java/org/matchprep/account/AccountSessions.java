package org.matchprep.account;

import java.util.OptionalLong;

import org.matchprep.account.domain.Account;
import org.matchprep.account.domain.AccountRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The account's session stamp, which ends its sessions on every node (decision 019). A session keeps the stamp
 * its account had at sign-in; disabling the account, changing its role or its password raises the stamp in the
 * same transaction (the rules live on {@code Account}), and every node compares the two on each request.
 *
 * <p>Like {@link AccountSummaries} it checks no role: the security filter reads the stamp before anyone is
 * authorised, and a password reset ends sessions for a visitor who proved the account by a mailed token.
 */
@Component
public class AccountSessions {

    private final AccountRepository accounts;
    private final ApplicationEventPublisher events;

    AccountSessions(AccountRepository accounts, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.events = events;
    }

    /** The account's current stamp; empty once the account is gone (its sessions are to end too). */
    @Transactional(readOnly = true)
    public OptionalLong currentStamp(long accountId) {
        return accounts.findSessionStampById(accountId).map(OptionalLong::of).orElseGet(OptionalLong::empty);
    }

    /**
     * Ends every session of the account on every node, in the caller's transaction if there is one: for a change
     * that is not already one of the account's own (a password reset through a mailed link, for example). Its
     * sessions on this node end at once after commit ({@link SessionsEnded}); on the others, at their next request.
     */
    @Transactional
    public void endEverywhere(long accountId) {
        Account account = accounts.findById(accountId)
                .orElseThrow(() -> new AccountRuleException("No account with id " + accountId + "."));
        account.endSessions();
        accounts.saveAndFlush(account);
        events.publishEvent(new SessionsEnded(accountId));
    }

    /** Every session of the account was ended by {@link #endEverywhere}; published inside that transaction. */
    public record SessionsEnded(long accountId) {
    }
}
