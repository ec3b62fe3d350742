package org.matchprep.account;

import org.matchprep.account.domain.Account;
import org.matchprep.account.domain.AccountInputRules;
import org.matchprep.account.domain.AccountRepository;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Looks accounts up by email for Spring Security's sign-in. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;

    AccountUserDetailsService(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public SignedInUser loadUserByUsername(String email) {
        Account account = accounts.findByEmail(AccountInputRules.normaliseEmail(email))
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
        return new SignedInUser(account.getId(), account.getEmail(), account.getPasswordHash(), account.getRole(),
                account.isEnabled(), account.getSessionStamp());
    }
}
