package org.matchprep.feedback.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.matchprep.account.Roles;
import org.matchprep.base.ui.Notices;
import org.matchprep.base.ui.ViewHeader;
import org.matchprep.feedback.PairingRoutes;
import org.matchprep.feedback.PairingService;
import org.matchprep.feedback.PairingSummary;

/** A mentor's applicants and the invitations waiting for an answer. */
@Route(PairingRoutes.APPLICANTS)
@PageTitle("Applicants · MatchPrep")
@Menu(title = "Applicants", order = 10, icon = "vaadin:users")
@RolesAllowed(Roles.MENTOR)
public class MyApplicantsView extends VerticalLayout {

    final Div invitations = new Div();
    final Div applicants = new Div();

    private final PairingService pairings;

    MyApplicantsView(PairingService pairings) {
        this.pairings = pairings;
        addClassName("page");
        invitations.addClassName("pairing-list");
        applicants.addClassName("pairing-list");
        add(new ViewHeader("Applicants", "The applicants you advise, and those who asked you to."), invitations, applicants);
        refresh();
    }

    void refresh() {
        invitations.removeAll();
        List<PairingSummary> waiting = pairings.invitations();
        if (!waiting.isEmpty()) {
            invitations.add(new H2("Invitations"));
            for (PairingSummary invitation : waiting) {
                Button accept = new Button("Accept", click -> {
                    pairings.accept(invitation.id());
                    Notices.success("You now advise " + invitation.applicantName() + ".");
                    refresh();
                });
                accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
                accept.setAriaLabel("Accept " + invitation.applicantName());
                Button decline = new Button("Decline", click -> {
                    pairings.decline(invitation.id());
                    Notices.success("Declined.");
                    refresh();
                });
                decline.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                decline.setAriaLabel("Decline " + invitation.applicantName());
                invitations.add(new PairingCard(invitation.applicantName(), invitation.applicantEmail(),
                        "Asks you to mentor them", false, accept, decline));
            }
        }
        applicants.removeAll();
        applicants.add(new H2("Your applicants"));
        List<PairingSummary> mine = pairings.myApplicants();
        if (mine.isEmpty()) {
            Paragraph empty = new Paragraph("No applicants yet. Applicants invite you by your email, or an admin pairs you.");
            empty.addClassName("empty-state");
            applicants.add(empty);
        }
        for (PairingSummary pairing : mine) {
            Button end = new Button("End pairing", click -> confirmEnd(pairing));
            end.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            end.setAriaLabel("End pairing with " + pairing.applicantName());
            applicants.add(new PairingCard(pairing.applicantName(), pairing.applicantEmail(), "Active", true, end));
        }
    }

    private void confirmEnd(PairingSummary pairing) {
        ConfirmDialog confirm = new ConfirmDialog("End the pairing with " + pairing.applicantName() + "?",
                "They keep everything they wrote; you stop seeing what they share.", "End", confirmed -> {
                    pairings.end(pairing.id());
                    Notices.success("Pairing ended.");
                    refresh();
                });
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }
}
