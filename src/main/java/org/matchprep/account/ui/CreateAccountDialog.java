package org.matchprep.account.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import org.matchprep.account.AccountAdminService;
import org.matchprep.account.AccountSummary;
import org.matchprep.account.InvalidAccountInputException;
import org.matchprep.account.AccountInvitation;
import org.matchprep.account.Role;
import org.matchprep.account.domain.Account;
import org.matchprep.base.ui.FormErrors;
import org.matchprep.base.ui.Forms;
import org.matchprep.base.ui.Notices;
import org.matchprep.base.ui.TimeZoneField;

/**
 * An admin creates an account, usually a mentor's, by invitation: the person is mailed a link where they choose
 * their own password (decision 018), so no admin ever knows it.
 */
class CreateAccountDialog extends Dialog {

    final EmailField email = new EmailField("Email");
    final TextField displayName = new TextField("Name");
    final Select<Role> role = new Select<>();
    final TimeZoneField timeZone = new TimeZoneField("Time zone");
    final Button create = new Button("Send invitation");

    private final AccountAdminService admin;
    private final Consumer<AccountSummary> onCreated;
    private final Binder<AccountInvitation> binder = Forms.binderFor(AccountInvitation.class);

    CreateAccountDialog(AccountAdminService admin, Consumer<AccountSummary> onCreated) {
        this.admin = admin;
        this.onCreated = onCreated;
        setHeaderTitle("Invite someone");
        setWidth("min(40rem, 95vw)");

        email.setMaxLength(Account.EMAIL_MAX_LENGTH);
        displayName.setMaxLength(Account.DISPLAY_NAME_MAX_LENGTH);
        role.setLabel("Role");
        role.setItems(Role.values());
        role.setItemLabelGenerator(Role::label);
        role.setValue(Role.MENTOR);
        timeZone.setValue("America/New_York");
        email.setHelperText("They get a link to choose their password; it works for 7 days.");
        binder.forField(email).bind("email");
        binder.forField(displayName).bind("displayName");
        binder.forField(role).bind("role");
        binder.forField(timeZone).bind("timeZone");

        FormLayout form = new FormLayout(email, displayName, role, timeZone);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        add(form);

        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> create());
        getFooter().add(new Button("Cancel", click -> close()), create);
    }

    void create() {
        Forms.record(binder).ifPresent(request -> {
            try {
                AccountSummary created = admin.inviteAccount(request);
                Notices.success("Invited " + created.email() + " as " + created.role().label().toLowerCase() + ".");
                onCreated.accept(created);
                close();
            } catch (InvalidAccountInputException invalid) {
                FormErrors.showWithNotice(binder, invalid);
            }
        });
    }
}
