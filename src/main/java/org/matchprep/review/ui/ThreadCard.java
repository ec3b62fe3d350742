package org.matchprep.review.ui;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.dom.Element;
import org.matchprep.base.ui.Clicks;
import org.matchprep.base.ui.ReadOnlyHtml;
import org.matchprep.base.ui.Times;
import org.matchprep.review.ThreadView;
import org.matchprep.review.ThreadView.CommentView;
import org.matchprep.review.domain.ThreadComment;

/**
 * One thread beside the text: its passage, the comments, and what the reader may do with them.
 *
 * <p>A review page shows many of these in every reader's session, so what is only read (heading, quote, each
 * comment) is one element of escaped HTML rather than a tree of components and texts, and what is rarely used
 * (the reply field, editing and deleting a comment) is built when the reader asks for it.
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

    private final ZoneId zone;
    private final Actions actions;
    private final Button resolve = new Button();
    private final Div buttons;
    /** Built by the first click on "Reply"; then kept, so a reply being typed survives the card being redrawn. */
    private TextArea reply;
    private final List<Element> drawn = new ArrayList<>();
    ThreadView thread;
    boolean chosen;

    ThreadCard(ThreadView thread, boolean chosen, ZoneId zone, Actions actions) {
        this.zone = zone;
        this.actions = actions;
        addClassName("thread-card");
        Button open = replyOpener();
        Clicks.onClick(resolve, () -> actions.resolve(this.thread, !this.thread.resolved()));
        resolve.addThemeVariants(ButtonVariant.LUMO_SMALL);
        buttons = new Div(open, resolve);
        buttons.addClassName("row-actions");
        add(buttons);
        show(thread, chosen);
    }

    private Button replyOpener() {
        Button open = new Button("Reply");
        open.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Clicks.onClick(open, () -> openReply(open));
        return open;
    }

    private void openReply(Button open) {
        reply = new TextArea("Reply");
        reply.setMaxLength(ThreadComment.BODY_MAX_LENGTH);
        reply.setWidthFull();
        reply.addClassName("thread-reply");
        // sent while typing, so a reply being written survives the thread being redrawn (shown below)
        reply.setValueChangeMode(ValueChangeMode.LAZY);
        Button send = new Button("Send reply");
        Clicks.onClick(send, () -> {
            if (actions.reply(this.thread, reply.getValue())) {
                closeReply(send); // posted: the reply now shows among the comments
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        buttons.replace(open, send);
        addComponentAtIndex(indexOf(buttons), reply);
        reply.focus();
    }

    private void closeReply(Button send) {
        remove(reply);
        reply = null;
        buttons.replace(send, replyOpener());
    }

    /**
     * Shows {@code thread} as it is now, for instance after the other side replied (pushed to this page): the
     * passage and comments are drawn again, while the reply field keeps what the reader is typing.
     */
    void show(ThreadView thread, boolean chosen) {
        this.thread = thread;
        this.chosen = chosen;
        setClassName("chosen", chosen);
        setClassName("resolved", thread.resolved());
        getElement().setAttribute("data-thread", String.valueOf(thread.id()));
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", "Comment thread by " + thread.mentorName());
        drawn.forEach(Element::removeFromParent);
        drawn.clear();

        drawn.add(ReadOnlyHtml.element("div", "thread-head", headHtml(thread)));
        if (!thread.outdated()) {
            Button show = new Button("Show passage");
            Clicks.onClick(show, () -> actions.showPassage(this.thread));
            show.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            show.getElement().setAttribute("aria-label", "Show passage of this thread in the text"); // starts with the words shown
            drawn.add(show.getElement());
        }
        for (CommentView comment : thread.comments()) {
            comment(comment);
        }
        for (int i = 0; i < drawn.size(); i++) {
            getElement().insertChild(i, drawn.get(i));
        }
        resolve.setText(thread.resolved() ? "Reopen" : "Resolve");
    }

    /** Who started the thread, on which revision, its state, and the quoted passage: one node, nothing to act on. */
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
        return ReadOnlyHtml.tag("div", "thread-top", top.toString())
                + ReadOnlyHtml.tag("div", "thread-quote", ReadOnlyHtml.text("“" + thread.quote() + "”"));
    }

    /** Draws one comment as one node; an own comment gets the button that offers editing and deleting it. */
    private void comment(CommentView comment) {
        Element box = ReadOnlyHtml.element("div", "thread-comment", commentHtml(comment, true));
        drawn.add(box);
        if (comment.deleted() || !comment.mine()) {
            return;
        }
        // one button until the author wants it: Edit and Delete for every own comment cost every session
        Button more = new Button("Edit or delete");
        more.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        more.getElement().setAttribute("aria-label", "Edit or delete your comment");
        Div own = new Div(more);
        own.addClassName("row-actions");
        Clicks.onClick(more, () -> {
            Button edit = new Button("Edit");
            Clicks.onClick(edit, () -> edit(comment, box, own));
            Button delete = new Button("Delete");
            Clicks.onClick(delete, () -> confirmDelete(comment));
            for (Button button : new Button[] {edit, delete}) {
                button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            }
            own.replace(more, edit);
            own.add(delete);
            edit.focus();
        });
        drawn.add(own.getElement());
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

    /** Puts an editor in place of the comment's text, and Save beside Edit and Delete. */
    private void edit(CommentView comment, Element box, Div own) {
        TextArea editor = new TextArea("Edit your comment");
        editor.setMaxLength(ThreadComment.BODY_MAX_LENGTH);
        editor.setValue(comment.body());
        editor.setWidthFull();
        Button save = new Button("Save");
        Clicks.onClick(save, () -> actions.edit(comment, editor.getValue()));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        ReadOnlyHtml.show(box, commentHtml(comment, false));
        int at = drawn.indexOf(own.getElement());
        drawn.addAll(at, List.of(editor.getElement(), save.getElement())); // taken away with the rest at the next redraw
        getElement().insertChild(getElement().indexOfChild(own.getElement()), editor.getElement(), save.getElement());
        editor.focus();
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
