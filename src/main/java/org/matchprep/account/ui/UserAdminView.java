package org.matchprep.account.ui;

import java.time.ZoneId;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.matchprep.base.ui.AppIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.matchprep.account.AccountAdminService;
import org.matchprep.account.AccountRoutes;
import org.matchprep.account.AccountRuleException;
import org.matchprep.account.AccountService;
import org.matchprep.account.AccountSummary;
import org.matchprep.account.Role;
import org.matchprep.account.Roles;
import org.matchprep.base.ui.NarrowGrid;
import org.matchprep.base.ui.Notices;
import org.matchprep.base.ui.Times;
import org.matchprep.base.ui.ViewHeader;

/** Admins find accounts, create mentors and admins, change roles, disable and enable. */
@Route(AccountRoutes.USER_ADMIN)
@PageTitle("Users · MatchPrep")
@Menu(title = "Users", order = 80, icon = "vaadin:users")
@RolesAllowed(Roles.ADMIN)
public class UserAdminView extends VerticalLayout {

    final TextField search = new TextField();
    final Select<Role> roleFilter = new Select<>();
    final Grid<AccountSummary> grid = new Grid<>(AccountSummary.class, false);
    final Button newAccount = new Button("New account", AppIcon.PLUS.create());

    final NarrowGrid<AccountSummary> narrow;

    private final AccountAdminService admin;
    private final ZoneId viewerZone;

    UserAdminView(AccountAdminService admin, AccountService accountService) {
        this.admin = admin;
        this.viewerZone = accountService.myAccount().timeZone();
        addClassName("page");
        setSizeFull();

        newAccount.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newAccount.addClickListener(click -> new CreateAccountDialog(admin, created -> refresh()).open());

        search.setPlaceholder("Search name or email");
        search.setAriaLabel("Search name or email");
        search.setPrefixComponent(AppIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> refresh());

        roleFilter.setAriaLabel("Filter by role");
        roleFilter.setItems(Role.values());
        roleFilter.setEmptySelectionAllowed(true);
        roleFilter.setEmptySelectionCaption("All roles");
        roleFilter.setItemLabelGenerator(role -> role == null ? "All roles" : role.label());
        roleFilter.addValueChangeListener(change -> refresh());

        Div filters = new Div(search, roleFilter);
        filters.addClassName("filter-bar");

        // the account takes what the short columns leave, so names and e-mails are not cut on a laptop
        grid.addComponentColumn(UserAdminView::nameAndEmail).setHeader("Account").setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(account -> account.role().label()).setHeader("Role").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(UserAdminView::status).setHeader("Status").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(account -> account.timeZone().getId()).setHeader("Time zone").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(account -> Times.date(account.createdAt(), viewerZone)).setHeader("Created").setAutoWidth(true).setFlexGrow(0);
        Grid.Column<AccountSummary> card = grid.addComponentColumn(UserAdminView::card).setHeader("Account").setFlexGrow(1);
        Grid.Column<AccountSummary> actions = grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true).setFlexGrow(0);
        narrow = NarrowGrid.below(760, grid, card, actions); // what the six columns need to show names and e-mails whole
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText("No accounts match. Clear the search or choose another role.");
        grid.setItems(query -> admin.findAccounts(search.getValue(), roleFilter.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) admin.countAccounts(search.getValue(), roleFilter.getValue()));

        add(new ViewHeader("Users", "Invite mentors and admins, change roles, disable and enable accounts.", newAccount),
                filters, grid);
        setFlexGrow(1, grid);
    }

    private Component actions(AccountSummary account) {
        if (account.invited()) {
            Button resend = new Button("Re-send", click -> resend(account));
            resend.setAriaLabel("Re-send the invitation to " + account.displayName());
            Button withdraw = new Button("Withdraw", click -> withdraw(account));
            withdraw.setAriaLabel("Withdraw the invitation of " + account.displayName());
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
            resend.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            withdraw.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            return new Div(resend, withdraw);
        }
        Button manage = new Button("Manage", click -> new ManageAccountDialog(admin, account, changed -> refresh()).open());
        manage.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        manage.setAriaLabel("Manage " + account.displayName());
        return manage;
    }

    void resend(AccountSummary account) {
        try {
            admin.resendInvitation(account.id());
            Notices.success("Sent a new invitation to " + account.email() + "; the earlier link no longer works.");
        } catch (AccountRuleException refused) {
            Notices.error(refused.getMessage());
        }
        refresh();
    }

    void withdraw(AccountSummary account) {
        try {
            admin.withdrawInvitation(account.id());
            Notices.success("Withdrew the invitation of " + account.email() + ".");
        } catch (AccountRuleException refused) {
            Notices.error(refused.getMessage());
        }
        refresh();
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private static Div nameAndEmail(AccountSummary account) {
        Span name = new Span(account.displayName());
        name.addClassName("account-name");
        Span email = new Span(account.email());
        email.addClassName("account-email");
        Div cell = new Div(name, email);
        cell.addClassName("account-cell");
        return cell;
    }

    /** What a phone shows of an account: who, their e-mail, role and status. */
    static Div card(AccountSummary account) {
        Div meta = new Div(new Span(account.role().label()), status(account));
        meta.addClassName("grid-card-meta");
        Div card = NarrowGrid.card(account.displayName(), account.email());
        card.add(meta);
        return card;
    }

    private static Span status(AccountSummary account) {
        if (account.invited()) {
            Span invited = new Span("Invited, not yet accepted");
            invited.getElement().getThemeList().add("badge");
            return invited;
        }
        Span badge = new Span(account.enabled() ? "Active" : "Disabled");
        badge.getElement().getThemeList().add(account.enabled() ? "badge success" : "badge contrast");
        return badge;
    }
}
