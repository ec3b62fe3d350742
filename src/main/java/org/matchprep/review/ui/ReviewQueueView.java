package org.matchprep.review.ui;

import java.time.ZoneId;
import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
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
import org.matchprep.review.QueueItem;
import org.matchprep.review.ReviewStatus;
import org.matchprep.review.SharingService;

/** A mentor's review queue: what paired applicants shared, grouped by where the review stands. */
@Route("reviews")
@PageTitle("Reviews · MatchPrep")
@Menu(title = "Reviews", order = 15, icon = "vaadin:comment-ellipsis-o")
@RolesAllowed(Roles.MENTOR)
public class ReviewQueueView extends VerticalLayout {

    ReviewQueueView(SharingService sharing, DossierSharingService dossierSharing, AccountService accounts) {
        addClassName("page");
        ZoneId zone = accounts.myAccount().timeZone();
        add(new ViewHeader("Review queue", "Answers and program dossiers your applicants shared with you. Requested reviews come first."));
        List<QueueItem> queue = sharing.reviewQueue();
        if (queue.isEmpty()) {
            Paragraph empty = new Paragraph("No answers to review yet. When an applicant you mentor shares an answer or "
                    + "requests a review, it appears here and under the bell.");
            empty.addClassName("empty-state");
            add(empty);
        }
        addAnswers(queue, zone);
        add(SharedDossierList.section("Program dossiers shared with you", dossierSharing.sharedWithMe(), zone,
                "No program dossiers shared with you yet. When an applicant shares one, it appears here."));
    }

    private void addAnswers(List<QueueItem> queue, ZoneId zone) {
        for (ReviewStatus status : List.of(ReviewStatus.REQUESTED, ReviewStatus.IN_REVIEW, ReviewStatus.NONE, ReviewStatus.DONE)) {
            List<QueueItem> group = queue.stream().filter(item -> item.status() == status).toList();
            if (group.isEmpty()) {
                continue;
            }
            H2 title = new H2(heading(status) + " (" + group.size() + ")");
            title.addClassName("section-heading");
            add(title);
            Div list = new Div();
            list.addClassName("review-list");
            group.forEach(item -> list.add(row(item, zone)));
            add(list);
        }
    }

    private static String heading(ReviewStatus status) {
        return switch (status) {
            case REQUESTED -> "Review requested";
            case IN_REVIEW -> "In review";
            case NONE -> "Shared with you";
            case DONE -> "Reviewed";
        };
    }

    private static Div row(QueueItem item, ZoneId zone) {
        Div row = new Div();
        row.addClassName("review-row");
        row.addClassName("card");
        Anchor open = new Anchor("review/" + item.answerId(), item.questionText());
        open.addClassName("review-row-title");
        Span meta = new Span(item.applicantName() + " · " + item.category().label() + " · saved "
                + Times.dateTime(item.updatedAt(), zone)
                + (item.requestedAt() != null ? " · requested " + Times.dateTime(item.requestedAt(), zone) : ""));
        meta.addClassName("question-meta");
        row.add(open, meta);
        if (item.note() != null) {
            Paragraph note = new Paragraph("“" + item.note() + "”");
            note.addClassName("review-note");
            row.add(note);
        }
        Div badges = new Div();
        badges.addClassName("row-actions");
        if (item.changedSinceReview()) {
            Span changed = new Span("Changed since your review");
            changed.getElement().getThemeList().addAll(List.of("badge", "warning"));
            badges.add(changed);
        }
        if (item.openThreads() > 0) {
            Span open2 = new Span(item.openThreads() + (item.openThreads() == 1 ? " open thread" : " open threads"));
            open2.getElement().getThemeList().addAll(List.of("badge", "primary"));
            badges.add(open2);
        }
        row.add(badges);
        return row;
    }
}
