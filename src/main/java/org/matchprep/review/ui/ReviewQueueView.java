package org.matchprep.review.ui;

import java.time.ZoneId;
import java.util.List;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.matchprep.account.AccountService;
import org.matchprep.account.AccountSummary;
import org.matchprep.account.Roles;
import org.matchprep.base.ui.ViewHeader;
import org.matchprep.review.QueueItem;
import org.matchprep.review.ReviewStatus;
import org.matchprep.review.SharingService;

/** A mentor's review queue: everything paired applicants shared, grouped by where the review stands. */
@Route("reviews")
@PageTitle("Reviews · MatchPrep")
@Menu(title = "Reviews", order = 15, icon = "vaadin:comment-ellipsis-o")
@RolesAllowed(Roles.MENTOR)
public class ReviewQueueView extends VerticalLayout {

    private final SharingService sharing;
    private final ZoneId zone;
    private final VerticalLayout groups = new VerticalLayout();

    ReviewQueueView(SharingService sharing, AccountService accounts, LiveReviews live) {
        this.sharing = sharing;
        addClassName("page");
        AccountSummary me = accounts.myAccount();
        zone = me.timeZone();
        groups.setPadding(false);
        groups.addClassName("review-queue-groups");
        add(new ViewHeader("Review queue", "Answers, dossiers, shortlists, thank-you notes and letters your applicants shared with you. Requested reviews come first."),
                groups);
        showQueue();
        // a new share or review request on any node shows up here without a reload
        live.queueWhileAttached(this, me.id(), this::showQueue);
    }

    void showQueue() {
        groups.removeAll();
        List<QueueItem> queue = sharing.reviewQueue();
        if (queue.isEmpty()) {
            Paragraph empty = new Paragraph("Nothing to review yet. When an applicant you mentor shares an answer or a "
                    + "program dossier, or requests a review, it appears here and under the bell.");
            empty.addClassName("empty-state");
            groups.add(empty);
        }
        for (ReviewStatus status : List.of(ReviewStatus.REQUESTED, ReviewStatus.IN_REVIEW, ReviewStatus.NONE, ReviewStatus.DONE)) {
            List<QueueItem> group = queue.stream().filter(item -> item.status() == status).toList();
            if (group.isEmpty()) {
                continue;
            }
            H2 title = new H2(heading(status) + " (" + group.size() + ")");
            title.addClassName("section-heading");
            groups.add(title, ReviewRows.list(group.stream().map(item -> ReviewRows.queued(item, zone)).toList()));
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
}
