package org.matchprep.answers.ui;

import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.matchprep.answers.AnswerDraft;
import org.matchprep.answers.AnswerStructure;

/** Both versions side by side when the answer changed in another tab; the applicant chooses. */
class ConflictDialog extends Dialog {

    final Button keepMine = new Button("Keep my version");
    final Button takeStored = new Button("Use the other version");

    ConflictDialog(AnswerStructure structure, Map<String, String> mine, AnswerDraft stored,
                   Consumer<AnswerDraft> onKeepMine, Consumer<AnswerDraft> onTakeStored) {
        setHeaderTitle("This answer changed in another tab or device");
        setWidth("min(60rem, 95vw)");
        setCloseOnOutsideClick(false);
        add(new Paragraph("Nothing was overwritten. Compare the two versions and choose which to keep; "
                + "you can copy text from either before choosing."));
        Div columns = new Div(column("Your version (this tab)", structure, mine),
                column("Saved from the other tab", structure, stored == null ? Map.of() : stored.parts()));
        columns.addClassName("conflict-columns");
        add(columns);

        keepMine.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        keepMine.addClickListener(click -> {
            close();
            onKeepMine.accept(stored);
        });
        takeStored.addClickListener(click -> {
            close();
            onTakeStored.accept(stored);
        });
        getFooter().add(takeStored, keepMine);
    }

    private static Div column(String title, AnswerStructure structure, Map<String, String> parts) {
        Div column = new Div(new H3(title));
        column.addClassName("conflict-column");
        for (AnswerStructure.Part part : structure.parts()) {
            TextArea text = new TextArea(part.label());
            text.setValue(parts.getOrDefault(part.key(), ""));
            text.setReadOnly(true);
            text.setWidthFull();
            column.add(text);
        }
        return column;
    }
}
