package org.matchprep.account.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getColumnByHeader;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.matchprep.account.AccountAdminService;
import org.matchprep.account.AccountInvitation;
import org.matchprep.account.AccountSummary;
import org.matchprep.account.Role;
import org.matchprep.account.domain.Account;
import org.matchprep.account.domain.AccountRepository;
import org.matchprep.base.ui.NarrowGrid;
import org.matchprep.testing.Accounts;
import org.matchprep.testing.KaribuTest;
import org.matchprep.testing.Shown;
import org.matchprep.testing.Who;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class UserAdminViewTest extends KaribuTest {

    @Autowired
    AccountRepository accountRepository;

    @Autowired
    AccountAdminService admin;

    @Autowired
    JdbcClient jdbc;

    private AccountSummary me;
    private UserAdminView view;

    @BeforeEach
    void openUsersAsAnAdmin() {
        me = signInAndOpen(Who.ADMIN);
        UI.getCurrent().navigate("admin/users");
        view = _get(UserAdminView.class);
    }

    @Test
    void searching_a_unique_name_shows_exactly_that_account() {
        AccountSummary mentor = accounts.mentor();

        _setValue(view.search, mentor.displayName());

        assertThat(_findAll(view.grid)).extracting(AccountSummary::id).containsExactly(mentor.id());
        assertThat(accountCellTextFor(_findAll(view.grid).getFirst())).isEqualTo(mentor.displayName() + " " + mentor.email());
        assertThat(_getFormattedRow(view.grid, 0)).contains("Mentor");
    }

    @Test
    void on_a_phone_each_account_is_one_card_with_name_email_role_and_status_beside_manage() {
        AccountSummary mentor = accounts.mentor();
        _setValue(view.search, mentor.email());

        view.narrow.fit(390);

        assertThat(view.grid.getColumns()).filteredOn(Grid.Column::isVisible).extracting(Grid.Column::getKey)
                .containsExactly(NarrowGrid.CARD, view.grid.getColumns().getLast().getKey());
        String card = _getCellComponent(view.grid, 0, NarrowGrid.CARD).getElement().getTextRecursively();
        assertThat(card).contains(mentor.displayName(), mentor.email(), "Mentor", "Active");
        assertThat(manageButton(mentor).getAriaLabel()).hasValue("Manage " + mentor.displayName());

        view.narrow.fit(1024);
        assertThat(view.grid.getColumns()).filteredOn(Grid.Column::isVisible).hasSize(6);
    }

    @Test
    void searching_part_of_an_email_in_other_case_finds_the_account() {
        AccountSummary applicant = accounts.applicant();
        String localPart = applicant.email().substring(0, applicant.email().indexOf('@'));

        _setValue(view.search, localPart.toUpperCase());

        assertThat(_findAll(view.grid)).extracting(AccountSummary::id).containsExactly(applicant.id());
    }

    @Test
    void a_search_that_matches_nobody_shows_an_empty_grid() {
        _setValue(view.search, "nobody-" + UUID.randomUUID());

        assertThat(_size(view.grid)).isZero();
    }

    @Test
    void the_role_filter_narrows_the_search_to_one_role() {
        String token = "Filter" + UUID.randomUUID().toString().substring(0, 8);
        AccountSummary mentor = accounts.create(Role.MENTOR, Accounts.uniqueEmail("filter-mentor"), token + " Mentor");
        AccountSummary applicant = accounts.create(Role.APPLICANT, Accounts.uniqueEmail("filter-applicant"), token + " Applicant");
        _setValue(view.search, token);
        assertThat(_findAll(view.grid)).extracting(AccountSummary::id).containsExactly(applicant.id(), mentor.id());

        _setValue(view.roleFilter, Role.MENTOR);
        assertThat(_findAll(view.grid)).extracting(AccountSummary::id).containsExactly(mentor.id());

        _setValue(view.roleFilter, Role.ADMIN);
        assertThat(_size(view.grid)).isZero();

        _setValue(view.roleFilter, null);
        assertThat(_size(view.grid)).isEqualTo(2);
    }

    @Test
    void an_admin_invites_a_mentor_through_the_dialog_and_the_list_shows_the_invitation_open() {
        String email = Accounts.uniqueEmail("new-mentor");
        _click(view.newAccount);
        CreateAccountDialog dialog = _get(CreateAccountDialog.class);
        assertThat(dialog.role.getValue()).as("mentors are what admins create most").isEqualTo(Role.MENTOR);

        _setValue(dialog.email, email);
        _setValue(dialog.displayName, "Dr. Grace Chen");
        _setValue(dialog.timeZone, "America/Chicago");
        _click(dialog.create);

        Account created = accountRepository.findByEmail(email).orElseThrow();
        assertThat(created.getRole()).isEqualTo(Role.MENTOR);
        assertThat(created.getDisplayName()).isEqualTo("Dr. Grace Chen");
        assertThat(created.isInvited()).isTrue();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(Shown.notifications()).containsExactly("Invited " + email + " as mentor.");
        assertThat(jdbc.sql("select count(*) from mail_outbox where recipient = ? and kind = 'INVITATION'")
                .param(email).query(Long.class).single()).isEqualTo(1);
        _setValue(view.search, email);
        assertThat(_findAll(view.grid)).extracting(AccountSummary::id).containsExactly(created.getId());
        assertThat(UserAdminView.card(_findAll(view.grid).getFirst()).getElement().getTextRecursively())
                .contains("Invited, not yet accepted");
    }

    @Test
    void an_open_invitation_is_re_sent_with_a_new_link_or_withdrawn_from_the_list() {
        String email = Accounts.uniqueEmail("invitee");
        AccountSummary invited = admin.inviteAccount(new AccountInvitation(email, "Ines Invitee", Role.MENTOR, "Europe/Berlin"));

        view.resend(invited);
        assertThat(jdbc.sql("select count(*) from mail_outbox where recipient = ? and kind = 'INVITATION'")
                .param(email).query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from invitation_token where account_id = ? and used_at is null")
                .param(invited.id()).query(Long.class).single()).as("the first link stopped working").isEqualTo(1);

        view.withdraw(invited);
        assertThat(accountRepository.findByEmail(email)).isEmpty();
        assertThat(Shown.notifications()).last().isEqualTo("Withdrew the invitation of " + email + ".");
    }

    @Test
    void creating_an_account_with_a_taken_email_shows_the_error_on_the_email_field() {
        AccountSummary existing = accounts.mentor();
        _click(view.newAccount);
        CreateAccountDialog dialog = _get(CreateAccountDialog.class);

        _setValue(dialog.email, existing.email());
        _setValue(dialog.displayName, "A Second Mentor");
        _click(dialog.create);

        assertThat(dialog.email.isInvalid()).isTrue();
        assertThat(dialog.email.getErrorMessage()).isEqualTo("An account with this email already exists.");
        assertThat(dialog.displayName.isInvalid()).isFalse();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(accountRepository.findByEmail(existing.email()).orElseThrow().getDisplayName())
                .isEqualTo(existing.displayName());
        assertThat(Shown.notifications()).isEmpty();
    }

    @Test
    void changing_a_mentors_role_to_admin_is_saved() {
        AccountSummary mentor = accounts.mentor();
        ManageAccountDialog dialog = manage(mentor);
        assertThat(dialog.role.getValue()).isEqualTo(Role.MENTOR);

        _setValue(dialog.role, Role.ADMIN);
        _click(dialog.saveRole);

        assertThat(accountRepository.findById(mentor.id()).orElseThrow().getRole()).isEqualTo(Role.ADMIN);
        assertThat(dialog.isOpened()).isFalse();
        assertThat(Shown.notifications()).containsExactly("Role of " + mentor.email() + " is now Admin.");
        assertThat(_findAll(view.grid)).extracting(AccountSummary::role).containsExactly(Role.ADMIN);
    }

    @Test
    void disabling_and_enabling_an_account_changes_whether_it_may_sign_in() {
        AccountSummary mentor = accounts.mentor();

        ManageAccountDialog disable = manage(mentor);
        assertThat(disable.toggleEnabled.getText()).isEqualTo("Disable account");
        _click(disable.toggleEnabled);

        assertThat(accountRepository.findById(mentor.id()).orElseThrow().isEnabled()).isFalse();
        assertThat(Shown.notifications()).containsExactly(mentor.email() + " is disabled and signed out.");
        assertThat(_findAll(view.grid)).extracting(AccountSummary::enabled).containsExactly(false);
        assertThat(statusShownFor(_findAll(view.grid).getFirst())).isEqualTo("Disabled");
        Shown.clearNotifications();

        ManageAccountDialog enable = manage(mentor);
        assertThat(enable.toggleEnabled.getText()).isEqualTo("Enable account");
        _click(enable.toggleEnabled);

        assertThat(accountRepository.findById(mentor.id()).orElseThrow().isEnabled()).isTrue();
        assertThat(Shown.notifications()).containsExactly(mentor.email() + " can sign in again.");
        assertThat(statusShownFor(_findAll(view.grid).getFirst())).isEqualTo("Active");
    }

    @Test
    void an_admin_cannot_disable_their_own_account() {
        ManageAccountDialog dialog = manage(me);

        _click(dialog.toggleEnabled);

        assertThat(Shown.notifications()).containsExactly("You cannot disable your own account.");
        assertThat(Shown.notificationThemes()).containsExactly("error");
        assertThat(accountRepository.findById(me.id()).orElseThrow().isEnabled()).isTrue();
        assertThat(dialog.isOpened()).isTrue();
    }

    @Test
    void an_admin_cannot_change_their_own_role() {
        ManageAccountDialog dialog = manage(me);

        _setValue(dialog.role, Role.APPLICANT);
        _click(dialog.saveRole);

        assertThat(Shown.notifications()).containsExactly("You cannot change your own role; ask another admin.");
        assertThat(accountRepository.findById(me.id()).orElseThrow().getRole()).isEqualTo(Role.ADMIN);
    }

    /** Finds the account by its unique name and clicks its row's Manage button. */
    private ManageAccountDialog manage(AccountSummary account) {
        _setValue(view.search, account.email());
        assertThat(_size(view.grid)).isEqualTo(1);
        AccountSummary row = _findAll(view.grid).getFirst();
        _click(manageButton(row));
        return _get(ManageAccountDialog.class);
    }

    @SuppressWarnings("unchecked")
    private String statusShownFor(AccountSummary row) {
        Grid.Column<AccountSummary> status = _getColumnByHeader(view.grid, "Status");
        return ((ComponentRenderer<Span, AccountSummary>) status.getRenderer()).createComponent(row).getText();
    }

    @SuppressWarnings("unchecked")
    private String accountCellTextFor(AccountSummary row) {
        Grid.Column<AccountSummary> account = _getColumnByHeader(view.grid, "Account");
        Div cell = ((ComponentRenderer<Div, AccountSummary>) account.getRenderer()).createComponent(row);
        return cell.getChildren().map(child -> ((Span) child).getText()).collect(java.util.stream.Collectors.joining(" "));
    }

    @SuppressWarnings("unchecked")
    private Button manageButton(AccountSummary row) {
        Grid.Column<AccountSummary> actions = view.grid.getColumns().getLast();
        Button button = ((ComponentRenderer<Button, AccountSummary>) actions.getRenderer()).createComponent(row);
        assertThat(button.getText()).isEqualTo("Manage");
        return button;
    }
}
