package org.matchprep.review.ui;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.matchprep.base.ui.Times;
import org.matchprep.review.ThreadView;
import org.matchprep.review.ThreadView.CommentView;
import org.matchprep.review.domain.ThreadComment;

/** One thread beside the text: its passage, the comments, and what the reader may do with them. */
class ThreadCard extends Div {

    interface Actions {

        void showPassage(ThreadView thread);

        void reply(ThreadView thread, String text);

        void edit(CommentView comment, String text);

        void delete(CommentView comment);

        void resolve(ThreadView thread, boolean resolved);
    }

    private final ZoneId zone;
    private final Actions actions;
    private final TextArea reply = new TextArea("Reply");
    private final Button resolve = new Button();
    private final Div buttons;
    ThreadView thread;
    boolean chosen;

    ThreadCard(ThreadView thread, boolean chosen, ZoneId zone, Actions actions) {
        this.zone = zone;
        this.actions = actions;
        addClassName("thread-card");
        reply.setMaxLength(ThreadComment.BODY_MAX_LENGTH);
        reply.setWidthFull();
        reply.addClassName("thread-reply");
        // sent while typing, so a reply being written survives the thread being redrawn (shown below)
        reply.setValueChangeMode(ValueChangeMode.LAZY);
        Button send = new Button("Reply", click -> actions.reply(this.thread, reply.getValue()));
        send.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        resolve.addClickListener(click -> actions.resolve(this.thread, !this.thread.resolved()));
        resolve.addThemeVariants(ButtonVariant.LUMO_SMALL);
        buttons = new Div(send, resolve);
        buttons.addClassName("row-actions");
        add(reply, buttons);
        show(thread, chosen);
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
        getChildren().filter(child -> child != reply && child != buttons).toList().forEach(this::remove);

        Div top = new Div();
        top.addClassName("thread-top");
        Span who = new Span(thread.mentorName());
        who.addClassName("thread-author");
        top.add(who);
        if (thread.createdOnRevision() > 0) {
            top.add(new Span("on revision " + thread.createdOnRevision()));
        }
        if (thread.resolved()) {
            top.add(badge("Resolved", "contrast"));
        }
        if (thread.outdated()) {
            top.add(badge("Outdated: the passage was rewritten", "error"));
        } else if (!thread.exact()) {
            top.add(badge("Passage since edited", "warning"));
        }

        Div quote = new Div();
        quote.addClassName("thread-quote");
        quote.setText("“" + thread.quote() + "”");
        List<Component> content = new ArrayList<>(List.of(top, quote));
        if (!thread.outdated()) {
            Button show = new Button("Show passage", click -> actions.showPassage(this.thread));
            show.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            show.getElement().setAttribute("aria-label", "Show passage of this thread in the text"); // starts with the words shown
            content.add(show);
        }
        for (CommentView comment : thread.comments()) {
            content.add(comment(comment, zone, actions));
        }
        for (int i = 0; i < content.size(); i++) {
            addComponentAtIndex(i, content.get(i));
        }
        resolve.setText(thread.resolved() ? "Reopen" : "Resolve");
    }

    private Div comment(CommentView comment, ZoneId zone, Actions actions) {
        Div box = new Div();
        box.addClassName("thread-comment");
        Div meta = new Div();
        meta.addClassName("thread-comment-meta");
        Span author = new Span(comment.authorName());
        author.addClassName("thread-author");
        Span when = new Span(Times.dateTime(comment.createdAt(), zone) + (comment.editedAt() != null ? " · edited" : ""));
        meta.add(author, when);
        box.add(meta);
        if (comment.deleted()) {
            Paragraph gone = new Paragraph("Comment deleted.");
            gone.addClassName("thread-comment-deleted");
            box.add(gone);
            return box;
        }
        // plain text: whatever the author typed is shown as characters, never interpreted as HTML
        Paragraph body = new Paragraph(comment.body());
        body.addClassName("thread-comment-body");
        box.add(body);
        if (comment.mine()) {
            Button edit = new Button("Edit", click -> {
                TextArea editor = new TextArea("Edit your comment");
                editor.setMaxLength(ThreadComment.BODY_MAX_LENGTH);
                editor.setValue(comment.body());
                editor.setWidthFull();
                Button save = new Button("Save", saved -> actions.edit(comment, editor.getValue()));
                save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
                box.replace(body, editor);
                box.add(save);
                editor.focus();
            });
            Button delete = new Button("Delete", click -> {
                ConfirmDialog confirm = new ConfirmDialog("Delete this comment?",
                        "It will show as deleted in the thread. This cannot be undone.", "Delete",
                        confirmed -> actions.delete(comment));
                confirm.setCancelable(true);
                confirm.setConfirmButtonTheme("error primary");
                confirm.open();
            });
            for (Button button : new Button[] {edit, delete}) {
                button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            }
            Div own = new Div(edit, delete);
            own.addClassName("row-actions");
            box.add(own);
        }
        return box;
    }

    private static Span badge(String text, String theme) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().addAll(List.of("badge", "small", theme));
        return badge;
    }
}
