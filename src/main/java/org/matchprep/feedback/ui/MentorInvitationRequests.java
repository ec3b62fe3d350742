package org.matchprep.feedback.ui;

import java.time.ZoneId;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import org.matchprep.base.ui.Notices;
import org.matchprep.base.ui.Times;
import org.matchprep.feedback.MentorInvitationService;
import org.matchprep.feedback.MentorInvitationSummary;
import org.matchprep.feedback.PairingException;

/**
 * Applicants' requests to invite a mentor who has no account (decision 018), for admins to approve (the mentor
 * is mailed an invitation) or decline.
 */
class MentorInvitationRequests extends Div {

    final Grid<MentorInvitationSummary> grid = new Grid<>(MentorInvitationSummary.class, false);

    private final MentorInvitationService invitations;
    private final Runnable onApproved;

    MentorInvitationRequests(MentorInvitationService invitations, ZoneId viewerZone, Runnable onApproved) {
        this.invitations = invitations;
        this.onApproved = onApproved;
        addClassName("card");
        grid.addColumn(MentorInvitationSummary::applicantName).setHeader("Applicant").setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(request -> request.mentorName() + " (" + request.mentorEmail() + ")").setHeader("Mentor to invite")
                .setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(request -> Times.date(request.requestedAt(), viewerZone)).setHeader("Asked").setAutoWidth(true);
        grid.addComponentColumn(request -> {
            Button approve = new Button("Approve", click -> approve(request));
            approve.setAriaLabel("Approve inviting " + request.mentorName() + " for " + request.applicantName());
            Button decline = new Button("Decline", click -> decline(request));
            decline.setAriaLabel("Decline inviting " + request.mentorName() + " for " + request.applicantName());
            approve.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            decline.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            return new Div(approve, decline);
        }).setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("No applicant is waiting for a mentor to be invited.");
        add(new H2("Mentor invitations waiting for approval"), grid);
        refresh();
    }

    void approve(MentorInvitationSummary request) {
        try {
            invitations.approve(request.id());
            Notices.success("Invited " + request.mentorEmail() + " as a mentor for " + request.applicantName() + ".");
            onApproved.run();
        } catch (PairingException refused) {
            Notices.error(refused.getMessage());
        }
        refresh();
    }

    void decline(MentorInvitationSummary request) {
        try {
            invitations.decline(request.id());
            Notices.success("Declined inviting " + request.mentorEmail() + "; " + request.applicantName() + " is told.");
        } catch (PairingException refused) {
            Notices.error(refused.getMessage());
        }
        refresh();
    }

    void refresh() {
        grid.setItems(invitations.pendingRequests());
    }
}
