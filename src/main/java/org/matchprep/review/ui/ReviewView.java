package org.matchprep.review.ui;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.matchprep.account.AccountService;
import org.matchprep.account.Roles;
import org.matchprep.answers.RevisionDiff;
import org.matchprep.answers.ui.DiffText;
import org.matchprep.base.ui.Notices;
import org.matchprep.base.ui.Times;
import org.matchprep.base.ui.ViewHeader;
import org.matchprep.review.NewThread;
import org.matchprep.review.ReviewPage;
import org.matchprep.review.ReviewPage.PartText;
import org.matchprep.review.ReviewService;
import org.matchprep.review.ReviewStatus;
import org.matchprep.review.SharingService;
import org.matchprep.review.ThreadView;
import org.springframework.security.access.AccessDeniedException;

/**
 * One shared answer under review. The mentor reads the current revision, selects a passage and comments
 * on it; the applicant sees the passages highlighted and replies. Both resolve and reopen threads. Every
 * action goes through the services, so a share revoked meanwhile is refused cleanly.
 */
@Route("review/:answerId")
@RolesAllowed({Roles.APPLICANT, Roles.MENTOR})
public class ReviewView extends PassageReviewView implements BeforeEnterObserver, HasDynamicTitle {

    private final ReviewService reviews;
    private final SharingService sharing;

    private long answerId;
    ReviewPage page;

    ReviewView(ReviewService reviews, SharingService sharing, AccountService accounts) {
        super(accounts.myAccount().timeZone(), "answer");
        this.reviews = reviews;
        this.sharing = sharing;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            answerId = Long.parseLong(event.getRouteParameters().get("answerId").orElse(""));
            page = reviews.open(answerId);
        } catch (NumberFormatException | AccessDeniedException notYours) {
            Notices.error("This answer is not shared with you (any more).");
            event.forwardTo("");
            return;
        }
        render();
    }

    @Override
    public String getPageTitle() {
        return "Review · MatchPrep";
    }

    @Override
    List<PartText> parts() {
        return page.parts();
    }

    @Override
    List<ThreadView> threads() {
        return page.threads();
    }

    @Override
    boolean viewerIsMentor() {
        return page.viewerIsMentor();
    }

    @Override
    void load() {
        page = reviews.open(answerId);
    }

    @Override
    String noCommentsYet() {
        return "No comments yet. Share this answer with a mentor and request a review; their comments appear here.";
    }

    @Override
    String leaveTo() {
        return page.viewerIsMentor() ? "reviews" : "feedback";
    }

    @Override
    ThreadCalls calls() {
        return new ThreadCalls((chosen, body) -> reviews.startThread(new NewThread(answerId, page.revisionId(),
                chosen.partKey(), chosen.start(), chosen.end(), chosen.quote(), body)),
                reviews::reply, reviews::editComment, reviews::deleteComment, reviews::resolve, reviews::reopen);
    }

    @Override
    void renderTop() {
        if (page.viewerIsMentor()) {
            top.add(new RouterLink("← Review queue", ReviewQueueView.class));
        } else {
            Div links = new Div(new RouterLink("← Shared answers", FeedbackView.class),
                    new Anchor("answers/" + page.question().id(), "Edit this answer"));
            links.addClassName("page-links");
            top.add(links);
        }
        String who = page.viewerIsMentor() ? page.applicantName() + "'s answer" : "Your answer";
        top.add(new ViewHeader(page.question().text(), who + " · revision " + page.revisionNumber() + " · saved "
                + Times.dateTime(page.updatedAt(), zone)));
        top.add(page.viewerIsMentor() ? mentorBar() : new SharingPanel(sharing, page.question().id(), this::reload));
    }

    private Component mentorBar() {
        Div bar = new Div();
        bar.addClassName("review-bar");
        Span status = new Span(page.reviewStatus().label());
        status.getElement().getThemeList().addAll(List.of("badge", page.reviewStatus() == ReviewStatus.DONE ? "success" : "primary"));
        bar.add(status);
        if (page.changedSinceReview()) {
            Button changes = new Button("Changes since your review (revision " + page.reviewedRevisionNumber() + ")",
                    click -> showChanges());
            bar.add(changes);
        }
        Button done = new Button(page.reviewStatus() == ReviewStatus.DONE && !page.changedSinceReview()
                ? "Reviewed" : "Mark review done", click -> act(() -> {
                    reviews.finishReview(answerId);
                    Notices.success("Marked as reviewed. Next time you will see what changed since.");
                }));
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        done.setEnabled(page.reviewStatus() != ReviewStatus.DONE || page.changedSinceReview());
        bar.add(done);
        if (page.reviewNote() != null) {
            Paragraph note = new Paragraph("Note from " + page.applicantName() + ": " + page.reviewNote());
            note.addClassName("review-note");
            bar.add(note);
        }
        return bar;
    }

    private void showChanges() {
        act(() -> {
            Optional<RevisionDiff> changes = reviews.changesSinceMyLastReview(answerId);
            Dialog dialog = new Dialog();
            dialog.setHeaderTitle("What changed since your last review");
            dialog.setWidth("min(48rem, 95vw)");
            dialog.add(changes.<Component>map(diff -> new Div(new Paragraph("Revision " + diff.fromNumber()
                    + " → revision " + diff.toNumber() + ". Added words are underlined, removed ones struck through."),
                    new DiffText(diff))).orElseGet(() -> new Paragraph("Nothing changed since your last review.")));
            Button close = new Button("Close", click -> dialog.close());
            dialog.getFooter().add(close);
            dialog.open();
        }, false);
    }
}
