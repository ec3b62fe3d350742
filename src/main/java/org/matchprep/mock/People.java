package org.matchprep.mock;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.matchprep.account.AccountSummary;
import org.matchprep.account.domain.AccountRepository;
import org.springframework.stereotype.Component;

/** Names and zones of the people in mock interviews; callers have already checked who may see them. */
@Component
class People {

    private final AccountRepository accounts;

    People(AccountRepository accounts) {
        this.accounts = accounts;
    }

    AccountSummary get(long id) {
        return accounts.findById(id).orElseThrow().toSummary();
    }

    Map<Long, AccountSummary> byId(Collection<Long> ids) {
        return accounts.findAllById(ids).stream().map(account -> account.toSummary())
                .collect(Collectors.toMap(AccountSummary::id, Function.identity()));
    }
}
