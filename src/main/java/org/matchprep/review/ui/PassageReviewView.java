package org.matchprep.review.ui;

import java.time.ZoneId;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.LongConsumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.matchprep.base.ui.Notices;
import org.matchprep.review.ReviewException;
import org.matchprep.review.ReviewPage.PartText;
import org.matchprep.review.ThreadView;
import org.matchprep.review.ThreadView.CommentView;
import org.matchprep.review.domain.ThreadComment;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * The layout both review pages share (a shared answer, a shared program dossier): the text with commented
 * passages highlighted, and beside it the mentor's composer and the threads. A subclass loads its page
 * from its service, draws the top of the page and carries out the thread actions.
 */
abstract class PassageReviewView extends VerticalLayout {

    /** A passage the mentor chose and has not commented on yet. */
    record Selection(String partKey, int start, int end, String quote) {
    }

    /** The thread actions, as the subclass's service carries them out. */
    record ThreadCalls(BiFunction<Selection, String, ThreadView> start, BiConsumer<Long, String> reply,
                       BiConsumer<Long, String> edit, LongConsumer delete, LongConsumer resolve, LongConsumer reopen) {
    }

    protected final ZoneId zone;
    private final String what;
    Selection selection;
    Long chosenThread;
    boolean showResolved;

    final PassageText text;
    private final Div side = new Div();
    protected final Div top = new Div();

    /** {@code what} names the text discussed in messages: "answer", "dossier". */
    PassageReviewView(ZoneId zone, String what) {
        this.zone = zone;
        this.what = what;
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

    abstract List<PartText> parts();

    abstract List<ThreadView> threads();

    abstract boolean viewerIsMentor();

    abstract ThreadCalls calls();

    /** Reads the page again from the service. */
    abstract void load();

    /** Draws the links, header and controls above the text into {@link #top}. */
    abstract void renderTop();

    /** What the applicant reads while no one has commented yet. */
    abstract String noCommentsYet();

    /** Where to go when the text is no longer shared with the viewer. */
    abstract String leaveTo();

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
        load();
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
        long resolved = threads().stream().filter(ThreadView::resolved).count();
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
        List<ThreadView> shown = visibleThreads();
        if (shown.isEmpty()) {
            Paragraph empty = new Paragraph(viewerIsMentor()
                    ? "No comments yet. Select a passage in the " + what + " (or type it below) to comment on it."
                    : threads().isEmpty() ? noCommentsYet() : "All threads are resolved.");
            empty.addClassName("empty-state");
            side.add(empty);
        }
        for (ThreadView thread : shown) {
            ThreadCard card = new ThreadCard(thread, chosenThread != null && chosenThread == thread.id(), zone, cardActions());
            card.getElement().setAttribute("tabindex", "-1");
            side.add(card);
        }
    }

    private Component composer() {
        Div box = new Div();
        box.addClassName("comment-composer");
        if (selection == null) {
            Paragraph hint = new Paragraph("Select words in the " + what + " to comment on them, or type the passage here.");
            hint.addClassName("composer-hint");
            TextField typed = new TextField("Passage to comment on");
            typed.setWidthFull();
            typed.setHelperText("Copy the words exactly as they stand in the " + what + ".");
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
            ThreadView created = calls().start().apply(selection, body.getValue());
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
        for (PartText part : parts()) {
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
        Notices.error("Those words are not in the " + what + ". Copy them exactly as they stand.");
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
                    calls().reply().accept(thread.id(), body);
                    chosenThread = thread.id();
                });
            }

            @Override
            public void edit(CommentView comment, String body) {
                act(() -> calls().edit().accept(comment.id(), body));
            }

            @Override
            public void delete(CommentView comment) {
                act(() -> calls().delete().accept(comment.id()));
            }

            @Override
            public void resolve(ThreadView thread, boolean resolved) {
                act(() -> {
                    if (resolved) {
                        calls().resolve().accept(thread.id());
                    } else {
                        calls().reopen().accept(thread.id());
                    }
                });
            }
        };
    }

    void act(Runnable action) {
        act(action, true);
    }

    /** Runs a service call; a refusal shows its message and leaves the page as it was. */
    void act(Runnable action, boolean reloadAfter) {
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
            Notices.error("This " + what + " is not shared with you any more.");
            UI.getCurrent().navigate(leaveTo());
        }
    }
}
