package org.matchprep.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.matchprep.account.AccountAdminService;
import org.matchprep.account.AccountInvitation;
import org.matchprep.account.AccountSummary;
import org.matchprep.account.Role;
import org.matchprep.testing.Accounts;
import org.matchprep.testing.KaribuTest;
import org.matchprep.testing.Who;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

class AcceptInvitationViewTest extends KaribuTest {

    private static final Pattern TOKEN = Pattern.compile("accept-invitation\\?token=([A-Za-z0-9_-]+)");
    private static final String CHOSEN = "a kettle singing in the kitchen";

    @Autowired
    private AccountAdminService admin;

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private PasswordEncoder passwordEncoder;

    @Test
    void the_invited_person_is_greeted_by_name_chooses_a_password_and_is_sent_to_sign_in() {
        AccountSummary invited = invite();
        String token = tokenFor(invited);

        UI.getCurrent().navigate("accept-invitation", QueryParameters.of("token", token));
        AcceptInvitationView view = _get(AcceptInvitationView.class);
        assertThat(view.greeting.getText()).contains("Hello Ines Invited").contains(invited.email());
        _setValue(view.password, CHOSEN);
        _setValue(view.passwordRepeat, CHOSEN);
        _click(view.accept);

        assertThat(_get(LoginForm.class)).isNotNull();
        String hash = jdbc.sql("select password_hash from account where id = ?").param(invited.id()).query(String.class).single();
        assertThat(passwordEncoder.matches(CHOSEN, hash)).isTrue();
    }

    @Test
    void a_used_link_says_it_was_accepted_already_and_shows_no_form() {
        AccountSummary invited = invite();
        String token = tokenFor(invited);
        UI.getCurrent().navigate("accept-invitation", QueryParameters.of("token", token));
        AcceptInvitationView first = _get(AcceptInvitationView.class);
        _setValue(first.password, CHOSEN);
        _setValue(first.passwordRepeat, CHOSEN);
        _click(first.accept);

        UI.getCurrent().navigate("accept-invitation", QueryParameters.of("token", token));

        AcceptInvitationView again = _get(AcceptInvitationView.class);
        assertThat(again.refusal.getText()).contains("accepted already");
        assertThat(_find(PasswordField.class)).isEmpty();
    }

    @Test
    void a_weak_password_is_marked_on_its_field_and_the_link_stays_good() {
        AccountSummary invited = invite();
        UI.getCurrent().navigate("accept-invitation", QueryParameters.of("token", tokenFor(invited)));
        AcceptInvitationView view = _get(AcceptInvitationView.class);
        _setValue(view.password, "short");
        _setValue(view.passwordRepeat, "short");
        _click(view.accept);

        assertThat(view.password.isInvalid()).isTrue();
        assertThat(view.password.getErrorMessage()).contains("at least 12");
        assertThat(view.accept.isVisible()).isTrue();
    }

    @Test
    void an_unknown_link_says_so_and_shows_no_form() {
        signInAndOpen(Who.ANONYMOUS);
        UI.getCurrent().navigate("accept-invitation", QueryParameters.of("token", "A".repeat(43)));

        AcceptInvitationView view = _get(AcceptInvitationView.class);
        assertThat(view.refusal.getText()).contains("not one we sent");
        assertThat(_find(PasswordField.class)).isEmpty();
    }

    private AccountSummary invite() {
        signInAndOpen(Who.ADMIN);
        AccountSummary invited = admin.inviteAccount(new AccountInvitation(Accounts.uniqueEmail("invited"), "Ines Invited",
                Role.MENTOR, "Europe/Lisbon"));
        newSession();
        signInAndOpen(Who.ANONYMOUS);
        return invited;
    }

    private String tokenFor(AccountSummary invited) {
        String body = jdbc.sql("select text_body from mail_outbox where recipient = ? and kind = 'INVITATION' order by id")
                .param(invited.email()).query(String.class).list().getLast();
        Matcher link = TOKEN.matcher(body);
        assertThat(link.find()).isTrue();
        return link.group(1);
    }
}
