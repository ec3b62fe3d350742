package org.matchprep.account;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.matchprep.account.domain.AccountRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts by id, for other features' server-side work that may run with nobody signed in: a reminder
 * job, a calendar feed opened by its secret token. Like {@code Notifier} it checks no role: the calling
 * feature has already decided who may see the result. Views never use it (ArchitectureTest); they ask a
 * service, which checks. {@link AccountDirectory} is the guarded way for signed-in callers.
 */
@Component
public class AccountSummaries {

    private final AccountRepository accounts;

    AccountSummaries(AccountRepository accounts) {
        this.accounts = accounts;
    }

    /** The account with this id; it must exist (a deleted account takes the rows that held its id with it). */
    @Transactional(readOnly = true)
    public AccountSummary of(long accountId) {
        return accounts.findById(accountId).orElseThrow().toSummary();
    }

    /** The accounts with these ids, by id; ids without an account are left out. */
    @Transactional(readOnly = true)
    public Map<Long, AccountSummary> of(Collection<Long> accountIds) {
        return accounts.findAllById(accountIds).stream().map(account -> account.toSummary())
                .collect(Collectors.toMap(AccountSummary::id, Function.identity()));
    }
}
