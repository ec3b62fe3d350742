package org.matchprep.review.ui;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.dom.Element;
import org.matchprep.base.ui.Clicks;
import org.matchprep.base.ui.Focus;
import org.matchprep.base.ui.ReadOnlyHtml;
import org.matchprep.base.ui.Times;
import org.matchprep.review.ThreadView;
import org.matchprep.review.ThreadView.CommentView;
import org.matchprep.review.domain.ThreadComment;

/**
 * One thread beside the text: its passage, the comments, and what the reader may do with them.
 *
 * <p>A review page shows many of these in every reader's session, and each element of a component tree is a state
 * node kept in that session. So a card nobody is working in is one element of escaped HTML, its buttons included:
 * they are plain {@code vaadin-button}s carrying a {@code data-action}, heard by one listener on the whole thread
 * list ({@link #listenForButtons}). Components are built only for what holds input: the reply field (with its
 * Send button) once the reader opens it, and the editor of a comment being edited.
 */
class ThreadCard extends Div {

    interface Actions {

        void showPassage(ThreadView thread);

        /** @return whether the reply was posted (else the reader was told why, and the text stays to fix) */
        boolean reply(ThreadView thread, String text);

        void edit(CommentView comment, String text);

        void delete(CommentView comment);

        void resolve(ThreadView thread, boolean resolved);
    }

    /** In the browser: whether a click was on one of the cards' buttons, which action, which card and which comment. */
    static final String BUTTON_CLICKED = "event.target.closest('[data-action]') !== null";
    static final String ACTION = "event.target.closest('[data-action]').dataset.action";
    static final String THREAD = "(event.target.closest('[data-thread]') || {dataset: {}}).dataset.thread || ''";
    static final String COMMENT = "(event.target.closest('[data-comment]') || {dataset: {}}).dataset.comment || ''";

    private final ZoneId zone;
    private final Actions actions;
    /** Built by the first click on "Reply"; then kept in place, so a reply being typed survives the card being redrawn. */
    private TextArea reply;
    /** The own comment whose Edit and Delete are offered, and the one being edited (with its editor); or null. */
    private Long offered;
    private Long editing;
    private TextArea editor;
    ThreadView thread;
    boolean chosen;

    ThreadCard(ThreadView thread, boolean chosen, ZoneId zone, Actions actions) {
        this.zone = zone;
        this.actions = actions;
        addClassName("thread-card");
        getElement().setAttribute("role", "group");
        show(thread, chosen);
    }

    /**
     * Lets the cards in {@code list} hear their buttons: one listener for them all. A click names its card by the
     * thread's id and is handed to that card; an id the page does not show (made up in the browser) does nothing.
     */
    static void listenForButtons(Component list, LongFunction<ThreadCard> cardOf) {
        list.getElement().addEventListener("click", click -> {
            String threadId = click.getEventData().path(THREAD).asString("");
            ThreadCard card = threadId.matches("\\d{1,18}") ? cardOf.apply(Long.parseLong(threadId)) : null;
            if (card != null) {
                card.clicked(click.getEventData().path(ACTION).asString(""), click.getEventData().path(COMMENT).asString(""));
            }
        }).addEventData(THREAD).addEventData(ACTION).addEventData(COMMENT).setFilter(BUTTON_CLICKED);
    }

    /**
     * Shows {@code thread} as it is now, for instance after the other side replied (pushed to this page): the
     * passage and comments are drawn again, while the reply field keeps what the reader is typing. An edit under
     * way ends, as the comment it was editing may have changed.
     */
    void show(ThreadView thread, boolean chosen) {
        this.thread = thread;
        this.chosen = chosen;
        offered = null;
        editing = null;
        editor = null;
        setClassName("chosen", chosen);
        setClassName("resolved", thread.resolved());
        getElement().setAttribute("data-thread", String.valueOf(thread.id()));
        getElement().setAttribute("aria-label", "Comment thread by " + thread.mentorName());
        draw();
    }

    /** What a button of this card asks for; {@code commentId} names the comment for Edit and Delete. */
    void clicked(String action, String commentId) {
        switch (action) {
            case "show" -> actions.showPassage(thread);
            case "resolve" -> actions.resolve(thread, !thread.resolved());
            case "reply" -> openReply();
            case "offer" -> ownComment(commentId).ifPresent(comment -> {
                offered = comment.id();
                draw();
                Focus.afterRedraw(this, "[data-action='edit'][data-comment='" + comment.id() + "']");
            });
            case "edit" -> ownComment(commentId).ifPresent(comment -> {
                offered = comment.id();
                if (editing == null || editing != comment.id()) {
                    editing = comment.id();
                    editor = editor(comment);
                    draw();
                }
                editor.focus();
            });
            case "delete" -> ownComment(commentId).ifPresent(this::confirmDelete);
            default -> {
                // no button of this card says anything else
            }
        }
    }

    /** A comment of this thread that the reader wrote and that still stands: the only ones Edit and Delete may touch. */
    private Optional<CommentView> ownComment(String commentId) {
        return thread.comments().stream()
                .filter(comment -> String.valueOf(comment.id()).equals(commentId) && comment.mine() && !comment.deleted())
                .findFirst();
    }

    private void openReply() {
        if (reply != null) {
            reply.focus();
            return;
        }
        reply = new TextArea("Reply");
        reply.setMaxLength(ThreadComment.BODY_MAX_LENGTH);
        reply.setWidthFull();
        reply.addClassName("thread-reply");
        // sent while typing, so a reply being written survives the thread being redrawn (shown below)
        reply.setValueChangeMode(ValueChangeMode.LAZY);
        draw();
        reply.focus();
    }

    private void closeReply() {
        remove(reply);
        reply = null;
        draw();
    }

    /**
     * Draws the card again around the reply field, which stays where it is: everything read-only as HTML, and
     * components only where the reader is typing.
     */
    private void draw() {
        Element replyField = reply == null ? null : reply.getElement();
        getElement().getChildren().filter(child -> child != replyField).toList().forEach(Element::removeFromParent);

        List<Element> above = new ArrayList<>();
        StringBuilder html = new StringBuilder(headHtml(thread));
        if (!thread.outdated()) {
            // the name starts with the words shown (WCAG 2.5.3)
            html.append(button("show", null, "Show passage", "tertiary small", "Show passage of this thread in the text"));
        }
        for (CommentView comment : thread.comments()) {
            boolean edited = editing != null && editing == comment.id();
            html.append(ReadOnlyHtml.tag("div", "thread-comment", commentHtml(comment, !edited)));
            if (edited) {
                above.add(ReadOnlyHtml.element("div", "thread-part", html.toString()));
                html.setLength(0);
                Button save = new Button("Save");
                Clicks.onClick(save, () -> actions.edit(comment, editor.getValue()));
                save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
                above.add(editor.getElement());
                above.add(save.getElement());
            }
            html.append(ownActionsHtml(comment));
        }
        if (reply == null) {
            html.append(ReadOnlyHtml.tag("div", "row-actions", button("reply", null, "Reply", "small", null) + resolveHtml()));
        }
        above.add(ReadOnlyHtml.element("div", "thread-part", html.toString()));
        for (int i = 0; i < above.size(); i++) {
            getElement().insertChild(i, above.get(i));
        }
        if (reply != null) {
            if (replyField.getParent() == null) {
                getElement().appendChild(replyField);
            }
            Button send = new Button("Send reply");
            Clicks.onClick(send, () -> {
                if (actions.reply(this.thread, reply.getValue())) {
                    closeReply(); // posted: the reply now shows among the comments
                }
            });
            send.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            Div row = new Div(send);
            row.addClassName("row-actions");
            row.getElement().appendChild(ReadOnlyHtml.element("span", "thread-part", resolveHtml()));
            add(row);
        }
    }

    private String resolveHtml() {
        return button("resolve", null, thread.resolved() ? "Reopen" : "Resolve", "small", null);
    }

    /** Under an own comment that stands: one button until the author wants it, then Edit and Delete. */
    private String ownActionsHtml(CommentView comment) {
        if (comment.deleted() || !comment.mine()) {
            return "";
        }
        String buttons = offered != null && offered == comment.id()
                ? button("edit", comment.id(), "Edit", "tertiary small", null)
                        + button("delete", comment.id(), "Delete", "tertiary small", null)
                : button("offer", comment.id(), "Edit or delete", "tertiary small", "Edit or delete your comment");
        return ReadOnlyHtml.tag("div", "row-actions", buttons);
    }

    /** A {@code vaadin-button} as HTML: its {@code data-action} (and comment) reach {@link #clicked} through the list's listener. */
    private static String button(String action, Long commentId, String text, String theme, String label) {
        return "<vaadin-button theme=\"" + theme + "\" data-action=\"" + action + "\""
                + (commentId == null ? "" : " data-comment=\"" + commentId + "\"")
                + (label == null ? "" : " aria-label=\"" + ReadOnlyHtml.text(label) + "\"")
                + ">" + ReadOnlyHtml.text(text) + "</vaadin-button>";
    }

    /** Who started the thread, on which revision, its state, and the quoted passage. */
    private static String headHtml(ThreadView thread) {
        StringBuilder top = new StringBuilder(ReadOnlyHtml.tag("span", "thread-author", ReadOnlyHtml.text(thread.mentorName())));
        if (thread.createdOnRevision() > 0) {
            top.append(ReadOnlyHtml.tag("span", null, "on revision " + thread.createdOnRevision()));
        }
        if (thread.resolved()) {
            top.append(badge("Resolved", "contrast"));
        }
        if (thread.outdated()) {
            top.append(badge("Outdated: the passage was rewritten", "error"));
        } else if (!thread.exact()) {
            top.append(badge("Passage since edited", "warning"));
        }
        return ReadOnlyHtml.tag("div", "thread-head", ReadOnlyHtml.tag("div", "thread-top", top.toString())
                + ReadOnlyHtml.tag("div", "thread-quote", ReadOnlyHtml.text("“" + thread.quote() + "”")));
    }

    /** The comment's author and time, and (with {@code withBody}) what it says, escaped: the author's words stay characters. */
    private String commentHtml(CommentView comment, boolean withBody) {
        String meta = ReadOnlyHtml.tag("div", "thread-comment-meta",
                ReadOnlyHtml.tag("span", "thread-author", ReadOnlyHtml.text(comment.authorName()))
                        + ReadOnlyHtml.tag("span", null, ReadOnlyHtml.text(Times.dateTime(comment.createdAt(), zone)
                                + (comment.editedAt() != null ? " · edited" : ""))));
        if (comment.deleted()) {
            return meta + ReadOnlyHtml.tag("p", "thread-comment-deleted", "Comment deleted.");
        }
        return withBody ? meta + ReadOnlyHtml.tag("p", "thread-comment-body", ReadOnlyHtml.text(comment.body())) : meta;
    }

    private static TextArea editor(CommentView comment) {
        TextArea editor = new TextArea("Edit your comment");
        editor.setMaxLength(ThreadComment.BODY_MAX_LENGTH);
        editor.setValue(comment.body());
        editor.setWidthFull();
        return editor;
    }

    private void confirmDelete(CommentView comment) {
        ConfirmDialog confirm = new ConfirmDialog("Delete this comment?",
                "It will show as deleted in the thread. This cannot be undone.", "Delete",
                confirmed -> actions.delete(comment));
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private static String badge(String text, String theme) {
        return "<span theme=\"badge small " + theme + "\">" + ReadOnlyHtml.text(text) + "</span>";
    }
}
