package org.matchprep.testing;

import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.matchprep.account.AccountSummary;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Base of service tests: the whole application on its own PostgreSQL database ({@link TestDatabase}),
 * one Spring context shared by all subclasses.
 */
@SpringBootTest
public abstract class IntegrationTest {

    @Autowired
    protected Accounts accounts;

    @Autowired
    private SecurityContextHolderStrategy securityContextHolderStrategy;

    /**
     * Each Spring context installs its own security-context strategy globally at start-up (Vaadin's
     * session-aware one). When a test class with another context (the movable clock) has started since,
     * the global strategy is that other context's; put this context's back so signing in reaches the
     * method security of the services under test.
     */
    @BeforeEach
    void useThisContextsSecurityStrategy() {
        SecurityContextHolder.setContextHolderStrategy(securityContextHolderStrategy);
    }

    /** Signs in a fresh account of the given kind (nobody for ANONYMOUS). */
    protected void signInAs(Who who) {
        if (who == Who.ANONYMOUS) {
            accounts.signInAnonymously();
        } else {
            accounts.signIn(accounts.create(who.role()));
        }
    }

    /** Signs in a fresh account of the given kind and returns it (null for ANONYMOUS). */
    protected AccountSummary signedIn(Who who) {
        if (who == Who.ANONYMOUS) {
            accounts.signInAnonymously();
            return null;
        }
        AccountSummary account = accounts.create(who.role());
        accounts.signIn(account);
        return account;
    }

    /** Runs {@code action} signed in as {@code account}, then puts back whoever was signed in before. */
    protected <T> T as(AccountSummary account, Supplier<T> action) {
        Authentication before = SecurityContextHolder.getContext().getAuthentication();
        accounts.signIn(account);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }

    @AfterEach
    void signOutAfterEachTest() {
        accounts.signOut();
    }
}
