package org.matchprep.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpSessionEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.matchprep.account.AccountAdminService;
import org.matchprep.account.AccountDeletion;
import org.matchprep.account.PersonalDataService;
import org.matchprep.account.AccountRuleException;
import org.matchprep.account.AccountService;
import org.matchprep.account.AccountSessions;
import org.matchprep.account.InvalidAccountInputException;
import org.matchprep.account.AccountSummary;
import org.matchprep.account.Role;
import org.matchprep.account.PasswordChange;
import org.matchprep.account.SignedInUser;
import org.matchprep.testing.Accounts;
import org.matchprep.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

class LiveSessionsTest extends IntegrationTest {

    @Autowired
    private LiveSessions liveSessions;

    @Autowired
    private AccountAdminService admin;

    @Autowired
    private AccountService accountService;

    @Autowired
    private PersonalDataService personalData;

    @Autowired
    private SessionStamps stamps;

    @Autowired
    private AccountSessions accountSessions;

    private final List<MockHttpSession> opened = new ArrayList<>();

    @AfterEach
    void forgetSessions() {
        opened.forEach(session -> liveSessions.sessionDestroyed(new HttpSessionEvent(session)));
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void disabling_an_account_ends_all_its_sessions_and_no_one_elses() {
        AccountSummary x = accounts.applicant();
        AccountSummary y = accounts.applicant();
        MockHttpSession xOnLaptop = openSessionOf(x);
        MockHttpSession xOnPhone = openSessionOf(x);
        MockHttpSession yOnLaptop = openSessionOf(y);
        MockHttpSession visitor = openAnonymousSession();
        signInAsAdmin();

        admin.disable(x.id());

        assertThat(xOnLaptop.isInvalid()).isTrue();
        assertThat(xOnPhone.isInvalid()).isTrue();
        assertThat(yOnLaptop.isInvalid()).isFalse();
        assertThat(visitor.isInvalid()).isFalse();
    }

    @Test
    void deleting_an_account_ends_its_other_sessions_and_keeps_the_one_that_asked() {
        AccountSummary x = accounts.applicant();
        AccountSummary y = accounts.applicant();
        MockHttpSession xOnLaptop = openSessionOf(x);
        MockHttpSession xOnPhone = openSessionOf(x);
        MockHttpSession yOnLaptop = openSessionOf(y);
        requestFrom(xOnLaptop);
        accounts.signIn(x);

        personalData.deleteMyAccount(new AccountDeletion(Accounts.PASSWORD));

        assertThat(xOnPhone.isInvalid()).isTrue();
        assertThat(xOnLaptop.isInvalid()).as("its page signs it out").isFalse();
        assertThat(yOnLaptop.isInvalid()).isFalse();
    }

    @Test
    void changing_a_role_ends_the_sessions_that_hold_the_old_role() {
        AccountSummary x = accounts.mentor();
        AccountSummary y = accounts.mentor();
        MockHttpSession xSession = openSessionOf(x);
        MockHttpSession ySession = openSessionOf(y);
        signInAsAdmin();

        admin.changeRole(x.id(), Role.ADMIN);

        assertThat(xSession.isInvalid()).isTrue();
        assertThat(ySession.isInvalid()).isFalse();
    }

    @Test
    void changing_the_password_ends_every_other_session_of_the_account_and_keeps_the_current_one() {
        AccountSummary x = accounts.applicant();
        AccountSummary y = accounts.applicant();
        MockHttpSession xOnLaptop = openSessionOf(x);
        MockHttpSession xOnPhone = openSessionOf(x);
        MockHttpSession yOnLaptop = openSessionOf(y);
        requestFrom(xOnLaptop);
        accounts.signIn(x);

        String newPassword = "a quiet orchard in april";
        accountService.changePassword(new PasswordChange(Accounts.PASSWORD, newPassword, newPassword));

        assertThat(xOnPhone.isInvalid()).isTrue();
        assertThat(xOnLaptop.isInvalid()).isFalse();
        assertThat(yOnLaptop.isInvalid()).isFalse();
        assertThat(stamps.isCurrent(xOnLaptop)).as("its stamp, which every node checks, was renewed").isTrue();
        assertThat(stamps.isCurrent(yOnLaptop)).isTrue();
    }

    @Test
    void a_session_that_changed_its_password_is_not_renewed_past_another_ending_meanwhile() {
        AccountSummary x = accounts.applicant();
        MockHttpSession xOnLaptop = openSessionOf(x);
        accountSessions.endEverywhere(x.id());
        assertThat(xOnLaptop.isInvalid()).as("ended here at once").isTrue();
        MockHttpSession xOnAnotherNode = sessionOf(x);
        accountSessions.endEverywhere(x.id()); // its own change
        accountSessions.endEverywhere(x.id()); // an admin's, a moment later

        stamps.renewAfterOwnChange(xOnAnotherNode, x.id());

        assertThat(stamps.isCurrent(xOnAnotherNode)).isFalse();
    }

    @Test
    void a_refused_password_change_ends_no_session() {
        AccountSummary x = accounts.applicant();
        MockHttpSession xOnLaptop = openSessionOf(x);
        MockHttpSession xOnPhone = openSessionOf(x);
        requestFrom(xOnLaptop);
        accounts.signIn(x);

        String newPassword = "a quiet orchard in april";
        assertThatThrownBy(() -> accountService.changePassword(new PasswordChange("not it", newPassword, newPassword)))
                .isInstanceOf(InvalidAccountInputException.class);

        assertThat(xOnPhone.isInvalid()).isFalse();
        assertThat(xOnLaptop.isInvalid()).isFalse();
    }

    @Test
    void enabling_an_account_ends_no_session() {
        AccountSummary x = accounts.applicant();
        signInAsAdmin();
        admin.disable(x.id());
        MockHttpSession xSession = openSessionOf(x);

        admin.enable(x.id());

        assertThat(xSession.isInvalid()).isFalse();
    }

    @Test
    void a_refused_disable_ends_no_session() {
        AccountSummary me = accounts.admin();
        MockHttpSession mySession = openSessionOf(me);
        accounts.signIn(me);

        assertThatThrownBy(() -> admin.disable(me.id())).isInstanceOf(AccountRuleException.class);

        assertThat(mySession.isInvalid()).isFalse();
    }

    @Test
    void a_session_whose_id_changed_is_still_known() {
        AccountSummary x = accounts.applicant();
        MockHttpSession before = openSessionOf(x);
        MockHttpSession after = new MockHttpSession(null, "renewed-" + before.getId());
        after.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                before.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY));
        opened.add(after);
        liveSessions.sessionIdChanged(new HttpSessionEvent(after), before.getId());

        assertThat(liveSessions.endSessionsOf(x.id())).isEqualTo(1);
        assertThat(after.isInvalid()).isTrue();
        assertThat(before.isInvalid()).isFalse();
    }

    @Test
    void an_ended_session_is_no_longer_tracked() {
        AccountSummary x = accounts.applicant();
        MockHttpSession session = openSessionOf(x);
        liveSessions.sessionDestroyed(new HttpSessionEvent(session));

        assertThat(liveSessions.endSessionsOf(x.id())).isZero();
        assertThat(session.isInvalid()).isFalse();
    }

    private MockHttpSession openSessionOf(AccountSummary account) {
        return open(sessionOf(account));
    }

    /** A session signed in now that this node does not know (as if it lived on another node). */
    private MockHttpSession sessionOf(AccountSummary account) {
        SignedInUser user = new SignedInUser(account.id(), account.email(), "", account.role(), true,
                accountSessions.currentStamp(account.id()).orElseThrow());
        SecurityContext context = new SecurityContextImpl(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        return session;
    }

    /** Makes {@code session} the one of the request being served, as the servlet filter chain would. */
    private static void requestFrom(MockHttpSession session) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setSession(session);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    private MockHttpSession openAnonymousSession() {
        return open(new MockHttpSession());
    }

    private MockHttpSession open(MockHttpSession session) {
        opened.add(session);
        liveSessions.sessionCreated(new HttpSessionEvent(session));
        return session;
    }

    private void signInAsAdmin() {
        accounts.signIn(accounts.admin());
    }
}
