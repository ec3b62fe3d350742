package org.matchprep.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.matchprep.account.AccountSummary;
import org.matchprep.account.domain.AccountRepository;
import org.matchprep.testing.Accounts;
import org.matchprep.testing.KaribuTest;
import org.matchprep.testing.Who;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** The "Your data" section of the profile: the download for everyone, deleting the account for applicants. */
class YourDataSectionTest extends KaribuTest {

    @Autowired
    AccountRepository accountRepository;

    @ParameterizedTest
    @EnumSource(value = Who.class, names = {"APPLICANT", "MENTOR", "ADMIN"})
    void everyone_can_download_their_data_and_only_applicants_see_delete(Who who) {
        signInAndOpen(who);
        UI.getCurrent().navigate("profile");
        ProfileView view = _get(ProfileView.class);

        Anchor download = _get(Anchor.class, spec -> spec.withText("Download my data"));
        assertThat(download).isSameAs(view.downloadData);
        assertThat(download.getHref()).as("served by a download handler").isNotBlank();
        assertThat(_find(Button.class, spec -> spec.withText("Delete my account…"))).hasSize(who == Who.APPLICANT ? 1 : 0);
    }

    @Test
    void the_dialog_says_what_goes_and_a_wrong_password_deletes_nothing() {
        AccountSummary me = signInAndOpen(Who.APPLICANT);
        UI.getCurrent().navigate("profile");
        _click(_get(Button.class, spec -> spec.withText("Delete my account…")));
        DeleteAccountDialog dialog = _get(DeleteAccountDialog.class);

        assertThat(_find(dialog, ListItem.class)).extracting(ListItem::getText)
                .anyMatch(item -> item.contains("answers with every revision"))
                .anyMatch(item -> item.contains("scorecards"));
        assertThat(dialog.password.getLabel()).isEqualTo("Your password");
        _setValue(dialog.password, "not my password");
        _click(dialog.delete);

        assertThat(dialog.password.isInvalid()).isTrue();
        assertThat(dialog.password.getErrorMessage()).isEqualTo("This is not your password. Nothing was deleted.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(accountRepository.findById(me.id())).isPresent();
    }

    @Test
    void the_right_password_deletes_the_account_and_signs_out() {
        AccountSummary me = signInAndOpen(Who.APPLICANT);
        UI.getCurrent().navigate("profile");
        _click(_get(Button.class, spec -> spec.withText("Delete my account…")));
        DeleteAccountDialog dialog = _get(DeleteAccountDialog.class);

        _setValue(dialog.password, Accounts.PASSWORD);
        _click(dialog.delete);

        assertThat(accountRepository.findById(me.id())).isEmpty();
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    }
}
