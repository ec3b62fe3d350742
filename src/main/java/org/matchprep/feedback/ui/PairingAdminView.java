package org.matchprep.feedback.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.matchprep.account.AccountAdminService;
import org.matchprep.account.AccountService;
import org.matchprep.account.AccountSummary;
import org.matchprep.account.Role;
import org.matchprep.account.Roles;
import org.springframework.dao.DataIntegrityViolationException;
import org.matchprep.base.ui.Notices;
import org.matchprep.base.ui.ViewHeader;
import org.matchprep.feedback.MentorInvitationService;
import org.matchprep.feedback.PairingException;
import org.matchprep.feedback.PairingService;
import org.matchprep.feedback.PairingSummary;

/** Admins pair applicants with mentors directly and see every open pairing. */
@Route("admin/pairings")
@PageTitle("Pairings · MatchPrep")
@Menu(title = "Pairings", order = 81, icon = "vaadin:connect")
@RolesAllowed(Roles.ADMIN)
public class PairingAdminView extends VerticalLayout {

    final ComboBox<AccountSummary> applicant = new ComboBox<>("Applicant");
    final ComboBox<AccountSummary> mentor = new ComboBox<>("Mentor");
    final Button pair = new Button("Pair");
    final Grid<PairingSummary> grid = new Grid<>(PairingSummary.class, false);

    final MentorInvitationRequests mentorInvitations;

    private final PairingService pairings;

    PairingAdminView(PairingService pairings, AccountAdminService accounts, MentorInvitationService invitations,
                     AccountService accountService) {
        this.pairings = pairings;
        this.mentorInvitations = new MentorInvitationRequests(invitations, accountService.myAccount().timeZone(), () -> { });
        addClassName("page");
        setSizeFull();
        applicant.setItems(query -> accounts.findAccounts(query.getFilter().orElse(""), Role.APPLICANT,
                query.getOffset(), query.getLimit()).stream().filter(AccountSummary::enabled));
        mentor.setItems(query -> accounts.findAccounts(query.getFilter().orElse(""), Role.MENTOR,
                query.getOffset(), query.getLimit()).stream().filter(AccountSummary::enabled));
        for (ComboBox<AccountSummary> box : new ComboBox[] {applicant, mentor}) {
            box.setItemLabelGenerator(account -> account.displayName() + " (" + account.email() + ")");
            box.setWidth("min(22rem, 100%)");
        }
        pair.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        pair.addClickListener(click -> pair());
        Div form = new Div(applicant, mentor, pair);
        form.addClassNames("filter-bar", "invite-form");

        grid.addColumn(PairingSummary::applicantName).setHeader("Applicant").setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(PairingSummary::mentorName).setHeader("Mentor").setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(pairing -> pairing.status().label()
                + (pairing.invitedByAdmin() ? " (paired by an admin)" : "")).setHeader("Status").setAutoWidth(true);
        grid.addComponentColumn(pairing -> {
            Button end = new Button("End", click -> {
                pairings.end(pairing.id());
                Notices.success("Ended the pairing of " + pairing.applicantName() + " and " + pairing.mentorName() + ".");
                refresh();
            });
            end.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            end.setAriaLabel("End pairing of " + pairing.applicantName() + " and " + pairing.mentorName());
            return end;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText("No pairings yet. Choose an applicant and a mentor above.");
        add(new ViewHeader("Pairings", "Who advises whom. Applicants can also invite mentors themselves."), form,
                mentorInvitations, grid);
        setFlexGrow(1, grid);
        refresh();
    }

    void pair() {
        if (applicant.isEmpty() || mentor.isEmpty()) {
            Notices.error("Choose an applicant and a mentor.");
            return;
        }
        try {
            PairingSummary paired = pairings.pair(applicant.getValue().id(), mentor.getValue().id());
            Notices.success(paired.applicantName() + " now works with " + paired.mentorName() + ".");
            applicant.clear();
            mentor.clear();
            refresh();
        } catch (PairingException refused) {
            Notices.error(refused.getMessage());
        } catch (DataIntegrityViolationException sameMomentPairing) {
            // someone paired or invited the same two people at the same moment; the database kept one
            Notices.error("These two were paired a moment ago.");
            refresh();
        }
    }

    void refresh() {
        grid.setItems(pairings.allOpenPairings());
    }
}
