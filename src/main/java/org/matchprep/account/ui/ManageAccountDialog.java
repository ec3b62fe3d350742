package org.matchprep.account.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import org.matchprep.account.AccountAdminService;
import org.matchprep.account.AccountRuleException;
import org.matchprep.account.AccountSummary;
import org.matchprep.account.Role;
import org.matchprep.base.ui.Notices;

/** Role and status of one account. The service refuses what would lock the installation out. */
class ManageAccountDialog extends Dialog {

    final Select<Role> role = new Select<>();
    final Button saveRole = new Button("Save role");
    final Button toggleEnabled;

    private final AccountAdminService admin;
    private final AccountSummary account;
    private final Consumer<AccountSummary> onChanged;

    ManageAccountDialog(AccountAdminService admin, AccountSummary account, Consumer<AccountSummary> onChanged) {
        this.admin = admin;
        this.account = account;
        this.onChanged = onChanged;
        setHeaderTitle(account.displayName());
        setWidth("min(32rem, 95vw)");

        role.setLabel("Role");
        role.setItems(Role.values());
        role.setItemLabelGenerator(Role::label);
        role.setValue(account.role());
        saveRole.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveRole.addClickListener(click -> saveRole());
        HorizontalLayout roleRow = new HorizontalLayout(role, saveRole);
        roleRow.setAlignItems(HorizontalLayout.Alignment.BASELINE);

        toggleEnabled = new Button(account.enabled() ? "Disable account" : "Enable account");
        toggleEnabled.addThemeVariants(account.enabled() ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_SUCCESS);
        toggleEnabled.addClickListener(click -> toggleEnabled());

        add(new Paragraph(account.email() + " · " + (account.enabled() ? "active" : "disabled")),
                roleRow,
                new Paragraph(account.enabled()
                        ? "Disabling signs the person out everywhere at once; nothing they wrote is deleted."
                        : "Enabling lets the person sign in again with their existing password."),
                toggleEnabled);
        getFooter().add(new Button("Close", click -> close()));
    }

    void saveRole() {
        run(() -> admin.changeRole(account.id(), role.getValue()),
                changed -> "Role of " + changed.email() + " is now " + changed.role().label() + ".");
    }

    void toggleEnabled() {
        run(() -> account.enabled() ? admin.disable(account.id()) : admin.enable(account.id()),
                changed -> changed.email() + (changed.enabled() ? " can sign in again." : " is disabled and signed out."));
    }

    private void run(java.util.function.Supplier<AccountSummary> action,
                     java.util.function.Function<AccountSummary, String> confirmation) {
        try {
            AccountSummary changed = action.get();
            Notices.success(confirmation.apply(changed));
            onChanged.accept(changed);
            close();
        } catch (AccountRuleException refused) {
            Notices.error(refused.getMessage());
        }
    }
}
