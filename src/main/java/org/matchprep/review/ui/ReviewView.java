package org.matchprep.review.ui;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.matchprep.account.AccountService;
import org.matchprep.account.Roles;
import org.matchprep.base.ui.Focus;
import org.matchprep.base.ui.Notices;
import org.matchprep.base.ui.Times;
import org.matchprep.base.ui.ViewHeader;
import org.matchprep.review.NewThread;
import org.matchprep.review.ReviewChanges;
import org.matchprep.review.ReviewException;
import org.matchprep.review.ReviewPage;
import org.matchprep.review.ReviewPage.PartText;
import org.matchprep.review.ReviewService;
import org.matchprep.review.SharingService;
import org.matchprep.review.SubjectRef;
import org.matchprep.review.ThreadView;
import org.matchprep.review.ThreadView.CommentView;
import org.matchprep.review.ui.CommentComposer.Selection;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * One shared item under review, of any kind (an answer, a program dossier...): the text with commented
 * passages highlighted, and beside it the mentor's composer and the threads. The mentor selects a passage
 * and comments; the applicant chooses which mentors may read it, asks for reviews, sees the passages
 * highlighted and replies. Every action goes through the services, so a share revoked meanwhile is refused
 * cleanly.
 */
@Route("review/:type/:id")
@RouteAlias("review/:id") // links from before dossiers were shared, which name an answer by its id alone
@RolesAllowed({Roles.APPLICANT, Roles.MENTOR})
public class ReviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ANSWER = "answer";

    private final ReviewService reviews;
    private final SharingService sharing;
    private final ZoneId zone;
    private SubjectRef subject;
    ReviewPage page;
    Selection selection;
    Long chosenThread;
    boolean showResolved;

    final PassageText text;
    private final Div side = new Div();
    private final Div top = new Div();
    private final Div heading = new Div();
    private final Div threadList = new Div();
    private final Map<Long, ThreadCard> cards = new HashMap<>();

    ReviewView(ReviewService reviews, SharingService sharing, AccountService accounts, LiveReviews live) {
        this.reviews = reviews;
        this.sharing = sharing;
        this.zone = accounts.myAccount().timeZone();
        addClassName("page");
        addClassName("review-page");
        text = new PassageText(true, new PassageText.Listener() {
            @Override
            public void passageSelected(String partKey, int start, int end, String quote) {
                choosePassage(new Selection(partKey, start, end, quote));
            }

            @Override
            public void threadChosen(long threadId) {
                chooseThread(threadId, true);
            }
        });
        side.addClassName("review-side");
        heading.addClassName("review-side-heading");
        threadList.addClassName("review-threads");
        ThreadCard.listenForButtons(threadList, cards::get);
        live.pageWhileAttached(this, () -> subject, this::showChangesFromElsewhere);
        Div columns = new Div(text, side);
        columns.addClassName("review-columns");
        add(top, columns);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            subject = SubjectRef.of(event.getRouteParameters().get("type").orElse(ANSWER),
                    Long.parseLong(event.getRouteParameters().get("id").orElse("")));
            page = reviews.open(subject);
        } catch (IllegalArgumentException | AccessDeniedException notYours) {
            // NumberFormatException and a malformed type are IllegalArgumentExceptions: the same refusal
            Notices.error(notYours instanceof AccessDeniedException ? notYours.getMessage()
                    : "This is not shared with you (any more).");
            event.forwardTo("");
            return;
        }
        render();
    }

    @Override
    public String getPageTitle() {
        return page == null || page.viewerIsMentor() ? "Review · MatchPrep" : "Feedback · MatchPrep";
    }

    private List<PartText> parts() {
        return page.parts();
    }

    private List<ThreadView> threads() {
        return page.threads();
    }

    private boolean viewerIsMentor() {
        return page.viewerIsMentor();
    }

    /** Draws the links, header and controls above the text. */
    private void renderTop() {
        if (viewerIsMentor()) {
            top.add(new RouterLink("← Review queue", ReviewQueueView.class));
        } else {
            Div links = new Div(new RouterLink("← Shared answers and dossiers", FeedbackView.class),
                    new Anchor(page.editLink(), "Edit this " + page.noun()));
            links.addClassName("page-links");
            top.add(links);
        }
        String whose = viewerIsMentor() ? page.applicantName() + "'s " + page.noun() : "Your " + page.noun();
        String revision = page.revisionNumber() == null ? "" : " · revision " + page.revisionNumber();
        top.add(new ViewHeader(page.title(), whose + " · " + page.category() + revision + " · saved "
                + Times.dateTime(page.updatedAt(), zone)));
        top.add(viewerIsMentor()
                ? new MentorReviewBar(page, zone, new MentorReviewBar.Calls() {
                    @Override
                    public void finishReview() {
                        reviews.finishReview(subject);
                    }

                    @Override
                    public Optional<ReviewChanges> changes() {
                        return reviews.changesSinceMyLastReview(subject);
                    }
                }, this::act)
                : new SharingPanel(sharing, subject, this::reload));
    }

    /** What the applicant reads while no one has commented yet. */
    private String noCommentsYet() {
        return "No comments yet. Share this " + page.noun() + " with a mentor above and request a review; "
                + "their comments appear here.";
    }

    /** Shows the passage the mentor selected in the composer, ready for a comment. */
    void choosePassage(Selection chosen) {
        if (!viewerIsMentor()) {
            return;
        }
        selection = chosen;
        renderSide();
    }

    void chooseThread(long threadId, boolean focusCard) {
        chosenThread = threadId;
        renderText();
        renderSide();
        if (focusCard) {
            side.getElement().executeJs("const card = this.querySelector('[data-thread=\"' + $0 + '\"]');"
                    + "if (card) { card.scrollIntoView({block: 'nearest'}); card.focus(); }", String.valueOf(threadId));
        }
    }

    void render() {
        top.removeAll();
        renderTop();
        renderText();
        renderSide();
    }

    void reload() {
        page = reviews.open(subject);
        render();
    }

    private void renderText() {
        text.show(parts(), visibleThreads(), chosenThread);
    }

    private List<ThreadView> visibleThreads() {
        return threads().stream().filter(thread -> showResolved || !thread.resolved()).toList();
    }

    private void renderSide() {
        side.removeAll();
        if (viewerIsMentor()) {
            side.add(composer());
        }
        side.add(heading, threadList);
        renderHeading();
        renderThreads();
    }

    private void renderHeading() {
        heading.removeAll();
        heading.add(new H2("Comments"));
        long resolved = threads().stream().filter(ThreadView::resolved).count();
        if (resolved > 0) {
            Checkbox toggle = new Checkbox("Show resolved (" + resolved + ")", showResolved);
            toggle.addValueChangeListener(change -> {
                showResolved = change.getValue();
                renderText();
                renderThreads();
            });
            heading.add(toggle);
        }
    }

    /**
     * Brings the thread list up to date, touching only what changed: a thread as it was keeps its card, a changed
     * one has its card redrawn (keeping a reply being typed), new ones are added in place, gone ones removed.
     */
    private void renderThreads() {
        List<ThreadView> shown = visibleThreads();
        Set<Long> shownIds = shown.stream().map(ThreadView::id).collect(Collectors.toSet());
        cards.keySet().removeIf(id -> !shownIds.contains(id));
        List<Component> wanted = new ArrayList<>();
        for (ThreadView thread : shown) {
            boolean chosen = chosenThread != null && chosenThread == thread.id();
            ThreadCard card = cards.get(thread.id());
            if (card == null) {
                card = new ThreadCard(thread, chosen, zone, cardActions());
                card.getElement().setAttribute("tabindex", "-1");
                cards.put(thread.id(), card);
            } else if (!card.thread.equals(thread) || card.chosen != chosen) {
                card.show(thread, chosen);
            }
            wanted.add(card);
        }
        if (shown.isEmpty()) {
            Paragraph empty = new Paragraph(viewerIsMentor()
                    ? "No comments yet. Select a passage in the " + page.noun() + " (or type it below) to comment on it."
                    : threads().isEmpty() ? noCommentsYet() : "All threads are resolved.");
            empty.addClassName("empty-state");
            wanted.add(empty);
        }
        threadList.getChildren().filter(child -> !wanted.contains(child)).toList().forEach(threadList::remove);
        for (int i = 0; i < wanted.size(); i++) {
            if (i >= threadList.getComponentCount() || threadList.getComponentAt(i) != wanted.get(i)) {
                threadList.addComponentAtIndex(i, wanted.get(i));
            }
        }
    }

    /**
     * What the other side did meanwhile, pushed to this open page (decision 019): read again with this viewer's
     * access, and shown without disturbing what they are doing (the composer, a reply being typed, the scroll).
     */
    void showChangesFromElsewhere() {
        if (page == null) {
            return;
        }
        ReviewPage fresh;
        try {
            fresh = reviews.open(subject);
        } catch (AccessDeniedException | ReviewException gone) {
            return; // the reader's next action says so; the page does not vanish under them
        }
        if (fresh.equals(page)) {
            return;
        }
        ReviewPage before = page;
        page = fresh;
        if (!fresh.parts().equals(before.parts()) || !marks(fresh).equals(marks(before))) {
            renderText(); // only then: drawing the text again loses a passage the mentor is selecting
        }
        if (!withoutThreads(fresh).equals(withoutThreads(before))) {
            top.removeAll();
            renderTop();
        }
        renderHeading();
        renderThreads();
    }

    /** Where threads are marked in the text; a reply changes none of it. */
    private static List<List<Object>> marks(ReviewPage page) {
        return page.threads().stream().map(thread -> Arrays.<Object>asList(thread.id(), thread.partKey(), thread.start(),
                thread.end(), thread.resolved(), thread.outdated())).toList();
    }

    private static ReviewPage withoutThreads(ReviewPage page) {
        return new ReviewPage(page.subject(), page.noun(), page.applicantName(), page.title(), page.category(),
                page.editLink(), page.parts(), page.revisionId(), page.revisionNumber(), page.updatedAt(),
                page.viewerIsMentor(), List.of(), page.reviewStatus(), page.reviewNote(), page.reviewedAt(),
                page.reviewedRevisionNumber(), page.changedSinceReview());
    }

    private CommentComposer composer() {
        return new CommentComposer(page.noun(), parts(), selection, new CommentComposer.Listener() {
            @Override
            public void chosen(Selection chosen) {
                choosePassage(chosen);
            }

            @Override
            public void post(Selection chosen, String body) {
                act(() -> {
                    ThreadView created = reviews.startThread(new NewThread(subject, page.revisionId(), chosen.partKey(),
                            chosen.start(), chosen.end(), chosen.quote(), body));
                    selection = null;
                    chosenThread = created.id();
                    text.forgetSelection();
                    Notices.success("Comment posted.");
                });
            }

            @Override
            public void cancel() {
                selection = null;
                text.forgetSelection();
                renderSide();
                Focus.afterRedraw(side, ".comment-composer vaadin-text-field");
            }
        });
    }

    private ThreadCard.Actions cardActions() {
        return new ThreadCard.Actions() {
            @Override
            public void showPassage(ThreadView thread) {
                chosenThread = thread.id();
                renderText();
                renderSide();
                text.getElement().executeJs("const mark = this.querySelector('[data-thread=\"' + $0 + '\"]');"
                        + "if (mark) { mark.scrollIntoView({block: 'center'}); mark.focus(); }", String.valueOf(thread.id()));
            }

            @Override
            public boolean reply(ThreadView thread, String body) {
                boolean[] posted = {false};
                act(() -> {
                    reviews.reply(thread.id(), body);
                    chosenThread = thread.id();
                    posted[0] = true;
                });
                return posted[0];
            }

            @Override
            public void edit(CommentView comment, String body) {
                act(() -> reviews.editComment(comment.id(), body));
            }

            @Override
            public void delete(CommentView comment) {
                act(() -> reviews.deleteComment(comment.id()));
            }

            @Override
            public void resolve(ThreadView thread, boolean resolved) {
                act(() -> {
                    if (resolved) {
                        reviews.resolve(thread.id());
                    } else {
                        reviews.reopen(thread.id());
                    }
                });
            }
        };
    }

    void act(Runnable action) {
        act(action, true);
    }

    /** Runs a service call; a refusal shows its message and leaves the page as it was. */
    void act(Runnable action, Boolean reloadAfter) {
        try {
            action.run();
            if (reloadAfter) {
                reload();
                // the redraw took the control that had focus: focus the thread acted on, else the comments' heading
                Focus.afterRedraw(side, chosenThread == null ? null : "[data-thread='" + chosenThread + "']");
            }
        } catch (ReviewException refused) {
            Notices.error(refused.getMessage());
        } catch (OptimisticLockingFailureException raced) {
            Notices.error("This changed at the same moment elsewhere. The page now shows the latest; try again.");
            reload();
        } catch (AccessDeniedException gone) {
            Notices.error("This " + page.noun() + " is not shared with you any more.");
            UI.getCurrent().navigate(viewerIsMentor() ? "reviews" : "feedback");
        }
    }
}
