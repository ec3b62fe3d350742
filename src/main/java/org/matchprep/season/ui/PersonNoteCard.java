package org.matchprep.season.ui;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.matchprep.base.ui.AppIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.matchprep.base.ui.FormErrors;
import org.matchprep.base.ui.Notices;
import org.matchprep.season.PersonNote;
import org.matchprep.season.SeasonException;
import org.matchprep.season.ThankYouNote;
import org.matchprep.season.ThankYouNotes;
import org.matchprep.season.ThankYouService;
import org.matchprep.season.domain.InterviewPerson;

/** One person met at an interview: who they are, the note to them, and whether it was sent. */
class PersonNoteCard extends Div {

    final H3 heading = new H3();
    final Paragraph status = new Paragraph();
    final TextField name = new TextField("Name");
    final TextField role = new TextField("Role");
    final TextField specificThing = new TextField("Something specific you discussed");
    final TextArea note = new TextArea("Thank-you note");
    final UnorderedList warnings = new UnorderedList();
    final Button draft = new Button("Draft from template", AppIcon.MAGIC.create());
    final Button save = new Button("Save note");
    final Button copy = new Button("Copy note", AppIcon.COPY_O.create());
    final DatePicker sentOn = new DatePicker("Sent on");
    final Button markSent = new Button("Mark as sent", AppIcon.CHECK.create());
    final Button undoSent = new Button("Not sent after all");
    final Button up = new Button(AppIcon.ARROW_UP.create());
    final Button down = new Button(AppIcon.ARROW_DOWN.create());
    final Button remove = new Button("Remove", AppIcon.TRASH.create());

    static final DateTimeFormatter DAY = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.US);

    private final ThankYouService thankYous;
    private final Consumer<ThankYouNotes> listChanged;
    private final Runnable reload;
    private ThankYouNote person;

    PersonNoteCard(ThankYouService thankYous, ThankYouNote person, ZoneId myZone, boolean canMoveUp, boolean canMoveDown,
                   Consumer<ThankYouNotes> listChanged, Runnable reload) {
        this.thankYous = thankYous;
        this.listChanged = listChanged;
        this.reload = reload;
        addClassNames("card", "thank-you-note");
        name.setMaxLength(InterviewPerson.NAME_MAX_LENGTH);
        role.setMaxLength(InterviewPerson.ROLE_MAX_LENGTH);
        specificThing.setMaxLength(InterviewPerson.SPECIFIC_MAX_LENGTH);
        specificThing.setHelperText("One thing only this person and you talked about, such as their AI lab or the night float.");
        specificThing.setWidthFull();
        note.setMaxLength(InterviewPerson.NOTE_MAX_LENGTH);
        note.setWidthFull();
        note.setMinRows(6);
        specificThing.setValueChangeMode(ValueChangeMode.LAZY);
        note.setValueChangeMode(ValueChangeMode.LAZY);
        specificThing.addValueChangeListener(change -> refreshWarnings());
        note.addValueChangeListener(change -> refreshWarnings());
        warnings.addClassName("season-reason-warnings");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        draft.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        copy.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        undoSent.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        up.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        down.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        up.setAriaLabel("Move " + person.name() + " up");
        down.setAriaLabel("Move " + person.name() + " down");
        up.setEnabled(canMoveUp);
        down.setEnabled(canMoveDown);
        remove.setAriaLabel("Remove " + person.name());
        copy.setAriaLabel("Copy note to " + person.name());
        sentOn.setMax(LocalDate.now(myZone));
        sentOn.setValue(LocalDate.now(myZone));

        draft.addClickListener(click -> fillFromTemplate());
        save.addClickListener(click -> save());
        copy.addClickListener(click -> copyNote());
        markSent.addClickListener(click -> markSent());
        undoSent.addClickListener(click -> attempt(() -> {
            thankYous.unmarkSent(person.id(), person.version());
            reload.run();
        }, "Marked as not sent: it is due again."));
        up.addClickListener(click -> listChanged.accept(thankYous.move(person.id(), -1)));
        down.addClickListener(click -> listChanged.accept(thankYous.move(person.id(), 1)));
        remove.addClickListener(click -> confirmRemove());

        Div top = new Div(heading, up, down);
        top.addClassName("season-card-top");
        Div who = new Div(name, role);
        who.addClassName("season-evidence-row");
        Div noteActions = new Div(draft, save, copy);
        noteActions.addClassName("season-actions");
        Div sentActions = new Div(sentOn, markSent, undoSent, remove);
        sentActions.addClassName("season-actions");
        add(top, status, who, specificThing, note, warnings, noteActions, sentActions);
        show(person);
    }

    ThankYouNote person() {
        return person;
    }

    void show(ThankYouNote shown) {
        this.person = shown;
        heading.setText(shown.nameAndRole());
        name.setValue(shown.name());
        role.setValue(shown.role());
        specificThing.setValue(shown.specificThing());
        note.setValue(shown.note());
        FormErrors.clear(inputs());
        status.setText(shown.sent() ? "Sent on " + DAY.format(shown.sentOn()) + "." : shown.note().isBlank() ? "No note yet."
                : "Drafted, not sent.");
        status.setClassName("season-meta", true);
        sentOn.setVisible(!shown.sent());
        markSent.setVisible(!shown.sent());
        undoSent.setVisible(shown.sent());
        refreshWarnings();
    }

    // warnings follow the text as typed and never block a save
    void refreshWarnings() {
        warnings.removeAll();
        thankYous.warnings(asTyped()).forEach(warning -> warnings.add(new ListItem(warning)));
        warnings.setVisible(warnings.getComponentCount() > 0);
    }

    private PersonNote asTyped() {
        return new PersonNote(name.getValue(), role.getValue(), specificThing.getValue(), note.getValue());
    }

    void fillFromTemplate() {
        if (!note.getValue().isBlank()) {
            ConfirmDialog confirm = new ConfirmDialog("Replace your note?", "The template replaces what you have written "
                    + "in this note. Nothing is saved until you press Save note.", "Replace", confirmed -> fill());
            confirm.setCancelable(true);
            confirm.open();
        } else {
            fill();
        }
    }

    private void fill() {
        note.setValue(thankYous.draft(person.id(), asTyped()));
        note.focus();
    }

    void save() {
        attempt(() -> show(thankYous.save(person.id(), person.version(), asTyped())), "Saved the note to " + name.getValue().strip() + ".");
    }

    void markSent() {
        attempt(() -> {
            // what is typed is saved first, so the note marked sent is the one on screen
            person = thankYous.save(person.id(), person.version(), asTyped());
            thankYous.markSent(person.id(), person.version(), sentOn.getValue());
            reload.run();
        }, "Marked the note to " + name.getValue().strip() + " as sent.");
    }

    private void copyNote() {
        // the browser copies; the app sends nothing
        copy.getElement().executeJs("return navigator.clipboard.writeText($0)", note.getValue());
        Notices.success("Copied the note. Paste it into your e-mail.");
    }

    private void confirmRemove() {
        ConfirmDialog confirm = new ConfirmDialog("Remove " + person.name() + "?", "Their note goes too.", "Remove",
                confirmed -> listChanged.accept(thankYous.remove(person.id())));
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
        return Map.of("name", name, "role", role, "specificThing", specificThing, "note", note, "sentOn", sentOn);
    }
}
