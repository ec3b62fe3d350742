package org.matchprep.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.matchprep.account.AccountRoutes;
import org.matchprep.account.AccountService;
import org.matchprep.account.AccountSummary;
import org.matchprep.account.InvalidAccountInputException;
import org.matchprep.account.PasswordChange;
import org.matchprep.account.PersonalDataService;
import org.matchprep.account.Role;
import org.matchprep.account.ProfileChange;
import org.matchprep.account.domain.Account;
import org.matchprep.account.domain.PasswordPolicy;
import org.matchprep.base.ui.FormErrors;
import org.matchprep.base.ui.Forms;
import org.matchprep.base.ui.Notices;
import org.matchprep.base.ui.TimeZoneField;
import org.matchprep.base.ui.Times;
import org.matchprep.base.ui.ViewHeader;

/** Everyone's own account: name, time zone, password, and their data to take away (or delete, for applicants). */
@Route(AccountRoutes.PROFILE)
@PageTitle("Profile · MatchPrep")
@Menu(title = "Profile", order = 90, icon = "vaadin:user")
@PermitAll
public class ProfileView extends VerticalLayout {

    final TextField displayName = new TextField("Your name");
    final TimeZoneField timeZone = new TimeZoneField("Time zone");
    final Button saveProfile = new Button("Save profile");
    final PasswordField currentPassword = new PasswordField("Current password");
    final PasswordField newPassword = new PasswordField("New password");
    final PasswordField newPasswordRepeat = new PasswordField("New password again");
    final Button changePassword = new Button("Change password");
    final Anchor downloadData;
    final Button deleteAccount = new Button("Delete my account…");

    private final AccountService accountService;
    private final PersonalDataService personalData;
    private final AuthenticationContext authentication;
    private final Binder<ProfileChange> profileForm = Forms.binderFor(ProfileChange.class);
    private final Binder<PasswordChange> passwordForm = Forms.binderFor(PasswordChange.class);

    ProfileView(AccountService accountService, PersonalDataService personalData, AuthenticationContext authentication) {
        this.accountService = accountService;
        this.personalData = personalData;
        this.authentication = authentication;
        addClassName("page");
        AccountSummary me = accountService.myAccount();

        displayName.setMaxLength(Account.DISPLAY_NAME_MAX_LENGTH);
        profileForm.forField(displayName).bind("displayName");
        profileForm.forField(timeZone).bind("timeZone");
        profileForm.readRecord(new ProfileChange(me.displayName(), me.timeZone().getId()));
        saveProfile.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveProfile.addClickListener(click -> saveProfile());

        // No maxLength on the password fields: the browser would cut a long password silently; the service refuses it.
        newPassword.setHelperText("At least " + PasswordPolicy.MIN_LENGTH + " characters.");
        changePassword.addClickListener(click -> changePassword());
        passwordForm.forField(currentPassword).bind("currentPassword");
        passwordForm.forField(newPassword).bind("newPassword");
        passwordForm.forField(newPasswordRepeat).bind("newPasswordRepeat");

        Div account = section("Your account",
                new Paragraph("Signed in as " + me.email() + " · " + me.role().label() + " since "
                        + Times.date(me.createdAt(), me.timeZone())),
                form(displayName, timeZone), saveProfile);
        Div password = section("Password", form(currentPassword, newPassword, newPasswordRepeat), changePassword);

        downloadData = new Anchor(archiveDownload(), AttachmentType.DOWNLOAD, "Download my data");
        downloadData.addClassName("your-data-download");
        add(new ViewHeader("Profile", "How others see you and which time zone your times are shown in."), account, password,
                yourData(me));
    }

    private Div yourData(AccountSummary me) {
        Div section = section("Your data", new Paragraph("Download everything you wrote in MatchPrep, and what was "
                + "written for you, as one zip archive of JSON files: one file per kind (answers with their revisions, "
                + "dossiers, interviews, comments, mock interviews and scorecards, notifications, and so on) and a "
                + "README.json that lists them."), downloadData);
        if (me.role() == Role.APPLICANT) {
            deleteAccount.addThemeVariants(ButtonVariant.LUMO_ERROR);
            deleteAccount.addClickListener(click -> openDeleteDialog());
            section.add(new Paragraph("You can delete your account and everything in it. You will be asked for your "
                    + "password and told exactly what goes."), deleteAccount);
        }
        return section;
    }

    /** Streams the archive as it is made, straight into the response, by the signed-in user's own service call. */
    private DownloadHandler archiveDownload() {
        return event -> {
            event.setFileName(personalData.archiveName());
            event.setContentType("application/zip");
            personalData.exportMine(event.getOutputStream());
        };
    }

    DeleteAccountDialog openDeleteDialog() {
        DeleteAccountDialog dialog = new DeleteAccountDialog(personalData, authentication::logout);
        dialog.open();
        return dialog;
    }

    void saveProfile() {
        Forms.record(profileForm).ifPresent(change -> {
            try {
                AccountSummary saved = accountService.updateProfile(change);
                FormErrors.clear(profileForm);
                Notices.success("Profile saved. Times are now shown in " + saved.timeZone().getId() + ".");
            } catch (InvalidAccountInputException invalid) {
                FormErrors.showWithNotice(profileForm, invalid);
            }
        });
    }

    void changePassword() {
        Forms.record(passwordForm).ifPresent(change -> {
            try {
                accountService.changePassword(change);
                passwordForm.readRecord(new PasswordChange("", "", ""));
                FormErrors.clear(passwordForm);
                Notices.success("Password changed.");
            } catch (InvalidAccountInputException invalid) {
                FormErrors.showWithNotice(passwordForm, invalid);
            }
        });
    }

    private static FormLayout form(com.vaadin.flow.component.Component... fields) {
        FormLayout form = new FormLayout(fields);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        return form;
    }

    private static Div section(String title, com.vaadin.flow.component.Component... content) {
        Div section = new Div(new H2(title));
        section.add(content);
        section.addClassName("card");
        return section;
    }
}
