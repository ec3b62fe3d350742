package org.matchprep.answers.ui;

import java.time.ZoneId;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import org.matchprep.answers.AnswerStructure;
import org.matchprep.base.WordDiff;
import org.matchprep.base.ui.DiffText;
import org.matchprep.base.ui.Times;

/**
 * Offers back the text this browser kept when the server never confirmed it (it went away, or the tab
 * closed first): the changes from the saved version, word by word, and the choice which one to keep.
 */
class UnsavedTextDialog extends Dialog {

    final Button keepUnsaved = new Button("Keep the unsaved text");
    final Button keepSaved = new Button("Keep the saved version");

    UnsavedTextDialog(AnswerStructure structure, Map<String, String> saved, UnsavedText unsaved, boolean savedSince,
                      ZoneId zone, Runnable onKeepUnsaved, Runnable onKeepSaved) {
        setHeaderTitle("Unsaved text from " + Times.dateTime(unsaved.typedAt(), zone) + " in this browser");
        setWidth("min(56rem, 95vw)");
        setCloseOnOutsideClick(false);
        addClassName("unsaved-text-dialog");
        add(new Paragraph("This browser kept text that never reached the server, for example because the "
                + "connection was lost. Struck-through words are in the saved version only, underlined words in the "
                + "unsaved text only. Keep one of them."));
        if (savedSince) {
            add(new Paragraph("The answer was saved again after this text was typed (in another tab or device)."));
        }
        add(new DiffText(WordDiff.byPart(structure.parts().stream()
                .map(part -> new WordDiff.PartName(part.key(), part.label())).toList(), saved, unsaved.parts())));

        keepUnsaved.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        keepUnsaved.addClickListener(click -> {
            close();
            onKeepUnsaved.run();
        });
        keepSaved.addClickListener(click -> {
            close();
            onKeepSaved.run();
        });
        getFooter().add(keepSaved, keepUnsaved);
    }
}
