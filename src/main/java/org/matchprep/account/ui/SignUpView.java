package org.matchprep.account.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.matchprep.account.AccountService;
import org.matchprep.account.InvalidAccountInputException;
import org.matchprep.account.SignUpRequest;
import org.matchprep.account.domain.Account;
import org.matchprep.account.domain.PasswordPolicy;
import org.matchprep.base.ui.FormErrors;
import org.matchprep.base.ui.Forms;
import org.matchprep.base.ui.Notices;
import org.matchprep.base.ui.TimeZoneField;

/** Applicants create their own account; mentors and admins are created by an admin. */
@Route(value = "signup", autoLayout = false)
@PageTitle("Create your account · MatchPrep")
@AnonymousAllowed
public class SignUpView extends VerticalLayout implements BeforeEnterObserver {

    final EmailField email = new EmailField("Email");
    final TextField displayName = new TextField("Your name");
    final TimeZoneField timeZone = new TimeZoneField("Time zone");
    final PasswordField password = new PasswordField("Password");
    final PasswordField passwordRepeat = new PasswordField("Password again");
    final Button create = new Button("Create account");

    private final AccountService accountService;
    private final Binder<SignUpRequest> binder = Forms.binderFor(SignUpRequest.class);

    private final AuthenticationContext authentication;

    SignUpView(AccountService accountService, AuthenticationContext authentication) {
        this.accountService = accountService;
        this.authentication = authentication;
        addClassName("auth-page");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        email.setRequiredIndicatorVisible(true);
        email.setMaxLength(Account.EMAIL_MAX_LENGTH);
        email.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.EMAIL);
        displayName.setRequiredIndicatorVisible(true);
        displayName.setMaxLength(Account.DISPLAY_NAME_MAX_LENGTH);
        displayName.setHelperText("As your mentors should see it, e.g. Priya Raman.");
        timeZone.setRequiredIndicatorVisible(true);
        password.setRequiredIndicatorVisible(true);
        // No maxLength on password fields: the browser would cut the input silently (and count UTF-16 units);
        // the service refuses a too-long password with a message instead.
        password.setHelperText("At least " + PasswordPolicy.MIN_LENGTH + " characters. A short sentence works well.");
        password.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        passwordRepeat.setRequiredIndicatorVisible(true);
        passwordRepeat.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);

        binder.forField(email).bind("email");
        binder.forField(displayName).bind("displayName");
        binder.forField(timeZone).bind("timeZone");
        binder.forField(password).bind("password");
        binder.forField(passwordRepeat).bind("passwordRepeat");

        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickShortcut(Key.ENTER);
        create.addClickListener(click -> signUp());

        FormLayout form = new FormLayout(email, displayName, timeZone, password, passwordRepeat);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));

        Div card = new Div(new H1("Create your applicant account"),
                new Paragraph("Write your narrative and answers, share them with your mentors and book mock interviews."),
                form, create);
        card.addClassName("auth-card");
        Paragraph signIn = new Paragraph("Already have an account? ");
        signIn.add(new Anchor("login", "Sign in"));
        signIn.addClassName("auth-footer");
        add(card, signIn);

        // The browser knows the applicant's zone better than we do; they can still change it.
        UI.getCurrent().getPage().retrieveExtendedClientDetails(details -> timeZone.preselect(details.getTimeZoneId()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // Someone already signed in has an account; sign-up is for visitors.
        if (authentication.isAuthenticated()) {
            event.forwardTo("");
        }
    }

    void signUp() {
        Forms.record(binder).ifPresent(request -> {
            try {
                accountService.signUp(request);
                Notices.success("Sign in now with your email and password (an address that already had an account keeps its own password).");
                UI.getCurrent().navigate("login");
            } catch (InvalidAccountInputException invalid) {
                FormErrors.showWithNotice(binder, invalid);
            }
        });
    }
}
