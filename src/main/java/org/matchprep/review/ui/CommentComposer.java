package org.matchprep.review.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.matchprep.base.ui.Notices;
import org.matchprep.review.ReviewPage.PartText;
import org.matchprep.review.domain.ThreadComment;

/**
 * The mentor's box for a new comment: without a chosen passage it offers the keyboard way to choose one
 * (type its words), with one it shows the passage and takes the comment.
 */
class CommentComposer extends Div {

    /** A passage the mentor chose and has not commented on yet. */
    record Selection(String partKey, int start, int end, String quote) {
    }

    interface Listener {
        void chosen(Selection selection);

        void post(Selection selection, String body);

        void cancel();
    }

    private final String noun;
    private final List<PartText> parts;
    private final Listener listener;

    /** {@code noun} names the item in hints ("answer"); {@code selection} is null while none is chosen. */
    CommentComposer(String noun, List<PartText> parts, Selection selection, Listener listener) {
        this.noun = noun;
        this.parts = parts;
        this.listener = listener;
        addClassName("comment-composer");
        if (selection == null) {
            Paragraph hint = new Paragraph("Select words in the " + noun + " to comment on them, or type the passage here.");
            hint.addClassName("composer-hint");
            TextField typed = new TextField("Passage to comment on");
            typed.setWidthFull();
            typed.setHelperText("Copy the words exactly as they stand in the " + noun + ".");
            Button find = new Button("Find passage", click -> findTyped(typed.getValue()));
            add(hint, typed, find);
            return;
        }
        Div quote = new Div();
        quote.addClassName("thread-quote");
        quote.setText("“" + selection.quote() + "”");
        TextArea body = new TextArea("Your comment on this passage");
        body.setMaxLength(ThreadComment.BODY_MAX_LENGTH);
        body.setWidthFull();
        Button post = new Button("Comment", click -> listener.post(selection, body.getValue()));
        post.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", click -> listener.cancel());
        Div buttons = new Div(post, cancel);
        buttons.addClassName("row-actions");
        add(new Span("Commenting on"), quote, body, buttons);
        body.focus();
    }

    /** The keyboard way to choose a passage: its words, found in the text shown. */
    void findTyped(String words) {
        String wanted = words == null ? "" : words.strip();
        if (wanted.isEmpty()) {
            Notices.error("Type the words of the passage first.");
            return;
        }
        for (PartText part : parts) {
            int at = part.text().indexOf(wanted);
            if (at >= 0) {
                boolean again = part.text().indexOf(wanted, at + 1) >= 0;
                listener.chosen(new Selection(part.key(), at, at + wanted.length(), wanted));
                if (again) {
                    Notices.success("These words appear more than once; the first is chosen. Type more words to pick another.");
                }
                return;
            }
        }
        Notices.error("Those words are not in the " + noun + ". Copy them exactly as they stand.");
    }
}
