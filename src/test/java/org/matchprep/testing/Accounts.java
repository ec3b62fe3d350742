package org.matchprep.testing;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.matchprep.account.AccountAdminService;
import org.matchprep.account.AccountSummary;
import org.matchprep.account.Role;
import org.matchprep.account.SignedInUser;
import org.matchprep.account.domain.Account;
import org.matchprep.account.domain.AccountRepository;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Test fixture for accounts: creates people with unique emails (so tests never share data) and signs
 * them in for the current thread, the way Spring Security would after a real sign-in.
 */
@Component
public class Accounts {

    public static final String PASSWORD = "correct horse battery";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final AccountRepository accounts;
    private final AccountAdminService accountAdmin;
    private final PasswordEncoder passwordEncoder;
    private String passwordHash;

    Accounts(AccountRepository accounts, AccountAdminService accountAdmin, PasswordEncoder passwordEncoder) {
        this.accounts = accounts;
        this.accountAdmin = accountAdmin;
        this.passwordEncoder = passwordEncoder;
    }

    public AccountSummary applicant() {
        return create(Role.APPLICANT);
    }

    public AccountSummary mentor() {
        return create(Role.MENTOR);
    }

    public AccountSummary admin() {
        return create(Role.ADMIN);
    }

    public AccountSummary create(Role role) {
        String unique = role.name().toLowerCase() + "-" + SEQUENCE.incrementAndGet() + "-"
                + UUID.randomUUID().toString().substring(0, 8);
        return create(role, unique + "@example.org", "Test " + role.label() + " " + unique);
    }

    public AccountSummary create(Role role, String email, String displayName) {
        Account account = new Account(email, displayName, hash(), ZoneId.of("Europe/Berlin"), role, Instant.now());
        return accounts.saveAndFlush(account).toSummary();
    }

    /**
     * The same person after an admin gave them another role, as the user admin page does: what they made
     * under the old role is still theirs. Pins a role guard where an ownership check would refuse as well.
     */
    public AccountSummary changeRole(AccountSummary account, Role newRole) {
        Authentication before = SecurityContextHolder.getContext().getAuthentication();
        signIn(admin());
        try {
            return accountAdmin.changeRole(account.id(), newRole);
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }

    /** Signs {@code account} in for the current thread. */
    public void signIn(AccountSummary account) {
        SignedInUser user = new SignedInUser(account.id(), account.email(), "", account.role(), true);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    /** A visitor who is not signed in, as Spring Security's anonymous filter would present them. */
    public void signInAnonymously() {
        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("test", "anonymousUser",
                List.copyOf(AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"))));
    }

    public void signOut() {
        SecurityContextHolder.clearContext();
    }

    public static String uniqueEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    // Argon2 is slow on purpose; one hash serves every fixture account.
    private synchronized String hash() {
        if (passwordHash == null) {
            passwordHash = passwordEncoder.encode(PASSWORD);
        }
        return passwordHash;
    }
}
