package org.matchprep.feedback.ui;

import java.util.List;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.matchprep.account.Roles;
import org.springframework.dao.DataIntegrityViolationException;
import org.matchprep.base.ui.Notices;
import org.matchprep.base.ui.ViewHeader;
import org.matchprep.feedback.MentorInvitationService;
import org.matchprep.feedback.PairingException;
import org.matchprep.feedback.PairingRoutes;
import org.matchprep.feedback.PairingService;
import org.matchprep.feedback.PairingStatus;
import org.matchprep.feedback.PairingSummary;

/**
 * An applicant's mentors: invite one by email, or ask admins to invite one who has no account yet, see who
 * accepted, end a pairing.
 */
@Route(PairingRoutes.MENTORS)
@PageTitle("Mentors · MatchPrep")
@Menu(title = "Mentors", order = 40, icon = "vaadin:academy-cap")
@RolesAllowed(Roles.APPLICANT)
public class MyMentorsView extends VerticalLayout {

    final EmailField mentorEmail = new EmailField("Mentor's email");
    final Button invite = new Button("Invite");
    final Div list = new Div();

    final MentorInvitationRequestCard invitationRequests;

    private final PairingService pairings;

    MyMentorsView(PairingService pairings, MentorInvitationService invitations) {
        this.pairings = pairings;
        this.invitationRequests = new MentorInvitationRequestCard(invitations);
        addClassName("page");
        mentorEmail.setHelperText("The address your mentor signs in to MatchPrep with.");
        mentorEmail.setWidth("min(24rem, 100%)");
        mentorEmail.setClearButtonVisible(true);
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        invite.addClickShortcut(Key.ENTER);
        invite.addClickListener(click -> invite());
        Div form = new Div(mentorEmail, invite);
        form.addClassName("filter-bar");
        form.addClassName("invite-form");
        Div inviteCard = new Div(new H2("Invite a mentor"), form);
        inviteCard.addClassName("card");
        list.addClassName("pairing-list");
        add(new ViewHeader("Mentors", "The radiologists, residents and advisors who review your answers and run your mock interviews."),
                inviteCard, invitationRequests, list);
        refresh();
    }

    void invite() {
        try {
            PairingSummary invited = pairings.inviteMentor(mentorEmail.getValue());
            mentorEmail.clear();
            mentorEmail.setInvalid(false);
            Notices.success("Invitation sent to " + invited.mentorName() + ".");
            refresh();
        } catch (PairingException refused) {
            mentorEmail.setErrorMessage(refused.getMessage());
            mentorEmail.setInvalid(true);
        } catch (DataIntegrityViolationException sameMomentInvite) {
            // another tab invited the same mentor at the same moment; the database kept one invitation
            mentorEmail.setErrorMessage("You have just invited this mentor.");
            mentorEmail.setInvalid(true);
            refresh();
        }
    }

    void refresh() {
        list.removeAll();
        List<PairingSummary> mine = pairings.myMentors();
        if (mine.isEmpty()) {
            Div empty = new Div(new H2("No mentors yet"),
                    new Paragraph("Invite the mentor you work with by their email, or ask your advising office to pair you."));
            empty.addClassNames("card", "empty-state");
            list.add(empty);
            return;
        }
        for (PairingSummary pairing : mine) {
            boolean active = pairing.status() == PairingStatus.ACTIVE;
            Button end = new Button(active ? "End pairing" : "Withdraw invitation", click -> confirmEnd(pairing));
            end.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            end.setAriaLabel((active ? "End pairing with " : "Withdraw invitation to ") + pairing.mentorName());
            list.add(new PairingCard(pairing.mentorName(), pairing.mentorEmail(),
                    active ? "Active" : "Invited, waiting for an answer", active, end));
        }
    }

    private void confirmEnd(PairingSummary pairing) {
        ConfirmDialog confirm = new ConfirmDialog(
                pairing.status() == PairingStatus.ACTIVE ? "End the pairing with " + pairing.mentorName() + "?"
                        : "Withdraw the invitation to " + pairing.mentorName() + "?",
                "Nothing you wrote is deleted; you can invite them again later.", "End", confirmed -> {
                    pairings.end(pairing.id());
                    Notices.success("Done.");
                    refresh();
                });
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }
}
