package org.matchprep.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

/** Sign-in with email and password; Spring Security handles the POST. */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · MatchPrep")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    static final String WRONG_CREDENTIALS = "Incorrect email or password. Check both and try again.";
    /** The longest wait the page repeats from its address; the server never asks for more (decision 002). */
    static final long LONGEST_WAIT_SECONDS = 300;

    private final LoginForm form = new LoginForm();

    private final AuthenticationContext authentication;

    public LoginView(AuthenticationContext authentication) {
        this.authentication = authentication;
        addClassName("auth-page");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        H1 brand = new H1("MatchPrep");
        brand.addClassName("auth-brand");
        Paragraph tagline = new Paragraph("Prepare your residency interviews with your mentors, in one place.");
        tagline.addClassName("auth-tagline");

        form.setAction("login");
        form.setForgotPasswordButtonVisible(true);
        form.addForgotPasswordListener(forgot -> form.getUI().ifPresent(ui -> ui.navigate(ForgotPasswordView.class)));
        form.setI18n(i18n(WRONG_CREDENTIALS));

        Paragraph signUp = new Paragraph("New applicant? ");
        signUp.add(new Anchor("signup", "Create an account"));
        signUp.addClassName("auth-footer");

        add(brand, tagline, form, signUp);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        var parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey("wait")) {
            form.setI18n(i18n(waitMessage(parameters.get("wait").getFirst())));
            form.setError(true);
        } else if (parameters.containsKey("error")) {
            form.setI18n(i18n(WRONG_CREDENTIALS));
            form.setError(true);
        }
    }

    /** The wait comes from the address, so only a small whole number is repeated; anything else reads generically. */
    static String waitMessage(String seconds) {
        try {
            long wait = Long.parseLong(seconds);
            if (wait >= 1 && wait <= LONGEST_WAIT_SECONDS) {
                return "Too many attempts: try again in " + wait + (wait == 1 ? " second." : " seconds.");
            }
        } catch (NumberFormatException e) {
            // falls through to the general message
        }
        return "Too many attempts: try again in a few minutes.";
    }

    private static LoginI18n i18n(String errorMessage) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in");
        i18n.getForm().setUsername("Email");
        i18n.getForm().setSubmit("Sign in");
        i18n.getForm().setForgotPassword("Forgot password?");
        i18n.getErrorMessage().setTitle("Could not sign you in");
        i18n.getErrorMessage().setMessage(errorMessage);
        return i18n;
    }
}
