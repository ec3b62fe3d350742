package org.matchprep.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.login.AbstractLogin;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.matchprep.account.AccountSummary;
import org.matchprep.testing.KaribuTest;
import org.matchprep.testing.Who;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

class PasswordResetViewsTest extends KaribuTest {

    private static final Pattern TOKEN = Pattern.compile("reset-password\\?token=([A-Za-z0-9_-]+)");
    private static final String NEW_PASSWORD = "a lantern by the harbour wall";

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private PasswordEncoder passwordEncoder;

    @Test
    void forgot_password_on_the_sign_in_page_leads_to_the_request_page() {
        signInAndOpen(Who.ANONYMOUS);
        UI.getCurrent().navigate("login");
        LoginForm form = _get(LoginForm.class);
        assertThat(form.isForgotPasswordButtonVisible()).isTrue();

        ComponentUtil.fireEvent(form, new AbstractLogin.ForgotPasswordEvent(form, true));

        assertThat(_get(ForgotPasswordView.class)).isNotNull();
    }

    @Test
    void the_request_page_answers_alike_for_a_known_and_an_unknown_address() {
        AccountSummary applicant = accounts.applicant();
        String known = answerTo(applicant.email());
        String unknown = answerTo("nobody-" + System.nanoTime() + "@example.org");

        assertThat(known).isEqualTo(unknown).isEqualTo(ForgotPasswordView.ANSWER);
        assertThat(resetMailsTo(applicant.email())).hasSize(1);
    }

    @Test
    void a_good_link_sets_the_new_password_and_sends_the_person_to_sign_in() {
        AccountSummary applicant = accounts.applicant();
        answerTo(applicant.email());
        String token = tokenIn(resetMailsTo(applicant.email()).getFirst());

        UI.getCurrent().navigate("reset-password", QueryParameters.of("token", token));
        ResetPasswordView view = _get(ResetPasswordView.class);
        _setValue(view.password, NEW_PASSWORD);
        _setValue(view.passwordRepeat, NEW_PASSWORD);
        _click(view.save);

        assertThat(_get(LoginForm.class)).isNotNull();
        String hash = jdbc.sql("select password_hash from account where id = ?").param(applicant.id()).query(String.class).single();
        assertThat(passwordEncoder.matches(NEW_PASSWORD, hash)).isTrue();
    }

    @Test
    void a_weak_password_is_marked_on_its_field_and_the_link_stays_good() {
        AccountSummary applicant = accounts.applicant();
        answerTo(applicant.email());
        String token = tokenIn(resetMailsTo(applicant.email()).getFirst());

        UI.getCurrent().navigate("reset-password", QueryParameters.of("token", token));
        ResetPasswordView view = _get(ResetPasswordView.class);
        _setValue(view.password, "short");
        _setValue(view.passwordRepeat, "short");
        _click(view.save);

        assertThat(view.password.isInvalid()).isTrue();
        assertThat(view.password.getErrorMessage()).contains("at least 12");
        assertThat(view.save.isVisible()).isTrue();
    }

    @Test
    void an_unknown_link_says_so_and_offers_a_new_one() {
        signInAndOpen(Who.ANONYMOUS);
        UI.getCurrent().navigate("reset-password", QueryParameters.of("token", "A".repeat(43)));

        ResetPasswordView view = _get(ResetPasswordView.class);
        assertThat(view.refusal.getText()).contains("not one we sent");
        assertThat(_find(PasswordField.class)).as("no form for a link that cannot be used").isEmpty();
        assertThat(_get(Anchor.class, spec -> spec.withText("Request a new link")).getHref()).isEqualTo("forgot-password");
    }

    private String answerTo(String email) {
        newSession();
        signInAndOpen(Who.ANONYMOUS);
        UI.getCurrent().navigate("forgot-password");
        ForgotPasswordView view = _get(ForgotPasswordView.class);
        assertThat(view.answer.isVisible()).isFalse();
        _setValue(view.email, email);
        _click(view.send);
        assertThat(view.answer.isVisible()).isTrue();
        assertThat(view.send.isVisible()).isFalse();
        return view.answer.getText();
    }

    private List<String> resetMailsTo(String email) {
        return jdbc.sql("select text_body from mail_outbox where recipient = ? and kind = 'PASSWORD_RESET' order by id")
                .param(email).query(String.class).list();
    }

    private static String tokenIn(String body) {
        Matcher link = TOKEN.matcher(body);
        assertThat(link.find()).isTrue();
        return link.group(1);
    }
}
