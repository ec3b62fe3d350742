package org.matchprep.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.matchprep.account.AccountService;
import org.matchprep.account.AccountSummary;
import org.matchprep.account.domain.AccountRepository;
import org.matchprep.testing.Accounts;
import org.matchprep.testing.KaribuTest;
import org.matchprep.testing.Shown;
import org.matchprep.testing.Who;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

class ProfileViewTest extends KaribuTest {

    private static final String NEW_PASSWORD = "a calmer password for interview season";

    @Autowired
    AccountService accountService;

    @Autowired
    AccountRepository accountRepository;

    @Autowired
    PasswordEncoder passwordEncoder;

    private AccountSummary me;
    private ProfileView view;

    @BeforeEach
    void openMyProfile() {
        me = signInAndOpen(Who.APPLICANT);
        UI.getCurrent().navigate("profile");
        view = _get(ProfileView.class);
    }

    @Test
    void the_form_starts_with_my_current_name_and_time_zone() {
        assertThat(view.displayName.getValue()).isEqualTo(me.displayName());
        assertThat(view.timeZone.getValue()).isEqualTo("Europe/Berlin");
    }

    @Test
    void changing_name_and_time_zone_saves_both() {
        _setValue(view.displayName, "Daniel Haddad");
        _setValue(view.timeZone, "Asia/Kolkata");

        _click(view.saveProfile);

        AccountSummary saved = accountService.myAccount();
        assertThat(saved.displayName()).isEqualTo("Daniel Haddad");
        assertThat(saved.timeZone()).isEqualTo(ZoneId.of("Asia/Kolkata"));
        assertThat(view.displayName.isInvalid()).isFalse();
        assertThat(Shown.notifications()).containsExactly("Profile saved. Times are now shown in Asia/Kolkata.");
    }

    @Test
    void a_blank_name_is_refused_on_the_name_field_and_nothing_is_saved() {
        _setValue(view.displayName, "  ");
        _setValue(view.timeZone, "Asia/Kolkata");

        _click(view.saveProfile);

        assertThat(view.displayName.isInvalid()).isTrue();
        assertThat(view.displayName.getErrorMessage()).isEqualTo("Enter the name others will see.");
        assertThat(view.timeZone.isInvalid()).isFalse();
        AccountSummary unchanged = accountService.myAccount();
        assertThat(unchanged.displayName()).isEqualTo(me.displayName());
        assertThat(unchanged.timeZone()).isEqualTo(me.timeZone());
        assertThat(Shown.notifications()).isEmpty();
    }

    @Test
    void an_empty_time_zone_is_refused_on_the_time_zone_field() {
        _setValue(view.timeZone, null);

        _click(view.saveProfile);

        assertThat(view.timeZone.isInvalid()).isTrue();
        assertThat(view.timeZone.getErrorMessage()).isEqualTo("Choose your time zone.");
        assertThat(accountService.myAccount().timeZone()).isEqualTo(me.timeZone());
    }

    @Test
    void a_wrong_current_password_is_refused_on_that_field_and_the_password_stays() {
        _setValue(view.currentPassword, "not my password at all");
        _setValue(view.newPassword, NEW_PASSWORD);
        _setValue(view.newPasswordRepeat, NEW_PASSWORD);

        _click(view.changePassword);

        assertThat(view.currentPassword.isInvalid()).isTrue();
        assertThat(view.currentPassword.getErrorMessage()).isEqualTo("This is not your current password.");
        assertThat(view.newPassword.isInvalid()).isFalse();
        assertThat(view.newPasswordRepeat.isInvalid()).isFalse();
        assertThat(storedPasswordMatches(Accounts.PASSWORD)).isTrue();
        assertThat(Shown.notifications()).isEmpty();
    }

    @Test
    void the_correct_current_password_changes_it_and_empties_the_fields() {
        _setValue(view.currentPassword, Accounts.PASSWORD);
        _setValue(view.newPassword, NEW_PASSWORD);
        _setValue(view.newPasswordRepeat, NEW_PASSWORD);

        _click(view.changePassword);

        assertThat(storedPasswordMatches(NEW_PASSWORD)).isTrue();
        assertThat(storedPasswordMatches(Accounts.PASSWORD)).isFalse();
        assertThat(view.currentPassword.getValue()).isEmpty();
        assertThat(view.newPassword.getValue()).isEmpty();
        assertThat(view.newPasswordRepeat.getValue()).isEmpty();
        assertThat(view.currentPassword.isInvalid()).isFalse();
        assertThat(Shown.notifications()).containsExactly("Password changed.");
    }

    @Test
    void a_weak_or_differing_new_password_is_refused_on_its_own_field() {
        _setValue(view.currentPassword, Accounts.PASSWORD);
        _setValue(view.newPassword, "password1234");
        _setValue(view.newPasswordRepeat, "password12345");

        _click(view.changePassword);

        assertThat(view.currentPassword.isInvalid()).isFalse();
        assertThat(view.newPassword.isInvalid()).isTrue();
        assertThat(view.newPassword.getErrorMessage())
                .isEqualTo("This password is among the most common ones and easy to guess; choose another.");
        assertThat(view.newPasswordRepeat.isInvalid()).isTrue();
        assertThat(view.newPasswordRepeat.getErrorMessage())
                .isEqualTo("The two passwords differ; type the same password twice.");
        assertThat(storedPasswordMatches(Accounts.PASSWORD)).isTrue();
    }

    @Test
    void a_password_error_stays_on_its_bound_field_when_the_labels_change() {
        view.currentPassword.setLabel("New password");
        view.newPassword.setLabel("Current password");
        _setValue(view.currentPassword, "not my password at all");
        _setValue(view.newPassword, NEW_PASSWORD);
        _setValue(view.newPasswordRepeat, NEW_PASSWORD);

        _click(view.changePassword);

        assertThat(view.currentPassword.isInvalid()).isTrue();
        assertThat(view.currentPassword.getErrorMessage()).isEqualTo("This is not your current password.");
        assertThat(view.newPassword.isInvalid()).isFalse();
        assertThat(Shown.notifications()).isEmpty();
    }

    private boolean storedPasswordMatches(String password) {
        return passwordEncoder.matches(password, accountRepository.findById(me.id()).orElseThrow().getPasswordHash());
    }
}
