package org.matchprep.answers.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import org.matchprep.answers.AnswerStructure;
import org.matchprep.answers.Category;
import org.matchprep.answers.InvalidAnswerException;
import org.matchprep.answers.QuestionBankService;
import org.matchprep.answers.QuestionSummary;
import org.matchprep.answers.domain.Question;
import org.matchprep.base.ui.FormErrors;
import org.matchprep.base.ui.Forms;

/** An applicant adds a question of their own, e.g. one a program is known to ask. */
class AddQuestionDialog extends Dialog {

    final Select<Category> category = new Select<>();
    final Select<AnswerStructure> structure = new Select<>();
    final TextArea text = new TextArea("Question");
    final Button add = new Button("Add question");

    private final Binder<QuestionEntry> binder = Forms.binderFor(QuestionEntry.class);

    AddQuestionDialog(QuestionBankService bank, Category preselected, Consumer<QuestionSummary> onAdded) {
        setHeaderTitle("Add your own question");
        setWidth("min(36rem, 95vw)");
        category.setLabel("Category");
        category.setItems(Category.values());
        category.setItemLabelGenerator(Category::label);
        structure.setLabel("Answer structure");
        structure.setItems(AnswerStructure.values());
        structure.setItemLabelGenerator(AnswerStructure::label);
        structure.setHelperText("STAR for \"tell me about a time\"; the IMG and red-flag patterns for those questions.");
        text.setMaxLength(Question.TEXT_MAX_LENGTH);
        text.setWidthFull();
        binder.forField(category).bind("category");
        binder.forField(structure).bind("structure");
        binder.forField(text).bind("text");
        // an applicant's own question has no guidance for others
        binder.forField(Forms.<String>kept()).bind("guidance");
        binder.readRecord(new QuestionEntry(preselected, AnswerStructure.FREE_TEXT, "", null));
        FormLayout form = new FormLayout(category, structure, text);
        form.setColspan(text, 2);
        add(form);
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(click -> Forms.record(binder).ifPresent(entered -> {
            try {
                QuestionSummary added = bank.addMyQuestion(entered.category(), entered.structure(), entered.text());
                close();
                onAdded.accept(added);
            } catch (InvalidAnswerException invalid) {
                FormErrors.showWithNotice(binder, invalid);
            }
        }));
        getFooter().add(new Button("Cancel", click -> close()), add);
    }
}
