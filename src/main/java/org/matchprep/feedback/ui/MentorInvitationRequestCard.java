package org.matchprep.feedback.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import org.matchprep.base.ui.Notices;
import org.matchprep.feedback.MentorInvitationService;
import org.matchprep.feedback.MentorInvitationSummary;
import org.matchprep.feedback.PairingException;
import org.matchprep.feedback.domain.MentorInvitation;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * "My mentor has no account yet": the applicant asks admins to invite them (decision 018), and sees the requests
 * still open. Once the mentor accepts, they appear among the mentors above.
 */
class MentorInvitationRequestCard extends Div {

    final TextField mentorName = new TextField("Mentor's name");
    final EmailField mentorEmail = new EmailField("Mentor's email");
    final Button ask = new Button("Ask an admin to invite them");
    final Div requests = new Div();

    private final MentorInvitationService invitations;

    MentorInvitationRequestCard(MentorInvitationService invitations) {
        this.invitations = invitations;
        addClassName("card");
        mentorName.setMaxLength(MentorInvitation.NAME_MAX_LENGTH);
        mentorEmail.setMaxLength(MentorInvitation.EMAIL_MAX_LENGTH);
        mentorEmail.setWidth("min(24rem, 100%)");
        ask.addClickListener(click -> ask());
        Div form = new Div(mentorName, mentorEmail, ask);
        form.addClassNames("filter-bar", "invite-form");
        requests.addClassName("pairing-list");
        add(new H2("Mentor not on MatchPrep yet?"),
                new Paragraph("An admin approves each new mentor; then your mentor gets an e-mail to set a password,"
                        + " and once they do, you are paired."), form, requests);
        refresh();
    }

    void ask() {
        try {
            MentorInvitationSummary asked = invitations.requestInvitation(mentorName.getValue(), mentorEmail.getValue());
            mentorName.clear();
            mentorEmail.clear();
            mentorEmail.setInvalid(false);
            Notices.success("Asked an admin to invite " + asked.mentorName() + ".");
            refresh();
        } catch (PairingException refused) {
            mentorEmail.setErrorMessage(refused.getMessage());
            mentorEmail.setInvalid(true);
        } catch (DataIntegrityViolationException sameMoment) {
            // another tab asked for the same address at the same moment; the database kept one request
            mentorEmail.setErrorMessage("You have just asked for this mentor to be invited.");
            mentorEmail.setInvalid(true);
            refresh();
        }
    }

    void refresh() {
        requests.removeAll();
        for (MentorInvitationSummary request : invitations.myRequests()) {
            requests.add(new PairingCard(request.mentorName(), request.mentorEmail(), request.pending()
                    ? "Waiting for an admin's approval" : "Invited, waiting for them to set a password", false));
        }
    }
}
