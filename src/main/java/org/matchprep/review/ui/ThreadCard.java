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
import org.matchprep.base.ui.Times;
import org.matchprep.review.ThreadView;
import org.matchprep.review.ThreadView.CommentView;
import org.matchprep.review.domain.ThreadComment;

/**
 * One thread beside the text: its passage, the comments, and what the reader may do with them.
 *
 * <p>A review page shows many of these in every reader's session, so what is only read (heading, quote,
 * comments) is plain elements rather than components, and what is rarely used (the reply field, editing and
 * deleting a comment) is built when the reader asks for it.
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
        resolve.addClickListener(click -> actions.resolve(this.thread, !this.thread.resolved()));
        resolve.addThemeVariants(ButtonVariant.LUMO_SMALL);
        buttons = new Div(open, resolve);
        buttons.addClassName("row-actions");
        add(buttons);
        show(thread, chosen);
    }

    private Button replyOpener() {
        Button open = new Button("Reply");
        open.addThemeVariants(ButtonVariant.LUMO_SMALL);
        open.addClickListener(click -> openReply(open));
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
        send.addClickListener(click -> {
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

        Element top = element("div", "thread-top", null);
        top.appendChild(element("span", "thread-author", thread.mentorName()));
        if (thread.createdOnRevision() > 0) {
            top.appendChild(element("span", null, "on revision " + thread.createdOnRevision()));
        }
        if (thread.resolved()) {
            top.appendChild(badge("Resolved", "contrast"));
        }
        if (thread.outdated()) {
            top.appendChild(badge("Outdated: the passage was rewritten", "error"));
        } else if (!thread.exact()) {
            top.appendChild(badge("Passage since edited", "warning"));
        }
        drawn.add(top);
        drawn.add(element("div", "thread-quote", "“" + thread.quote() + "”"));
        if (!thread.outdated()) {
            Button show = new Button("Show passage", click -> actions.showPassage(this.thread));
            show.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            show.getElement().setAttribute("aria-label", "Show passage of this thread in the text"); // starts with the words shown
            drawn.add(show.getElement());
        }
        for (CommentView comment : thread.comments()) {
            drawn.add(comment(comment));
        }
        for (int i = 0; i < drawn.size(); i++) {
            getElement().insertChild(i, drawn.get(i));
        }
        resolve.setText(thread.resolved() ? "Reopen" : "Resolve");
    }

    private Element comment(CommentView comment) {
        Element box = element("div", "thread-comment", null);
        Element meta = element("div", "thread-comment-meta", null);
        meta.appendChild(element("span", "thread-author", comment.authorName()),
                element("span", null, Times.dateTime(comment.createdAt(), zone) + (comment.editedAt() != null ? " · edited" : "")));
        box.appendChild(meta);
        if (comment.deleted()) {
            box.appendChild(element("p", "thread-comment-deleted", "Comment deleted."));
            return box;
        }
        // plain text (Element.setText): whatever the author typed is shown as characters, never interpreted as HTML
        Element body = element("p", "thread-comment-body", comment.body());
        box.appendChild(body);
        if (comment.mine()) {
            // one button until the author wants it: Edit and Delete for every own comment cost every session
            Button more = new Button("Edit or delete");
            more.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            more.getElement().setAttribute("aria-label", "Edit or delete your comment");
            Div own = new Div(more);
            own.addClassName("row-actions");
            more.addClickListener(click -> {
                Button edit = new Button("Edit", editing -> edit(comment, box, body, own));
                Button delete = new Button("Delete", deleting -> confirmDelete(comment));
                for (Button button : new Button[] {edit, delete}) {
                    button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                }
                own.replace(more, edit);
                own.add(delete);
                edit.focus();
            });
            box.appendChild(own.getElement());
        }
        return box;
    }

    private void edit(CommentView comment, Element box, Element body, Div own) {
        TextArea editor = new TextArea("Edit your comment");
        editor.setMaxLength(ThreadComment.BODY_MAX_LENGTH);
        editor.setValue(comment.body());
        editor.setWidthFull();
        Button save = new Button("Save", saved -> actions.edit(comment, editor.getValue()));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        box.insertChild(box.indexOfChild(body), editor.getElement());
        body.removeFromParent();
        box.insertChild(box.indexOfChild(own.getElement()), save.getElement());
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

    private static Element element(String tag, String className, String text) {
        Element element = new Element(tag);
        if (className != null) {
            element.setAttribute("class", className);
        }
        if (text != null) {
            element.setText(text);
        }
        return element;
    }

    private static Element badge(String text, String theme) {
        Element badge = element("span", null, text);
        badge.setAttribute("theme", "badge small " + theme);
        return badge;
    }
}
