package org.matchprep.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.PasswordField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.matchprep.account.Role;
import org.matchprep.account.domain.Account;
import org.matchprep.account.domain.AccountRepository;
import org.matchprep.security.ui.LoginView;
import org.matchprep.testing.Accounts;
import org.matchprep.testing.KaribuTest;
import org.matchprep.testing.Shown;
import org.matchprep.testing.Who;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;

class SignUpViewTest extends KaribuTest {

    private static final String GOOD_PASSWORD = "my residency year starts soon";

    @Autowired
    AccountRepository accountRepository;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    AuthenticationProvider authenticationProvider;

    private SignUpView view;
    private String email;

    @BeforeEach
    void openSignUpAsAVisitor() {
        signInAndOpen(Who.ANONYMOUS);
        UI.getCurrent().navigate("signup");
        view = _get(SignUpView.class);
        email = Accounts.uniqueEmail("signup");
    }

    @Test
    void a_visitor_creates_an_applicant_account_and_is_sent_to_sign_in() {
        fillIn(email, "Priya Raman", "Asia/Kolkata", GOOD_PASSWORD, GOOD_PASSWORD);

        _click(view.create);

        Account created = accountRepository.findByEmail(email).orElseThrow();
        assertThat(created.getDisplayName()).isEqualTo("Priya Raman");
        assertThat(created.getRole()).isEqualTo(Role.APPLICANT);
        assertThat(created.getTimeZone()).isEqualTo(ZoneId.of("Asia/Kolkata"));
        assertThat(created.isEnabled()).isTrue();
        assertThat(passwordEncoder.matches(GOOD_PASSWORD, created.getPasswordHash())).isTrue();
        assertThat(_get(LoginView.class)).isNotNull();
        assertThat(Shown.notifications()).containsExactly("Sign in now with your email and password (an address that already had an account keeps its own password).");
    }

    @Test
    void the_email_is_stored_in_lower_case_without_surrounding_spaces() {
        fillIn("  " + email.toUpperCase() + " ", "Priya Raman", "Asia/Kolkata", GOOD_PASSWORD, GOOD_PASSWORD);

        _click(view.create);

        assertThat(accountRepository.existsByEmail(email)).isTrue();
    }

    @Test
    void a_taken_email_gets_the_same_answer_as_a_new_one_and_the_account_stays_as_it_was() {
        Account before = accountRepository.findByEmail(accounts.applicant().email()).orElseThrow();
        fillIn(before.getEmail(), "Someone Else", "Europe/Berlin", GOOD_PASSWORD, GOOD_PASSWORD);

        _click(view.create);

        assertThat(_get(LoginView.class)).isNotNull();
        assertThat(Shown.notifications()).containsExactly("Sign in now with your email and password (an address that already had an account keeps its own password).");
        Account after = accountRepository.findByEmail(before.getEmail()).orElseThrow();
        assertThat(after.getDisplayName()).isEqualTo(before.getDisplayName());
        assertThat(after.getPasswordHash()).isEqualTo(before.getPasswordHash());
    }

    @Test
    void a_malformed_email_is_refused_on_the_email_field() {
        String malformed = "priya.raman-at-example.org";
        fillIn(malformed, "Priya Raman", "Asia/Kolkata", GOOD_PASSWORD, GOOD_PASSWORD);

        _click(view.create);

        expectOnlyInvalid(view.email, "Enter an email address like name@example.org.");
        assertThat(accountRepository.existsByEmail(malformed)).isFalse();
        assertStillOnSignUp();
    }

    @Test
    void a_common_password_is_refused_on_the_password_field() {
        fillIn(email, "Priya Raman", "Asia/Kolkata", "password1234", "password1234");

        _click(view.create);

        expectOnlyInvalid(view.password, "This password is among the most common ones and easy to guess; choose another.");
        assertThat(accountRepository.existsByEmail(email)).isFalse();
        assertStillOnSignUp();
    }

    @Test
    void a_short_password_is_refused_on_the_password_field() {
        fillIn(email, "Priya Raman", "Asia/Kolkata", "short one", "short one");

        _click(view.create);

        expectOnlyInvalid(view.password, "Use at least 12 characters; a few words in a row make a good password.");
        assertThat(accountRepository.existsByEmail(email)).isFalse();
    }

    @Test
    void a_password_of_129_characters_is_refused_on_the_password_field_rather_than_cut() {
        String tooLong = "my residency year starts soon ".repeat(5).substring(0, 129);
        fillIn(email, "Priya Raman", "Asia/Kolkata", tooLong, tooLong);

        _click(view.create);

        expectOnlyInvalid(view.password, "Use at most 128 characters; this password has 129.");
        assertThat(accountRepository.existsByEmail(email)).isFalse();
        assertStillOnSignUp();
    }

    @Test
    void an_emoji_password_within_the_limit_signs_up_whole_and_signs_in() {
        // 120 characters but 200 UTF-16 units: a maxLength of 128 in the browser would have cut it.
        String emojiPassword = "night shift 🌙🏥🩺🫀 ".repeat(6) + "🌙".repeat(12);
        assertThat(emojiPassword.codePointCount(0, emojiPassword.length())).isLessThanOrEqualTo(128);
        assertThat(emojiPassword.length()).isGreaterThan(128);
        fillIn(email, "Priya Raman", "Asia/Kolkata", emojiPassword, emojiPassword);

        _click(view.create);

        Account created = accountRepository.findByEmail(email).orElseThrow();
        assertThat(passwordEncoder.matches(emojiPassword, created.getPasswordHash())).isTrue();
        Authentication signedIn = authenticationProvider.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(email, emojiPassword));
        assertThat(signedIn.isAuthenticated()).isTrue();
    }

    @Test
    void differing_passwords_are_refused_on_the_repeat_field() {
        fillIn(email, "Priya Raman", "Asia/Kolkata", GOOD_PASSWORD, GOOD_PASSWORD + "!");

        _click(view.create);

        expectOnlyInvalid(view.passwordRepeat, "The two passwords differ; type the same password twice.");
        assertThat(accountRepository.existsByEmail(email)).isFalse();
        assertStillOnSignUp();
    }

    @Test
    void an_empty_time_zone_is_refused_on_the_time_zone_field() {
        fillIn(email, "Priya Raman", null, GOOD_PASSWORD, GOOD_PASSWORD);

        _click(view.create);

        expectOnlyInvalid(view.timeZone, "Choose your time zone.");
        assertThat(accountRepository.existsByEmail(email)).isFalse();
        assertStillOnSignUp();
    }

    @Test
    void a_blank_name_is_refused_on_the_name_field() {
        fillIn(email, "   ", "Asia/Kolkata", GOOD_PASSWORD, GOOD_PASSWORD);

        _click(view.create);

        expectOnlyInvalid(view.displayName, "Enter the name others will see.");
        assertThat(accountRepository.existsByEmail(email)).isFalse();
    }

    @Test
    void an_error_stays_on_the_field_bound_to_its_request_component_whatever_the_labels_say() {
        view.email.setLabel("Your name");
        view.displayName.setLabel("Email");
        fillIn("priya.raman-at-example.org", "Someone Else", "Europe/Berlin", GOOD_PASSWORD, GOOD_PASSWORD);

        _click(view.create);

        expectOnlyInvalid(view.email, "Enter an email address like name@example.org.");
        assertThat(Shown.notifications()).isEmpty();
    }

    @Test
    void every_problem_is_shown_at_once_and_cleared_once_fixed() {
        fillIn("nope", "", null, "short", "other");

        _click(view.create);

        assertThat(allFields()).allMatch(HasValidation::isInvalid);
        assertThat(Shown.notifications()).isEmpty();

        fillIn(email, "Priya Raman", "Asia/Kolkata", GOOD_PASSWORD, GOOD_PASSWORD);
        _click(view.create);

        assertThat(accountRepository.existsByEmail(email)).isTrue();
        assertThat(allFields()).noneMatch(HasValidation::isInvalid);
    }

    private void fillIn(String emailValue, String name, String zone, String password, String repeat) {
        _setValue(view.email, emailValue);
        _setValue(view.displayName, name);
        _setValue(view.timeZone, zone);
        typeAsABrowserWould(view.password, password);
        typeAsABrowserWould(view.passwordRepeat, repeat);
    }

    // Karibu sets any value; a browser stops accepting input at maxlength, counted in UTF-16 units.
    private static void typeAsABrowserWould(PasswordField field, String text) {
        int max = field.getMaxLength();
        _setValue(field, text != null && max > 0 && text.length() > max ? text.substring(0, max) : text);
    }

    private List<HasValidation> allFields() {
        return List.of(view.email, view.displayName, view.timeZone, view.password, view.passwordRepeat);
    }

    private void expectOnlyInvalid(HasValidation field, String message) {
        assertThat(field.isInvalid()).as("the field with the problem is marked invalid").isTrue();
        assertThat(field.getErrorMessage()).isEqualTo(message);
        assertThat(allFields()).filteredOn(other -> other != field).noneMatch(HasValidation::isInvalid);
    }

    private static void assertStillOnSignUp() {
        assertThat(_get(SignUpView.class)).isNotNull();
    }
}
