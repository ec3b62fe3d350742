package org.matchprep.season.ui;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import org.matchprep.base.ui.AppIcon;
import com.vaadin.flow.component.textfield.TextField;
import org.matchprep.base.ui.FormErrors;
import org.matchprep.base.ui.Notices;
import org.matchprep.season.PersonNote;
import org.matchprep.season.SeasonException;
import org.matchprep.season.ThankYouNotes;
import org.matchprep.season.ThankYouService;
import org.matchprep.season.domain.InterviewPerson;

/**
 * After the interview: whom the applicant met, and a short thank-you note for each, which they send
 * themselves. Shows how many are still to send, unless the program asked for none.
 */
class ThankYouPanel extends Div {

    final Paragraph due = new Paragraph();
    final Checkbox discouraged = new Checkbox("The program asked not to receive thank-you notes");
    final Paragraph emptyState = new Paragraph();
    final Div people = new Div();
    final TextField newName = new TextField("Name");
    final TextField newRole = new TextField("Role");
    final Button add = new Button("Add person", AppIcon.PLUS.create());
    // by path: sharing and comments belong to the review feature, which season must not depend on
    final Anchor share = new Anchor("", "Share the notes with a mentor for feedback");
    final List<PersonNoteCard> cards = new ArrayList<>();

    private final ThankYouService thankYous;
    private final ZoneId myZone;
    private final long interviewId;

    ThankYouPanel(ThankYouService thankYous, long interviewId, ZoneId myZone) {
        this.thankYous = thankYous;
        this.interviewId = interviewId;
        this.myZone = myZone;
        addClassNames("card", "thank-you-panel");
        newName.setMaxLength(InterviewPerson.NAME_MAX_LENGTH);
        newName.setPlaceholder("Dr. Amara Okafor");
        newRole.setMaxLength(InterviewPerson.ROLE_MAX_LENGTH);
        newRole.setPlaceholder("Program director");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(click -> addPerson());
        add.addClickShortcut(Key.ENTER).listenOn(newName, newRole);
        discouraged.setHelperText("Then none of this interview's notes are shown as due.");
        discouraged.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                show(thankYous.setDiscouraged(interviewId, change.getValue()));
            }
        });
        share.setHref("review/thank-you-notes/" + interviewId);
        emptyState.addClassName("season-meta");
        people.addClassName("season-stack");
        Div addRow = new Div(newName, newRole, add);
        addRow.addClassName("season-evidence-row");
        Paragraph intro = new Paragraph("Write down whom you met (name and role) within a day. A thank-you note is "
                + "optional: keep it short, to one person, about one specific thing you talked about. MatchPrep never "
                + "sends anything: copy the note into your e-mail, then mark it sent.");
        intro.addClassName("season-meta");
        add(new H2("People you met and thank-you notes"), intro, due, discouraged, emptyState, people,
                new H3("Add someone you met"), addRow, share);
        show(thankYous.notes(interviewId));
    }

    void show(ThankYouNotes notes) {
        discouraged.setValue(notes.discouraged());
        due.removeClassName("season-flag");
        if (notes.discouraged()) {
            due.setText("The program asked for no thank-you notes: nothing is due.");
        } else if (notes.withdrawn()) {
            due.setText("You withdrew from this interview: no notes are due.");
        } else if (!notes.tookPlace()) {
            due.setText("After the interview, list the people you met here and draft a note to each.");
        } else if (notes.notesToSend() > 0) {
            due.setText(notes.notesToSend() + " thank-you note" + (notes.notesToSend() == 1 ? "" : "s") + " to send.");
            due.addClassName("season-flag");
        } else {
            due.setText(notes.people().isEmpty() ? "" : "Every note is marked sent.");
        }
        due.setVisible(!due.getText().isEmpty());
        emptyState.setText("Nobody listed yet. Add each person you met, with their role: the program director, "
                + "a faculty member, a resident.");
        emptyState.setVisible(notes.people().isEmpty());
        people.removeAll();
        cards.clear();
        int last = notes.people().size() - 1;
        for (int i = 0; i <= last; i++) {
            PersonNoteCard card = new PersonNoteCard(thankYous, notes.people().get(i), myZone, i > 0, i < last, this::show,
                    this::reload);
            cards.add(card);
            people.add(card);
        }
        share.setVisible(!notes.people().isEmpty());
    }

    void reload() {
        show(thankYous.notes(interviewId));
    }

    private void addPerson() {
        try {
            show(thankYous.addPerson(interviewId, PersonNote.named(newName.getValue(), newRole.getValue())));
            Notices.success("Added " + newName.getValue().strip() + ".");
            newName.clear();
            newRole.clear();
            FormErrors.clear(Map.of("name", newName, "role", newRole));
            newName.focus();
        } catch (SeasonException refused) {
            String rest = FormErrors.show(Map.of("name", newName, "role", newRole), refused);
            if (!rest.isEmpty()) {
                Notices.error(rest);
            }
        }
    }
}
