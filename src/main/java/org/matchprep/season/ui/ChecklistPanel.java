package org.matchprep.season.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.matchprep.base.ui.Notices;
import org.matchprep.season.ChecklistItem;
import org.matchprep.season.ChecklistPhase;
import org.matchprep.season.ChecklistService;
import org.matchprep.season.SeasonException;

/** The interview's checklists, phase by phase; each tick is saved at once, and the applicant adds their own items. */
class ChecklistPanel extends Div {

    final List<Checkbox> boxes = new ArrayList<>();
    final List<Button> deletes = new ArrayList<>();
    final Paragraph progress = new Paragraph();
    final Select<ChecklistPhase> ownPhase = new Select<>();
    final TextField ownText = new TextField("Your own item");
    final Button add = new Button("Add item");

    private final ChecklistService checklists;
    private final long interviewId;
    private final Div items = new Div();
    private int done;

    ChecklistPanel(ChecklistService checklists, long interviewId) {
        this.checklists = checklists;
        this.interviewId = interviewId;
        addClassName("card");
        progress.getElement().setAttribute("aria-live", "polite");
        add(new H2("Checklist"), progress, items, ownItemForm());
        showItems();
    }

    private HorizontalLayout ownItemForm() {
        ownPhase.setLabel("When");
        ownPhase.setItems(ChecklistPhase.values());
        ownPhase.setItemLabelGenerator(ChecklistPhase::label);
        ownPhase.setValue(ChecklistPhase.DAY_BEFORE);
        ownText.setMaxLength(ChecklistItem.TEXT_MAX_LENGTH);
        ownText.setPlaceholder("e.g. Charge the laptop");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(click -> addOwn());
        HorizontalLayout form = new HorizontalLayout(ownPhase, ownText, add);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }

    private void addOwn() {
        try {
            checklists.addOwn(interviewId, ownPhase.getValue(), ownText.getValue());
            ownText.clear();
            showItems();
        } catch (SeasonException refused) {
            Notices.error(refused.getMessage());
        }
    }

    private void showItems() {
        items.removeAll();
        boxes.clear();
        deletes.clear();
        List<ChecklistItem> checklist = checklists.checklist(interviewId);
        ChecklistPhase phase = null;
        for (ChecklistItem item : checklist) {
            if (item.phase() != phase) {
                phase = item.phase();
                items.add(new H3(phase.label()));
            }
            items.add(row(item));
        }
        done = (int) checklist.stream().filter(ChecklistItem::done).count();
        showProgress();
    }

    private Div row(ChecklistItem item) {
        Checkbox box = new Checkbox(item.text(), item.done());
        box.addValueChangeListener(change -> {
            checklists.tick(item.id(), change.getValue());
            done += change.getValue() ? 1 : -1;
            showProgress();
        });
        boxes.add(box);
        Div row = new Div(box);
        if (item.own()) {
            Button delete = new Button("Delete", click -> {
                checklists.deleteOwn(item.id());
                showItems();
            });
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            delete.setAriaLabel("Delete your item: " + item.text());
            deletes.add(delete);
            row.add(delete);
        }
        return row;
    }

    private void showProgress() {
        progress.setText(done + " of " + boxes.size() + " done");
    }
}
