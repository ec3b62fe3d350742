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
import org.matchprep.security.InvitationLinkException;
import org.matchprep.security.InvitationService;
import org.matchprep.security.InvitationService.LinkState;

/**
 * The page an invitation mail links to: with a good link, the invited person chooses their password twice and
 * can then sign in; a used, expired or replaced link says so (decision 018).
 */
@Route(value = InvitationService.ROUTE, autoLayout = false)
@PageTitle("Accept your invitation · MatchPrep")
@AnonymousAllowed
public class AcceptInvitationView extends VerticalLayout implements BeforeEnterObserver {

    /** What the form holds; the names are the ones the service reports problems under. */
    public record ChosenPassword(String password, String passwordRepeat) {
    }

    final Paragraph greeting = new Paragraph();
    final PasswordField password = new PasswordField("Choose a password");
    final PasswordField passwordRepeat = new PasswordField("Password again");
    final Button accept = new Button("Accept and set password");
    final Paragraph refusal = new Paragraph();

    private final InvitationService invitations;
    private final AuthenticationContext authentication;
    private final Binder<ChosenPassword> binder = Forms.binderFor(ChosenPassword.class);
    private final Div form;
    private final Div refused;
    private String token;

    AcceptInvitationView(InvitationService invitations, AuthenticationContext authentication) {
        this.invitations = invitations;
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
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        accept.addClickShortcut(Key.ENTER);
        accept.addClickListener(click -> accept());

        FormLayout fields = new FormLayout(password, passwordRepeat);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form = new Div(new H1("Welcome to MatchPrep"), greeting, fields, accept);
        form.addClassName("auth-card");

        refusal.getElement().setAttribute("role", "alert");
        refused = new Div(new H1("This invitation cannot be used"), refusal,
                new Paragraph(new Anchor("forgot-password", "Already accepted? Reset your password")));
        refused.addClassName("auth-card");
        refused.setVisible(false);

        Paragraph signIn = new Paragraph("Have a password already? ");
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
        LinkState state = invitations.check(token);
        if (state != LinkState.VALID) {
            showRefusal(new InvitationLinkException(state));
            return;
        }
        invitations.invitee(token).ifPresentOrElse(
                invitee -> greeting.setText("Hello " + invitee.displayName() + ", choose the password you will sign in"
                        + " with as " + invitee.email() + "."),
                () -> showRefusal(new InvitationLinkException(LinkState.UNKNOWN)));
    }

    void accept() {
        Forms.record(binder).ifPresent(chosen -> {
            try {
                invitations.accept(token, chosen.password(), chosen.passwordRepeat());
                Notices.success("Your password is set. Sign in with it.");
                UI.getCurrent().navigate("login");
            } catch (InvalidAccountInputException invalid) {
                FormErrors.showWithNotice(binder, invalid);
            } catch (InvitationLinkException spent) {
                showRefusal(spent);
            }
        });
    }

    private void showRefusal(InvitationLinkException why) {
        refusal.setText(why.getMessage());
        form.setVisible(false);
        refused.setVisible(true);
    }
}
