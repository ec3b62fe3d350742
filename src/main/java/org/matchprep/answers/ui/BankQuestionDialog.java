package org.matchprep.answers.ui;

import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.matchprep.answers.AnswerStructure;
import org.matchprep.answers.Category;
import org.matchprep.answers.InvalidAnswerException;
import org.matchprep.answers.QuestionBankService;
import org.matchprep.answers.QuestionSummary;
import org.matchprep.answers.domain.Question;
import org.matchprep.base.ui.Notices;

/** Adds a question to the shared bank, or edits one read at a known version. */
class BankQuestionDialog extends Dialog {

    private static final String GUIDANCE_HELP = "Shown to applicants beside the question: what a strong answer covers, what to avoid. ";

    final Select<Category> category = new Select<>();
    final Select<AnswerStructure> structure = new Select<>();
    final TextArea text = new TextArea("Question");
    final TextArea guidance = new TextArea("Guidance for applicants");
    final Button save;

    private final QuestionBankService bank;
    private final QuestionSummary existing;
    private final Consumer<QuestionSummary> onSaved;

    /** {@code existing} is null for a new question; {@code suggested} preselects a category for one. */
    BankQuestionDialog(QuestionBankService bank, QuestionSummary existing, Category suggested,
                       Consumer<QuestionSummary> onSaved) {
        this.bank = bank;
        this.existing = existing;
        this.onSaved = onSaved;
        setHeaderTitle(existing == null ? "New question" : "Edit question");
        setWidth("min(44rem, 95vw)");

        category.setLabel("Category");
        category.setItems(Category.values());
        category.setItemLabelGenerator(Category::label);
        category.setPlaceholder("Choose a category");
        category.addValueChangeListener(change -> category.setHelperText(
                change.getValue() == null ? null : change.getValue().description()));
        structure.setLabel("Answer structure");
        structure.setItems(AnswerStructure.values());
        structure.setItemLabelGenerator(AnswerStructure::label);
        structure.setPlaceholder("Choose a structure");
        structure.addValueChangeListener(change -> structure.setHelperText(change.getValue() == null ? null
                : change.getValue().parts().stream().map(AnswerStructure.Part::label).collect(Collectors.joining(" · "))));

        text.setMaxLength(Question.TEXT_MAX_LENGTH);
        text.setRequiredIndicatorVisible(true);
        text.setValueChangeMode(ValueChangeMode.EAGER);
        text.addValueChangeListener(change -> countCharacters(text, "", Question.TEXT_MAX_LENGTH));
        guidance.setMaxLength(Question.GUIDANCE_MAX_LENGTH);
        guidance.setMinRows(4);
        guidance.setValueChangeMode(ValueChangeMode.EAGER);
        guidance.addValueChangeListener(change -> countCharacters(guidance, GUIDANCE_HELP, Question.GUIDANCE_MAX_LENGTH));

        if (existing != null) {
            category.setValue(existing.category());
            structure.setValue(existing.structure());
            text.setValue(existing.text());
            guidance.setValue(existing.guidance() == null ? "" : existing.guidance());
        } else if (suggested != null) {
            category.setValue(suggested);
        }
        countCharacters(text, "", Question.TEXT_MAX_LENGTH);
        countCharacters(guidance, GUIDANCE_HELP, Question.GUIDANCE_MAX_LENGTH);

        FormLayout form = new FormLayout(category, structure, text, guidance);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        form.setColspan(text, 2);
        form.setColspan(guidance, 2);
        add(form);

        save = new Button(existing == null ? "Add question" : "Save changes", click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), save);
    }

    void save() {
        clearErrors();
        try {
            QuestionSummary saved = existing == null
                    ? bank.addBankQuestion(category.getValue(), structure.getValue(), text.getValue(), guidance.getValue())
                    : bank.editBankQuestion(existing.id(), existing.version(), category.getValue(), structure.getValue(),
                            text.getValue(), guidance.getValue());
            Notices.success(existing == null ? "Question added to the bank." : "Question saved.");
            onSaved.accept(saved);
            close();
        } catch (InvalidAnswerException refused) {
            show(refused.getMessage());
        }
    }

    // The service's refusals carry no field name; what is missing or too long in the input tells which
    // field the message belongs to. The rest (another admin's edit, a structure change on answered
    // questions) concern the whole question and become a notice.
    private void show(String message) {
        if (category.isEmpty() || structure.isEmpty()) {
            markInvalid(category.isEmpty() ? category : structure, message);
            if (category.isEmpty() && structure.isEmpty()) {
                markInvalid(structure, message);
            }
        } else if (text.getValue().isBlank() || text.getValue().strip().length() > Question.TEXT_MAX_LENGTH) {
            markInvalid(text, message);
        } else if (guidance.getValue().strip().length() > Question.GUIDANCE_MAX_LENGTH) {
            markInvalid(guidance, message);
        } else {
            Notices.error(message);
        }
    }

    private static void markInvalid(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    private void clearErrors() {
        for (HasValidation field : new HasValidation[] {category, structure, text, guidance}) {
            field.setInvalid(false);
            field.setErrorMessage(null);
        }
    }

    private static void countCharacters(TextArea area, String help, int max) {
        area.setHelperText(help + area.getValue().length() + " / " + max + " characters");
    }
}
