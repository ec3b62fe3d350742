package org.matchprep.home;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import org.matchprep.account.AccountSummary;
import org.matchprep.account.ui.ProfileView;

/** A mentor's home: their applicants and review queue, empty until someone shares work with them. */
class MentorHome extends Div {

    MentorHome(AccountSummary me) {
        addClassName("home-grid");

        Div queue = new Div(new H2("Review queue"),
                new Paragraph("Nothing to review yet. When an applicant shares an answer and asks for a review, it waits here."));
        queue.addClassName("card");
        queue.addClassName("empty-state");

        Div applicants = new Div(new H2("Your applicants"),
                new Paragraph("No applicants are paired with you yet."));
        applicants.addClassName("card");
        applicants.addClassName("empty-state");

        Div account = new Div(new H2("Your account"),
                new Paragraph("Time zone: " + me.timeZone().getId()
                        + ". Applicants booking from abroad see your times converted to theirs."),
                new RouterLink("Edit profile and time zone", ProfileView.class));
        account.addClassName("card");

        add(queue, applicants, account);
    }
}
