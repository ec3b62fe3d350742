package org.matchprep.review.ui;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
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
import org.matchprep.review.ReviewException;
import org.matchprep.review.ReviewPage;
import org.matchprep.review.ReviewService;
import org.matchprep.review.ReviewStatus;
import org.matchprep.review.SharingService;
import org.matchprep.review.ThreadView;
import org.matchprep.review.ThreadView.CommentView;
import org.matchprep.review.domain.ThreadComment;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * One shared answer under review. The mentor reads the current revision, selects a passage and comments
 * on it; the applicant sees the passages highlighted and replies. Both resolve and reopen threads. Every
 * action goes through the services, so a share revoked meanwhile is refused cleanly.
 */
@Route("review/:answerId")
@RolesAllowed({Roles.APPLICANT, Roles.MENTOR})
public class ReviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** A passage the mentor chose and has not commented on yet. */
    record Selection(String partKey, int start, int end, String quote) {
    }

    private final ReviewService reviews;
    private final SharingService sharing;
    private final ZoneId zone;

    private long answerId;
    ReviewPage page;
    Selection selection;
    Long chosenThread;
    boolean showResolved;

    final PassageText text;
    private final Div side = new Div();
    private final Div top = new Div();

    ReviewView(ReviewService reviews, SharingService sharing, AccountService accounts) {
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
        Div columns = new Div(text, side);
        columns.addClassName("review-columns");
        add(top, columns);
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

    /** Shows the passage the mentor selected in the composer, ready for a comment. */
    void choosePassage(Selection chosen) {
        if (!page.viewerIsMentor()) {
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

    private void render() {
        top.removeAll();
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
        renderText();
        renderSide();
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
            dialog.add(changes.<Component>map(diff -> {
                Div box = new Div(new Paragraph("Revision " + diff.fromNumber() + " → revision " + diff.toNumber()
                        + ". Added words are underlined, removed ones struck through."), new DiffText(diff));
                return box;
            }).orElseGet(() -> new Paragraph("Nothing changed since your last review.")));
            Button close = new Button("Close", click -> dialog.close());
            dialog.getFooter().add(close);
            dialog.open();
        }, false);
    }

    private void renderText() {
        text.show(page.parts(), visibleThreads(), chosenThread);
    }

    private List<ThreadView> visibleThreads() {
        return page.threads().stream().filter(thread -> showResolved || !thread.resolved()).toList();
    }

    private void renderSide() {
        side.removeAll();
        if (page.viewerIsMentor()) {
            side.add(composer());
        }
        long resolved = page.threads().stream().filter(ThreadView::resolved).count();
        Div heading = new Div(new H2("Comments"));
        heading.addClassName("review-side-heading");
        if (resolved > 0) {
            Checkbox toggle = new Checkbox("Show resolved (" + resolved + ")", showResolved);
            toggle.addValueChangeListener(change -> {
                showResolved = change.getValue();
                renderText();
                renderSide();
            });
            heading.add(toggle);
        }
        side.add(heading);
        List<ThreadView> threads = visibleThreads();
        if (threads.isEmpty()) {
            Paragraph empty = new Paragraph(page.viewerIsMentor()
                    ? "No comments yet. Select a passage in the answer (or type it below) to comment on it."
                    : page.threads().isEmpty()
                    ? "No comments yet. Share this answer with a mentor and request a review; their comments appear here."
                    : "All threads are resolved.");
            empty.addClassName("empty-state");
            side.add(empty);
        }
        for (ThreadView thread : threads) {
            ThreadCard card = new ThreadCard(thread, chosenThread != null && chosenThread == thread.id(), zone, cardActions());
            card.getElement().setAttribute("tabindex", "-1");
            side.add(card);
        }
    }

    private Component composer() {
        Div box = new Div();
        box.addClassName("comment-composer");
        if (selection == null) {
            Paragraph hint = new Paragraph("Select words in the answer to comment on them, or type the passage here.");
            hint.addClassName("composer-hint");
            TextField typed = new TextField("Passage to comment on");
            typed.setWidthFull();
            typed.setHelperText("Copy the words exactly as they stand in the answer.");
            Button find = new Button("Find passage", click -> findTyped(typed.getValue()));
            box.add(hint, typed, find);
            return box;
        }
        Div quote = new Div();
        quote.addClassName("thread-quote");
        quote.setText("“" + selection.quote() + "”");
        TextArea body = new TextArea("Your comment on this passage");
        body.setMaxLength(ThreadComment.BODY_MAX_LENGTH);
        body.setWidthFull();
        Button post = new Button("Comment", click -> act(() -> {
            ThreadView created = reviews.startThread(new NewThread(answerId, page.revisionId(), selection.partKey(),
                    selection.start(), selection.end(), selection.quote(), body.getValue()));
            selection = null;
            chosenThread = created.id();
            text.forgetSelection();
            Notices.success("Comment posted.");
        }));
        post.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", click -> {
            selection = null;
            text.forgetSelection();
            renderSide();
        });
        Div buttons = new Div(post, cancel);
        buttons.addClassName("row-actions");
        box.add(new Span("Commenting on"), quote, body, buttons);
        body.focus();
        return box;
    }

    /** The keyboard way to choose a passage: its words, found in the text shown. */
    void findTyped(String words) {
        String wanted = words == null ? "" : words.strip();
        if (wanted.isEmpty()) {
            Notices.error("Type the words of the passage first.");
            return;
        }
        for (ReviewPage.PartText part : page.parts()) {
            int at = part.text().indexOf(wanted);
            if (at >= 0) {
                boolean again = part.text().indexOf(wanted, at + 1) >= 0;
                choosePassage(new Selection(part.key(), at, at + wanted.length(), wanted));
                if (again) {
                    Notices.success("These words appear more than once; the first is chosen. Type more words to pick another.");
                }
                return;
            }
        }
        Notices.error("Those words are not in the answer. Copy them exactly as they stand.");
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
            public void reply(ThreadView thread, String body) {
                act(() -> {
                    reviews.reply(thread.id(), body);
                    chosenThread = thread.id();
                });
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

    private void act(Runnable action) {
        act(action, true);
    }

    /** Runs a service call; a refusal shows its message and leaves the page as it was. */
    private void act(Runnable action, boolean reloadAfter) {
        try {
            action.run();
            if (reloadAfter) {
                reload();
            }
        } catch (ReviewException refused) {
            Notices.error(refused.getMessage());
        } catch (OptimisticLockingFailureException raced) {
            Notices.error("This changed at the same moment elsewhere. The page now shows the latest; try again.");
            reload();
        } catch (AccessDeniedException gone) {
            Notices.error("This answer is not shared with you any more.");
            UI.getCurrent().navigate(page.viewerIsMentor() ? "reviews" : "feedback");
        }
    }

    void reload() {
        page = reviews.open(answerId);
        render();
    }
}
