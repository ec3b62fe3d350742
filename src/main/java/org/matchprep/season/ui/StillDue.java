package org.matchprep.season.ui;

import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import org.matchprep.season.LetterService;
import org.matchprep.season.LetterSummary;
import org.matchprep.season.NotesDue;
import org.matchprep.season.ThankYouService;

/** What the tracker says is still to do after interviews: thank-you notes to send and letters drafted but not sent. */
class StillDue extends Div {

    final UnorderedList items = new UnorderedList();

    StillDue(ThankYouService thankYous, LetterService letters) {
        addClassNames("card", "still-due");
        List<NotesDue> notes = thankYous.notesToSend();
        List<LetterSummary> unsent = letters.unsentLetters();
        for (NotesDue due : notes) {
            items.add(new ListItem(new Anchor("interviews/" + due.interviewId(), due.count() + " thank-you note"
                    + (due.count() == 1 ? "" : "s") + " to send: " + due.programName())));
        }
        for (LetterSummary letter : unsent) {
            items.add(new ListItem(new Anchor("programs/dossier/" + letter.dossierId(), letter.kind().label()
                    + " drafted, not sent: " + letter.programName())));
        }
        add(new H2("Still to do after interviews"), items);
        setVisible(!notes.isEmpty() || !unsent.isEmpty());
    }

    /** The lines as shown, for tests and screen readers alike. */
    List<String> lines() {
        return items.getChildren().map(item -> item.getElement().getTextRecursively()).toList();
    }
}
