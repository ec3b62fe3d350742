package org.matchprep.review.ui;

import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.matchprep.account.AccountService;
import org.matchprep.account.Roles;
import org.matchprep.base.ui.Notices;
import org.matchprep.base.ui.Times;
import org.matchprep.base.ui.ViewHeader;
import org.matchprep.review.DossierReviewPage;
import org.matchprep.review.DossierReviewService;
import org.matchprep.review.DossierSharingService;
import org.matchprep.review.NewDossierThread;
import org.matchprep.review.ReviewPage.PartText;
import org.matchprep.review.ThreadView;
import org.springframework.security.access.AccessDeniedException;

/**
 * One program dossier (with the impressions of its interviews) shared for feedback. The mentor selects a
 * passage and comments; the applicant chooses which mentors may read it, sees the passages highlighted and
 * replies. The same layout and threads as a shared answer ({@link ReviewView}).
 */
@Route("review/dossier/:dossierId")
@RolesAllowed({Roles.APPLICANT, Roles.MENTOR})
public class DossierReviewView extends PassageReviewView implements BeforeEnterObserver, HasDynamicTitle {

    private final DossierReviewService reviews;
    private final DossierSharingService sharing;

    private long dossierId;
    DossierReviewPage page;

    DossierReviewView(DossierReviewService reviews, DossierSharingService sharing, AccountService accounts) {
        super(accounts.myAccount().timeZone(), "dossier");
        this.reviews = reviews;
        this.sharing = sharing;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            dossierId = Long.parseLong(event.getRouteParameters().get("dossierId").orElse(""));
            page = reviews.open(dossierId);
        } catch (NumberFormatException | AccessDeniedException notYours) {
            Notices.error("This dossier is not shared with you (any more).");
            event.forwardTo("");
            return;
        }
        render();
    }

    @Override
    public String getPageTitle() {
        return "Dossier feedback · MatchPrep";
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
        page = reviews.open(dossierId);
    }

    @Override
    String noCommentsYet() {
        return "No comments yet. Share this dossier with a mentor above; their comments appear here.";
    }

    @Override
    String leaveTo() {
        return page.viewerIsMentor() ? "reviews" : "feedback";
    }

    @Override
    ThreadCalls calls() {
        return new ThreadCalls((chosen, body) -> reviews.startThread(new NewDossierThread(dossierId,
                chosen.partKey(), chosen.start(), chosen.end(), chosen.quote(), body)),
                reviews::reply, reviews::editComment, reviews::deleteComment, reviews::resolve, reviews::reopen);
    }

    @Override
    void renderTop() {
        if (page.viewerIsMentor()) {
            top.add(new RouterLink("← Review queue", ReviewQueueView.class));
        } else {
            // by path: the season feature's views are not this feature's to import
            Div links = new Div(new RouterLink("← Shared answers and dossiers", FeedbackView.class),
                    new Anchor("programs/dossier/" + dossierId, "Edit this dossier"));
            links.addClassName("page-links");
            top.add(links);
        }
        String who = page.viewerIsMentor() ? page.applicantName() + "'s program dossier" : "Your program dossier";
        top.add(new ViewHeader(page.programName(), who + " with interview impressions · saved "
                + Times.dateTime(page.updatedAt(), zone)));
        if (!page.viewerIsMentor()) {
            top.add(new DossierSharingPanel(sharing, dossierId, this::reload));
        }
    }
}
