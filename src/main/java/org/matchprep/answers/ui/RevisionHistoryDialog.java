package org.matchprep.answers.ui;

import java.time.ZoneId;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import org.matchprep.answers.AnswerService;
import org.matchprep.answers.RevisionDiff;
import org.matchprep.answers.RevisionSummary;
import org.matchprep.base.ui.DiffText;
import org.matchprep.base.ui.Notices;
import org.matchprep.base.ui.Times;

/** Every kept revision of an answer; compare any two word by word, or restore one as a new revision. */
class RevisionHistoryDialog extends Dialog {

    final Select<RevisionSummary> from = new Select<>();
    final Select<RevisionSummary> to = new Select<>();
    final Button restore = new Button("Restore the older one");
    final Div diff = new Div();

    private final AnswerService answers;

    RevisionHistoryDialog(AnswerService answers, ZoneId zone, long questionId, Runnable onRestored) {
        this.answers = answers;
        setHeaderTitle("History");
        setWidth("min(56rem, 95vw)");
        List<RevisionSummary> revisions = answers.history(questionId);
        getFooter().add(new Button("Close", click -> close()));
        if (revisions.isEmpty()) {
            add(new Paragraph("No revisions yet. Each editing session of this answer is kept here once you write."));
            return;
        }
        from.setLabel("Compare");
        to.setLabel("with");
        for (Select<RevisionSummary> select : List.of(from, to)) {
            select.setWidth("min(24rem, 100%)");
            select.setItems(revisions);
            select.setItemLabelGenerator(revision -> "#" + revision.number() + " · " + Times.dateTime(revision.savedAt(), zone)
                    + " · " + revision.wordCount() + " words"
                    + (revision.restoredFrom() == null ? "" : " · restored #" + revision.restoredFrom()));
            select.addValueChangeListener(change -> showDiff());
        }
        to.setValue(revisions.getFirst());
        from.setValue(revisions.size() > 1 ? revisions.get(1) : revisions.getFirst());

        restore.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        restore.addClickListener(click -> {
            RevisionSummary older = from.getValue().number() <= to.getValue().number() ? from.getValue() : to.getValue();
            answers.restore(older.id());
            Notices.success("Revision #" + older.number() + " is the current text again, kept as a new revision.");
            close();
            onRestored.run();
        });
        Div pickers = new Div(from, to);
        pickers.addClassName("filter-bar");
        diff.addClassName("revision-diff");
        add(new Paragraph("Saves made while you type are folded into one revision per editing session."), pickers, diff);
        getFooter().addComponentAsFirst(restore);
        showDiff();
    }

    private void showDiff() {
        diff.removeAll();
        if (from.getValue() == null || to.getValue() == null) {
            return;
        }
        RevisionSummary older = from.getValue().number() <= to.getValue().number() ? from.getValue() : to.getValue();
        RevisionSummary newer = older == from.getValue() ? to.getValue() : from.getValue();
        RevisionDiff changes = answers.diff(older.id(), newer.id());
        restore.setEnabled(older.number() != newer.number());
        diff.add(new DiffText(changes.parts()));
    }
}
