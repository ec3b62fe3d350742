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
    void a_delayed_sign_in_says_how_many_seconds_to_wait() {
        signInAndOpen(Who.ANONYMOUS);
        UI.getCurrent().navigate("login", QueryParameters.of("wait", "8"));

        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(errorMessageOf(form)).isEqualTo("Too many attempts: try again in 8 seconds.");
    }

    @Test
    void a_wait_in_the_address_that_is_not_a_small_number_is_not_repeated() {
        assertThat(LoginView.waitMessage("1")).isEqualTo("Too many attempts: try again in 1 second.");
        assertThat(LoginView.waitMessage("100000")).isEqualTo("Too many attempts: try again in a few minutes.");
        assertThat(LoginView.waitMessage("<b>soon</b>")).isEqualTo("Too many attempts: try again in a few minutes.");
        assertThat(LoginView.LONGEST_WAIT_SECONDS).as("the longest wait the server asks for")
                .isEqualTo(org.matchprep.security.domain.SignInThrottle.Kind.CLIENT.longestWait().toSeconds());
    }

    private static String errorMessageOf(LoginForm form) {
        return form.getElement().getPropertyRaw("i18n") instanceof tools.jackson.databind.node.ObjectNode i18n
                ? i18n.get("errorMessage").get("message").asString()
                : String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }
}
