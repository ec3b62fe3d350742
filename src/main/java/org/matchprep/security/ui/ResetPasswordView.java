package org.matchprep.security.ui;

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
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.matchprep.account.InvalidAccountInputException;
import org.matchprep.account.domain.PasswordPolicy;
import org.matchprep.base.ui.FormErrors;
import org.matchprep.base.ui.Forms;
import org.matchprep.base.ui.Notices;
import org.matchprep.security.PasswordResetService;
import org.matchprep.security.PasswordResetService.LinkState;
import org.matchprep.security.ResetLinkException;

/**
 * The page a reset mail links to: with a good link, the person sets a new password twice; a used, expired or
 * unknown link says so and offers a new one (decision 018).
 */
@Route(value = PasswordResetService.ROUTE, autoLayout = false)
@PageTitle("Choose a new password · MatchPrep")
@AnonymousAllowed
public class ResetPasswordView extends VerticalLayout implements BeforeEnterObserver {

    /** What the form holds; the names are the ones the service reports problems under. */
    public record NewPassword(String password, String passwordRepeat) {
    }

    final PasswordField password = new PasswordField("New password");
    final PasswordField passwordRepeat = new PasswordField("New password again");
    final Button save = new Button("Set new password");
    final Paragraph refusal = new Paragraph();

    private final PasswordResetService passwordResets;
    private final AuthenticationContext authentication;
    private final Binder<NewPassword> binder = Forms.binderFor(NewPassword.class);
    private final Div form;
    private final Div refused;
    private String token;

    ResetPasswordView(PasswordResetService passwordResets, AuthenticationContext authentication) {
        this.passwordResets = passwordResets;
        this.authentication = authentication;
        addClassName("auth-page");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        // No maxLength: the service refuses a too-long password with a message (see SignUpView).
        password.setRequiredIndicatorVisible(true);
        password.setHelperText("At least " + PasswordPolicy.MIN_LENGTH + " characters. A short sentence works well.");
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        passwordRepeat.setRequiredIndicatorVisible(true);
        passwordRepeat.setAutocomplete(Autocomplete.NEW_PASSWORD);
        binder.forField(password).bind("password");
        binder.forField(passwordRepeat).bind("passwordRepeat");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(click -> setNewPassword());

        FormLayout fields = new FormLayout(password, passwordRepeat);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form = new Div(new H1("Choose a new password"),
                new Paragraph("Once it is set, every device signed in to your account is signed out."), fields, save);
        form.addClassName("auth-card");

        refusal.getElement().setAttribute("role", "alert");
        Anchor newLink = new Anchor("forgot-password", "Request a new link");
        refused = new Div(new H1("This link cannot be used"), refusal, new Paragraph(newLink));
        refused.addClassName("auth-card");
        refused.setVisible(false);

        Paragraph signIn = new Paragraph("Remembered it? ");
        signIn.add(new Anchor("login", "Sign in"));
        signIn.addClassName("auth-footer");
        add(form, refused, signIn);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse(null);
        LinkState state = passwordResets.check(token);
        if (state != LinkState.VALID) {
            showRefusal(new ResetLinkException(state));
        }
    }

    void setNewPassword() {
        Forms.record(binder).ifPresent(chosen -> {
            try {
                passwordResets.setNewPassword(token, chosen.password(), chosen.passwordRepeat());
                Notices.success("Your new password is set. Sign in with it.");
                UI.getCurrent().navigate("login");
            } catch (InvalidAccountInputException invalid) {
                FormErrors.showWithNotice(binder, invalid);
            } catch (ResetLinkException spent) {
                showRefusal(spent);
            }
        });
    }

    private void showRefusal(ResetLinkException why) {
        refusal.setText(why.getMessage());
        form.setVisible(false);
        refused.setVisible(true);
    }
}
