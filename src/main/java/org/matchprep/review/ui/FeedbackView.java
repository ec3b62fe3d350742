package org.matchprep.review.ui;

import java.time.ZoneId;
import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.matchprep.account.AccountService;
import org.matchprep.account.Roles;
import org.matchprep.base.ui.ViewHeader;
import org.matchprep.review.SharedItem;
import org.matchprep.review.SharingService;

/** The applicant's items (answers, program dossiers) that mentors can read, with where each review stands. */
@Route("feedback")
@PageTitle("Feedback · MatchPrep")
@Menu(title = "Feedback", order = 45, icon = "vaadin:comment-ellipsis-o")
@RolesAllowed(Roles.APPLICANT)
public class FeedbackView extends VerticalLayout {

    FeedbackView(SharingService sharing, AccountService accounts) {
        addClassName("page");
        ZoneId zone = accounts.myAccount().timeZone();
        add(new ViewHeader("Shared answers and feedback",
                "What your mentors can read (answers, dossiers, shortlists, thank-you notes and letters), its review status and open comment threads. "
                        + "To share another, open it and choose \"Share and feedback\"."));
        List<SharedItem> items = sharing.mySharedItems();
        if (items.isEmpty()) {
            Div empty = new Div(new Paragraph("Nothing is shared yet. Open an answer you have written (or a program "
                    + "dossier), choose \"Share and feedback\", tick a mentor and request a review."),
                    new Anchor("questions", "Go to Questions"), new Anchor("programs", "Go to Programs"));
            empty.addClassNames("empty-state", "page-links");
            add(empty);
            return;
        }
        add(ReviewRows.list(items.stream().map(item -> ReviewRows.shared(item, zone)).toList()));
    }
}
