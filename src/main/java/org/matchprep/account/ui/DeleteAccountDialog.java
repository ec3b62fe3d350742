package org.matchprep.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.PasswordField;
import org.matchprep.account.AccountDeletion;
import org.matchprep.account.InvalidAccountInputException;
import org.matchprep.account.PersonalDataService;
import org.matchprep.base.FieldError;

/** Asks an applicant for their password and says exactly what goes before deleting their account. */
class DeleteAccountDialog extends Dialog {

    static final String WHAT_GOES = "Deleting your account removes, at once and for good:";

    final PasswordField password = new PasswordField("Your password");
    final Button delete = new Button("Delete my account");

    private final PersonalDataService personalData;
    private final Runnable onDeleted;

    DeleteAccountDialog(PersonalDataService personalData, Runnable onDeleted) {
        this.personalData = personalData;
        this.onDeleted = onDeleted;
        setHeaderTitle("Delete your account");
        addClassName("delete-account-dialog");

        UnorderedList what = new UnorderedList(
                new ListItem("your narrative and answers with every revision, your own questions and your experiences;"),
                new ListItem("your program dossiers, interviews with their impressions, questions to ask, checklists, "
                        + "rank list, selection profile and shortlist;"),
                new ListItem("your mock interviews and the scorecards your mentors wrote for them;"),
                new ListItem("the comments on your work, yours and your mentors', your pairings and your notifications, "
                        + "and the notifications others received that name you."));
        Paragraph audit = new Paragraph("The audit log keeps only that an account with your number existed, "
                + "without your e-mail or name. This cannot be undone: download your data first to keep a copy.");
        password.setHelperText("Enter your password to confirm.");
        password.setWidthFull();

        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        delete.addClickListener(click -> delete());
        Button cancel = new Button("Keep my account", click -> close());
        add(new Paragraph(WHAT_GOES), what, audit, password);
        getFooter().add(cancel, delete);
    }

    void delete() {
        try {
            personalData.deleteMyAccount(new AccountDeletion(password.getValue()));
        } catch (InvalidAccountInputException refused) {
            password.setErrorMessage(refused.errors().stream().map(FieldError::message).findFirst()
                    .orElse("This is not your password. Nothing was deleted."));
            password.setInvalid(true);
            password.focus();
            return;
        }
        close();
        onDeleted.run();
    }
}
