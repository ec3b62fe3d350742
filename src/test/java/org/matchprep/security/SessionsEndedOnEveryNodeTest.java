package org.matchprep.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.matchprep.account.AccountAdminService;
import org.matchprep.account.AccountDeletion;
import org.matchprep.account.AccountService;
import org.matchprep.account.AccountSessions;
import org.matchprep.account.AccountSummary;
import org.matchprep.account.PasswordChange;
import org.matchprep.account.PersonalDataService;
import org.matchprep.account.Role;
import org.matchprep.testing.Accounts;
import org.matchprep.testing.Browser;
import org.matchprep.testing.IntegrationTest;
import org.matchprep.testing.SecondNode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Two nodes on one database (decision 019): people sign in on node B over HTTP, the change is made through node
 * A's services (this test's context), and node B learns of it only from the account's session stamp in PostgreSQL.
 */
class SessionsEndedOnEveryNodeTest extends IntegrationTest {

    private static final String SIGNED_IN_PAGE = "/mock-interviews";

    private static SecondNode nodeB;

    @Autowired
    private AccountAdminService admin;

    @Autowired
    private AccountService accountService;

    @Autowired
    private AccountSessions accountSessions;

    @Autowired
    private PersonalDataService personalData;

    @Autowired
    private SecurityContextHolderStrategy securityContexts;

    @BeforeAll
    static void startNodeB() {
        nodeB = SecondNode.start();
    }

    @AfterAll
    static void stopNodeB() {
        nodeB.close();
    }

    @Test
    void disabling_an_account_on_node_a_ends_its_session_on_node_b_and_no_one_elses() {
        AccountSummary x = accounts.applicant();
        AccountSummary y = accounts.applicant();
        Browser xOnB = signedInOnB(x);
        Browser yOnB = signedInOnB(y);

        asAdmin(() -> admin.disable(x.id()));

        assertSentToSignIn(xOnB);
        assertSentToSignIn(xOnB);
        assertThat(yOnB.get(SIGNED_IN_PAGE).statusCode()).isEqualTo(200);
    }

    @Test
    void changing_a_role_on_node_a_ends_the_session_on_node_b_that_holds_the_old_role() {
        AccountSummary x = accounts.mentor();
        Browser xOnB = signedInOnB(x);

        asAdmin(() -> admin.changeRole(x.id(), Role.APPLICANT));

        assertSentToSignIn(xOnB);
        Browser again = new Browser(nodeB::url);
        assertThat(again.signIn(x.email(), Accounts.PASSWORD)).as("signing in again, now as an applicant").isTrue();
        assertThat(again.get(SIGNED_IN_PAGE).statusCode()).isEqualTo(200);
    }

    @Test
    void changing_the_password_on_node_a_ends_the_sessions_on_node_b_that_signed_in_with_the_old_one() {
        AccountSummary x = accounts.applicant();
        Browser xOnB = signedInOnB(x);
        String newPassword = "a quiet orchard in april";

        as(x, () -> {
            accountService.changePassword(new PasswordChange(Accounts.PASSWORD, newPassword, newPassword));
            return null;
        });

        assertSentToSignIn(xOnB);
        Browser again = new Browser(nodeB::url);
        assertThat(again.signIn(x.email(), Accounts.PASSWORD)).as("the old password").isFalse();
        assertThat(again.signIn(x.email(), newPassword)).as("the new password").isTrue();
        assertThat(again.get(SIGNED_IN_PAGE).statusCode()).isEqualTo(200);
    }

    @Test
    void ending_an_accounts_sessions_everywhere_on_node_a_reaches_node_b() {
        AccountSummary x = accounts.applicant();
        Browser xOnB = signedInOnB(x);

        accountSessions.endEverywhere(x.id());

        assertSentToSignIn(xOnB);
    }

    @Test
    void deleting_an_account_on_node_a_ends_its_session_on_node_b() {
        AccountSummary x = accounts.applicant();
        Browser xOnB = signedInOnB(x);

        as(x, () -> {
            personalData.deleteMyAccount(new AccountDeletion(Accounts.PASSWORD));
            return null;
        });

        assertSentToSignIn(xOnB);
    }

    @Test
    void a_session_signed_in_after_the_change_is_not_ended() {
        AccountSummary x = accounts.mentor();
        asAdmin(() -> admin.changeRole(x.id(), Role.APPLICANT));

        Browser xOnB = signedInOnB(x);

        assertThat(xOnB.get(SIGNED_IN_PAGE).statusCode()).isEqualTo(200);
        assertThat(xOnB.get(SIGNED_IN_PAGE).statusCode()).isEqualTo(200);
    }

    @Test
    void a_vaadin_request_of_an_ended_session_is_told_the_session_expired_so_the_client_goes_to_sign_in() {
        AccountSummary x = accounts.applicant();
        Browser xOnB = signedInOnB(x);
        String init = xOnB.get("/?v-r=init&location=mock-interviews").body();
        Matcher csrf = Pattern.compile("\"Vaadin-Security-Key\"\\s*:\\s*\"([^\"]+)\"").matcher(init);
        Matcher uiId = Pattern.compile("\"v-uiId\"\\s*:\\s*(\\d+)").matcher(init);
        assertThat(csrf.find() && uiId.find()).as("a UI on node B: %s", init).isTrue();
        String uidl = "/?v-r=uidl&v-uiId=" + uiId.group(1);
        String nothingNew = "{\"csrfToken\":\"" + csrf.group(1) + "\",\"rpc\":[],\"syncId\":0,\"clientId\":0}";
        assertThat(xOnB.postJson(uidl, nothingNew).body()).as("while the session lives")
                .contains("\"syncId\"").doesNotContain("sessionExpired");

        asAdmin(() -> admin.disable(x.id()));

        HttpResponse<String> response = xOnB.postJson(uidl, nothingNew);
        assertThat(response.body()).contains("\"sessionExpired\":true");
        assertSentToSignIn(xOnB);
    }

    private static Browser signedInOnB(AccountSummary account) {
        Browser browser = new Browser(nodeB::url);
        assertThat(browser.signIn(account.email(), Accounts.PASSWORD)).as("signed in on node B").isTrue();
        assertThat(browser.get(SIGNED_IN_PAGE).statusCode()).isEqualTo(200);
        return browser;
    }

    private static void assertSentToSignIn(Browser browser) {
        HttpResponse<String> response = browser.get(SIGNED_IN_PAGE);
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).endsWith("/login"));
    }

    private void asAdmin(Runnable action) {
        // node B, started after this context, installed its own security-context strategy globally
        SecurityContextHolder.setContextHolderStrategy(securityContexts);
        as(accounts.admin(), () -> {
            action.run();
            return null;
        });
    }
}
