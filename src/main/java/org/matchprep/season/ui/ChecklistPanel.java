package org.matchprep.season.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import org.matchprep.season.ChecklistItem;
import org.matchprep.season.ChecklistPhase;
import org.matchprep.season.ChecklistService;

/** The interview's checklists, phase by phase; each tick is saved at once. */
class ChecklistPanel extends Div {

    final List<Checkbox> boxes = new ArrayList<>();
    final Paragraph progress = new Paragraph();

    private final ChecklistService checklists;
    private int done;

    ChecklistPanel(ChecklistService checklists, long interviewId) {
        this.checklists = checklists;
        addClassName("card");
        progress.getElement().setAttribute("aria-live", "polite");
        add(new H2("Checklist"), progress);
        List<ChecklistItem> items = checklists.checklist(interviewId);
        ChecklistPhase phase = null;
        for (ChecklistItem item : items) {
            if (item.phase() != phase) {
                phase = item.phase();
                add(new H3(phase.label()));
            }
            Checkbox box = new Checkbox(item.text(), item.done());
            box.addValueChangeListener(change -> {
                checklists.tick(item.id(), change.getValue());
                done += change.getValue() ? 1 : -1;
                showProgress();
            });
            boxes.add(box);
            add(new Div(box));
        }
        done = (int) items.stream().filter(ChecklistItem::done).count();
        showProgress();
    }

    private void showProgress() {
        progress.setText(done + " of " + boxes.size() + " done");
    }
}
