package org.matchprep.account.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import org.matchprep.account.AccountAdminService;
import org.matchprep.account.AccountSummary;
import org.matchprep.account.InvalidAccountInputException;
import org.matchprep.account.NewAccountRequest;
import org.matchprep.account.Role;
import org.matchprep.account.domain.Account;
import org.matchprep.base.ui.FormErrors;
import org.matchprep.base.ui.Forms;
import org.matchprep.base.ui.Notices;
import org.matchprep.base.ui.TimeZoneField;

/** An admin creates an account, usually a mentor's, with a first password to hand over. */
class CreateAccountDialog extends Dialog {

    final EmailField email = new EmailField("Email");
    final TextField displayName = new TextField("Name");
    final Select<Role> role = new Select<>();
    final TimeZoneField timeZone = new TimeZoneField("Time zone");
    final PasswordField password = new PasswordField("First password");
    final PasswordField passwordRepeat = new PasswordField("First password again");
    final Button create = new Button("Create account");

    private final AccountAdminService admin;
    private final Consumer<AccountSummary> onCreated;
    private final Binder<NewAccountRequest> binder = Forms.binderFor(NewAccountRequest.class);

    CreateAccountDialog(AccountAdminService admin, Consumer<AccountSummary> onCreated) {
        this.admin = admin;
        this.onCreated = onCreated;
        setHeaderTitle("New account");
        setWidth("min(40rem, 95vw)");

        email.setMaxLength(Account.EMAIL_MAX_LENGTH);
        displayName.setMaxLength(Account.DISPLAY_NAME_MAX_LENGTH);
        role.setLabel("Role");
        role.setItems(Role.values());
        role.setItemLabelGenerator(Role::label);
        role.setValue(Role.MENTOR);
        timeZone.setValue("America/New_York");
        // No maxLength on the password fields: the browser would cut a long password silently; the service refuses it.
        password.setHelperText("Hand it over safely; they can change it in their profile.");
        binder.forField(email).bind("email");
        binder.forField(displayName).bind("displayName");
        binder.forField(role).bind("role");
        binder.forField(timeZone).bind("timeZone");
        binder.forField(password).bind("password");
        binder.forField(passwordRepeat).bind("passwordRepeat");

        FormLayout form = new FormLayout(email, displayName, role, timeZone, password, passwordRepeat);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        add(form);

        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> create());
        getFooter().add(new Button("Cancel", click -> close()), create);
    }

    void create() {
        Forms.record(binder).ifPresent(request -> {
            try {
                AccountSummary created = admin.createAccount(request);
                Notices.success("Created " + created.role().label().toLowerCase() + " account for " + created.email() + ".");
                onCreated.accept(created);
                close();
            } catch (InvalidAccountInputException invalid) {
                FormErrors.showWithNotice(binder, invalid);
            }
        });
    }
}
