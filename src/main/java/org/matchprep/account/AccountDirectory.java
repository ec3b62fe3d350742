package org.matchprep.account;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.matchprep.account.domain.AccountInputRules;
import org.matchprep.account.domain.AccountRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Lets other features find people they may connect with, without handing out the account list. */
@Service
@PreAuthorize(Roles.IS_SIGNED_IN)
public class AccountDirectory {

    private final AccountRepository accounts;

    AccountDirectory(AccountRepository accounts) {
        this.accounts = accounts;
    }

    /** The enabled mentor with exactly this email, if any: an applicant must know the address. */
    @Transactional(readOnly = true)
    public Optional<AccountSummary> findActiveMentor(String email) {
        return accounts.findByEmail(AccountInputRules.normaliseEmail(email))
                .filter(account -> account.getRole() == Role.MENTOR && account.isEnabled())
                .map(account -> account.toSummary());
    }

    /** For admins pairing people: the enabled account with this id and role, if any. */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.IS_ADMIN)
    public Optional<AccountSummary> findActive(long accountId, Role role) {
        return accounts.findById(accountId)
                .filter(account -> account.getRole() == role && account.isEnabled())
                .map(account -> account.toSummary());
    }

    /**
     * Where to reach a person outside the app (their address, name and zone), for features that mail them
     * about something they were already told in the app. Disabled accounts get no mail.
     */
    @Transactional(readOnly = true)
    public Optional<AccountSummary> contact(long accountId) {
        return accounts.findById(accountId).filter(account -> account.isEnabled()).map(account -> account.toSummary());
    }

    /**
     * Display names for the people another feature shows beside shared work (comment authors, the other side
     * of a pairing). The calling feature passes only ids its user already works with.
     */
    @Transactional(readOnly = true)
    public Map<Long, String> displayNames(Collection<Long> accountIds) {
        return accounts.findAllById(accountIds).stream()
                .collect(Collectors.toMap(account -> account.getId(), account -> account.getDisplayName()));
    }
}
