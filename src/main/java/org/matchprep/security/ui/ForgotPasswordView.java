package org.matchprep.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.matchprep.security.PasswordResetService;

/**
 * "Forgot password?": asks for an address and answers alike whether or not an account uses it (decision 018),
 * so the page cannot be used to find out who has an account.
 */
@Route(value = "forgot-password", autoLayout = false)
@PageTitle("Forgot password · MatchPrep")
@AnonymousAllowed
public class ForgotPasswordView extends VerticalLayout implements BeforeEnterObserver {

    static final String ANSWER = "If an account uses this address, we have sent it a link to choose a new password. "
            + "The link works once, for 30 minutes. No mail? Check the spam folder, or ask again in a few minutes.";

    final EmailField email = new EmailField("Email");
    final Button send = new Button("Send me a link");
    final Paragraph answer = new Paragraph(ANSWER);

    private final PasswordResetService passwordResets;
    private final AuthenticationContext authentication;
    private final Div card;

    ForgotPasswordView(PasswordResetService passwordResets, AuthenticationContext authentication) {
        this.passwordResets = passwordResets;
        this.authentication = authentication;
        addClassName("auth-page");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        email.setRequiredIndicatorVisible(true);
        email.setAutocomplete(Autocomplete.EMAIL);
        email.setWidthFull();
        email.setHelperText("The address you sign in with.");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickShortcut(Key.ENTER);
        send.addClickListener(click -> requestLink());
        answer.addClassName("reset-answer");
        answer.getElement().setAttribute("role", "status");
        answer.setVisible(false);

        card = new Div(new H1("Forgot your password?"),
                new Paragraph("Enter your email address and we will send you a link to choose a new password."),
                email, send, answer);
        card.addClassName("auth-card");
        Paragraph signIn = new Paragraph("Remembered it? ");
        signIn.add(new Anchor("login", "Sign in"));
        signIn.addClassName("auth-footer");
        add(card, signIn);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo("");
        }
    }

    void requestLink() {
        if (email.getValue().isBlank()) {
            email.setInvalid(true);
            email.setErrorMessage("Enter your email address.");
            return;
        }
        email.setInvalid(false);
        VaadinRequest request = VaadinRequest.getCurrent();
        passwordResets.requestLink(email.getValue(), request == null ? null : request.getRemoteAddr());
        email.setReadOnly(true);
        send.setVisible(false);
        answer.setVisible(true);
    }
}
