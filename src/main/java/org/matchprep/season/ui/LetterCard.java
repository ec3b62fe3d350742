package org.matchprep.season.ui;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.matchprep.base.ui.AppIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.matchprep.base.ui.FormErrors;
import org.matchprep.base.ui.Notices;
import org.matchprep.season.LetterDraft;
import org.matchprep.season.LetterKind;
import org.matchprep.season.LetterService;
import org.matchprep.season.LetterSummary;
import org.matchprep.season.SeasonException;
import org.matchprep.season.domain.ProgramLetter;

/** One letter to a program: its kind and text, the rules it seems to break (with why), and whether it was sent. */
class LetterCard extends Div {

    final H4 heading = new H4();
    final Paragraph status = new Paragraph();
    final Select<LetterKind> kind = new Select<>();
    final TextArea body = new TextArea("Letter");
    final UnorderedList warnings = new UnorderedList();
    final Button save = new Button("Save letter");
    final Button copy = new Button("Copy letter", AppIcon.COPY_O.create());
    final DatePicker sentOn = new DatePicker("Sent on");
    final Button markSent = new Button("Mark as sent", AppIcon.CHECK.create());
    final Button undoSent = new Button("Not sent after all");
    final Button delete = new Button("Delete", AppIcon.TRASH.create());
    // by path: sharing and comments belong to the review feature, which season must not depend on
    final Anchor share = new Anchor("", "Share with a mentor for feedback");

    private final LetterService letters;
    private final Runnable listChanged;
    private LetterSummary letter;

    LetterCard(LetterService letters, LetterSummary letter, ZoneId myZone, Runnable listChanged) {
        this.letters = letters;
        this.listChanged = listChanged;
        addClassNames("card", "program-letter");
        kind.setLabel("Kind");
        kind.setItems(LetterKind.values());
        kind.setItemLabelGenerator(LetterKind::label);
        body.setMaxLength(ProgramLetter.BODY_MAX_LENGTH);
        body.setWidthFull();
        body.setMinRows(8);
        body.setValueChangeMode(ValueChangeMode.LAZY);
        kind.addValueChangeListener(change -> refreshWarnings());
        body.addValueChangeListener(change -> refreshWarnings());
        warnings.addClassName("season-reason-warnings");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        copy.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        undoSent.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        sentOn.setMax(LocalDate.now(myZone));
        sentOn.setValue(LocalDate.now(myZone));
        share.setHref("review/letter/" + letter.id());

        save.addClickListener(click -> attempt(() -> show(letters.update(this.letter.id(), this.letter.version(), asTyped())),
                "Saved the letter."));
        copy.addClickListener(click -> {
            // the browser copies; the app sends nothing
            copy.getElement().executeJs("return navigator.clipboard.writeText($0)", body.getValue());
            Notices.success("Copied the letter. Paste it into your e-mail.");
        });
        markSent.addClickListener(click -> attempt(() -> {
            // what is typed is saved first, so the letter marked sent is the one on screen
            this.letter = letters.update(this.letter.id(), this.letter.version(), asTyped());
            letters.markSent(this.letter.id(), this.letter.version(), sentOn.getValue());
            listChanged.run();
        }, "Marked the letter as sent."));
        undoSent.addClickListener(click -> attempt(() -> {
            letters.unmarkSent(this.letter.id(), this.letter.version());
            listChanged.run();
        }, "Marked as not sent."));
        delete.addClickListener(click -> confirmDelete());

        Div actions = new Div(save, copy, share);
        actions.addClassName("season-actions");
        Div sentActions = new Div(sentOn, markSent, undoSent, delete);
        sentActions.addClassName("season-actions");
        add(heading, status, kind, body, warnings, actions, sentActions);
        show(letter);
    }

    void show(LetterSummary shown) {
        this.letter = shown;
        heading.setText(shown.kind().label());
        kind.setValue(shown.kind());
        body.setValue(shown.body());
        FormErrors.clear(inputs());
        status.setText(shown.sent() ? "Sent on " + PersonNoteCard.DAY.format(shown.sentOn()) + "." : "Drafted, not sent.");
        status.addClassName("season-meta");
        sentOn.setVisible(!shown.sent());
        markSent.setVisible(!shown.sent());
        undoSent.setVisible(shown.sent());
        refreshWarnings();
    }

    // warnings follow the text as typed and never block a save; each says why the rule exists
    void refreshWarnings() {
        warnings.removeAll();
        if (kind.getValue() == null) {
            return;
        }
        letters.warnings(letter.dossierId(), asTyped()).forEach(warning -> {
            Span reason = new Span(" Why: " + warning.reason());
            reason.addClassName("season-hint");
            ListItem item = new ListItem(new Span(warning.message()), reason);
            item.getElement().setAttribute("data-rule", warning.rule().name());
            warnings.add(item);
        });
        warnings.setVisible(warnings.getComponentCount() > 0);
    }

    private LetterDraft asTyped() {
        return new LetterDraft(kind.getValue(), body.getValue());
    }

    private void confirmDelete() {
        ConfirmDialog confirm = new ConfirmDialog("Delete this " + letter.kind().label().toLowerCase(Locale.ROOT) + "?",
                "Its text goes; a mentor's comments on it go too.", "Delete", confirmed -> {
                    letters.delete(letter.id());
                    listChanged.run();
                });
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.open();
    }

    private void attempt(Runnable action, String success) {
        try {
            action.run();
            Notices.success(success);
        } catch (SeasonException refused) {
            String rest = FormErrors.show(inputs(), refused);
            if (!rest.isEmpty()) {
                Notices.error(rest);
            }
        }
    }

    private Map<String, HasValidation> inputs() {
        return Map.of("kind", kind, "body", body, "sentOn", sentOn);
    }
}
