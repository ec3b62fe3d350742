package org.matchprep.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.matchprep.testing.KaribuTest;
import org.matchprep.testing.Who;

class LoginViewTest extends KaribuTest {

    @Test
    void a_fresh_sign_in_page_shows_no_error() {
        signInAndOpen(Who.ANONYMOUS);
        UI.getCurrent().navigate("login");

        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isFalse();
        assertThat(form.getAction()).isEqualTo("login");
    }

    @Test
    void a_failed_sign_in_shows_the_same_message_for_any_wrong_email_or_password() {
        signInAndOpen(Who.ANONYMOUS);
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));

        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(_get(LoginView.class)).isNotNull();
        assertThat(errorMessageOf(form)).isEqualTo(LoginView.WRONG_CREDENTIALS);
    }

    @Test
    void a_throttled_sign_in_says_to_wait_fifteen_minutes() {
        signInAndOpen(Who.ANONYMOUS);
        UI.getCurrent().navigate("login", QueryParameters.of("locked", ""));

        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(errorMessageOf(form)).isEqualTo(LoginView.LOCKED).contains("15 minutes");
    }

    private static String errorMessageOf(LoginForm form) {
        return form.getElement().getPropertyRaw("i18n") instanceof tools.jackson.databind.node.ObjectNode i18n
                ? i18n.get("errorMessage").get("message").asString()
                : String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }
}
