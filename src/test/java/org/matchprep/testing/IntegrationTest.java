package org.matchprep.testing;

import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Base of service tests: the whole application on its own PostgreSQL database ({@link TestDatabase}),
 * one Spring context shared by all subclasses.
 */
@SpringBootTest
public abstract class IntegrationTest {

    @Autowired
    protected Accounts accounts;

    /** Signs in a fresh account of the given kind (nobody for ANONYMOUS). */
    protected void signInAs(Who who) {
        if (who == Who.ANONYMOUS) {
            accounts.signInAnonymously();
        } else {
            accounts.signIn(accounts.create(who.role()));
        }
    }

    @AfterEach
    void signOutAfterEachTest() {
        accounts.signOut();
    }
}
