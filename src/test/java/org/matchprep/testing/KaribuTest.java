package org.matchprep.testing;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.matchprep.account.AccountSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Base of browserless view tests: the real Spring context and services, Vaadin mocked by Karibu.
 * Karibu runs without servlet filters, so signing in sets both the security context and the request
 * principal that Vaadin's navigation access control reads.
 */
public abstract class KaribuTest extends IntegrationTest {

    private static Routes routes;

    @Autowired
    protected ApplicationContext context;

    @Autowired
    protected StatementCounter statements;

    /**
     * Starts a browser session with nobody signed in: the first navigation happens here, and a sign-in left
     * over from an earlier test (this thread's security context) would pass the sign-in page's "already
     * signed in" check while Vaadin's request has no user, forwarding between the two pages for ever.
     */
    @BeforeEach
    void setUpVaadin() {
        accounts.signOut();
        if (routes == null) {
            routes = new Routes().autoDiscoverViews("org.matchprep");
        }
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
    }

    /**
     * A new browser session with nobody signed in and no view open: Vaadin reuses the open view when it is
     * navigated to again, so a test that opens the same page twice (for two users) starts afresh in between.
     */
    protected void newSession() {
        tearDownVaadin();
        setUpVaadin();
    }

    /** Opens {@code route} in a new browser session of {@code who}: the SQL statements the page sent. */
    protected StatementCounter.Recording statementsOpening(AccountSummary who, String route) {
        newSession();
        signIn(who);
        return statements.record(() -> UI.getCurrent().navigate(route));
    }

    protected AccountSummary signInAndOpen(Who who) {
        AccountSummary account = null;
        if (who == Who.ANONYMOUS) {
            accounts.signInAnonymously();
        } else {
            account = accounts.create(who.role());
            accounts.signIn(account);
        }
        exposeToVaadin();
        return account;
    }

    protected void signIn(AccountSummary account) {
        accounts.signIn(account);
        exposeToVaadin();
    }

    private static void exposeToVaadin() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        boolean signedIn = authentication != null && authentication.isAuthenticated()
                && !"anonymousUser".equals(authentication.getPrincipal());
        request.setUserPrincipalInt(signedIn ? authentication : null);
        request.setUserInRole((principal, role) -> signedIn && authentication.getAuthorities().stream()
                .anyMatch(authority -> authority.getAuthority().equals("ROLE_" + role)));
    }
}
