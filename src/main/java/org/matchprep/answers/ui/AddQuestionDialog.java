package org.matchprep.answers.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.matchprep.answers.AnswerStructure;
import org.matchprep.answers.Category;
import org.matchprep.answers.InvalidAnswerException;
import org.matchprep.answers.QuestionBankService;
import org.matchprep.answers.QuestionSummary;
import org.matchprep.answers.domain.Question;

/** An applicant adds a question of their own, e.g. one a program is known to ask. */
class AddQuestionDialog extends Dialog {

    final Select<Category> category = new Select<>();
    final Select<AnswerStructure> structure = new Select<>();
    final TextArea text = new TextArea("Question");
    final Button add = new Button("Add question");

    AddQuestionDialog(QuestionBankService bank, Category preselected, Consumer<QuestionSummary> onAdded) {
        setHeaderTitle("Add your own question");
        setWidth("min(36rem, 95vw)");
        category.setLabel("Category");
        category.setItems(Category.values());
        category.setItemLabelGenerator(Category::label);
        category.setValue(preselected);
        structure.setLabel("Answer structure");
        structure.setItems(AnswerStructure.values());
        structure.setItemLabelGenerator(AnswerStructure::label);
        structure.setValue(AnswerStructure.FREE_TEXT);
        structure.setHelperText("STAR for \"tell me about a time\"; the IMG and red-flag patterns for those questions.");
        text.setMaxLength(Question.TEXT_MAX_LENGTH);
        text.setWidthFull();
        FormLayout form = new FormLayout(category, structure, text);
        form.setColspan(text, 2);
        add(form);
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(click -> {
            try {
                QuestionSummary added = bank.addMyQuestion(category.getValue(), structure.getValue(), text.getValue());
                close();
                onAdded.accept(added);
            } catch (InvalidAnswerException invalid) {
                text.setErrorMessage(invalid.getMessage());
                text.setInvalid(true);
            }
        });
        getFooter().add(new Button("Cancel", click -> close()), add);
    }
}
