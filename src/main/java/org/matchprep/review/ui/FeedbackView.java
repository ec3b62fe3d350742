package org.matchprep.review.ui;

import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.matchprep.account.AccountService;
import org.matchprep.account.Roles;
import org.matchprep.base.ui.Times;
import org.matchprep.base.ui.ViewHeader;
import org.matchprep.review.DossierSharingService;
import org.matchprep.review.SharedItem;
import org.matchprep.review.SharingService;

/** The applicant's answers that mentors can read, with where each review stands. */
@Route("feedback")
@PageTitle("Feedback · MatchPrep")
@Menu(title = "Feedback", order = 45, icon = "vaadin:comment-ellipsis-o")
@RolesAllowed(Roles.APPLICANT)
public class FeedbackView extends VerticalLayout {

    FeedbackView(SharingService sharing, DossierSharingService dossierSharing, AccountService accounts) {
        addClassName("page");
        ZoneId zone = accounts.myAccount().timeZone();
        add(new ViewHeader("Shared answers and feedback",
                "Answers and program dossiers your mentors can read, their review status and open comment threads. "
                        + "To share another answer, open it from Questions or Narrative and choose \"Share and feedback\"."));
        List<SharedItem> items = sharing.mySharedItems();
        if (items.isEmpty()) {
            Div empty = new Div(new Paragraph("No answer is shared yet. Open an answer you have written, choose "
                    + "\"Share and feedback\", tick a mentor and request a review."), new Anchor("questions", "Go to Questions"));
            empty.addClassName("empty-state");
            add(empty);
        } else {
            add(answers(items, zone));
        }
        add(SharedDossierList.section("Shared program dossiers", dossierSharing.mySharedDossiers(), zone,
                "No program dossier is shared yet. Open one under Programs and choose \"Share and feedback\"."));
    }

    private static Div answers(List<SharedItem> items, ZoneId zone) {
        Div list = new Div();
        list.addClassName("review-list");
        for (SharedItem item : items) {
            Div row = new Div();
            row.addClassName("review-row");
            row.addClassName("card");
            Anchor open = new Anchor("review/" + item.answerId(), item.questionText());
            open.addClassName("review-row-title");
            Span meta = new Span(item.category().label() + " · saved " + Times.dateTime(item.updatedAt(), zone));
            meta.addClassName("question-meta");
            Span with = new Span("Shared with " + item.sharedWith().stream()
                    .map(target -> target.mentorName() + " (" + target.status().label().toLowerCase() + ")")
                    .collect(Collectors.joining(", ")));
            Span threads = new Span(item.openThreads() == 0 ? "No open comments"
                    : item.openThreads() + (item.openThreads() == 1 ? " open comment thread" : " open comment threads"));
            threads.getElement().getThemeList().addAll(List.of("badge", item.openThreads() == 0 ? "contrast" : "primary"));
            row.add(open, meta, with, threads);
            list.add(row);
        }
        return list;
    }
}
