package org.matchprep.answers.ui;

import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.matchprep.answers.AnswerStructure;
import org.matchprep.answers.Category;
import org.matchprep.answers.InvalidAnswerException;
import org.matchprep.answers.QuestionBankService;
import org.matchprep.answers.QuestionSummary;
import org.matchprep.answers.domain.Question;
import org.matchprep.base.ui.FormErrors;
import org.matchprep.base.ui.Forms;
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
    private final Binder<QuestionEntry> binder = Forms.binderFor(QuestionEntry.class);

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

        binder.forField(category).bind("category");
        binder.forField(structure).bind("structure");
        binder.forField(text).bind("text");
        binder.forField(guidance).bind("guidance");
        binder.readRecord(existing != null
                ? new QuestionEntry(existing.category(), existing.structure(), existing.text(), existing.guidance())
                : new QuestionEntry(suggested, null, "", ""));
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
        Forms.record(binder).ifPresent(entered -> {
            try {
                QuestionSummary saved = existing == null
                        ? bank.addBankQuestion(entered.category(), entered.structure(), entered.text(), entered.guidance())
                        : bank.editBankQuestion(existing.id(), existing.version(), entered.category(), entered.structure(),
                                entered.text(), entered.guidance());
                Notices.success(existing == null ? "Question added to the bank." : "Question saved.");
                onSaved.accept(saved);
                close();
            } catch (InvalidAnswerException refused) {
                // another admin's edit concerns the whole question and becomes a notice
                FormErrors.showWithNotice(binder, refused);
            }
        });
    }

    private static void countCharacters(TextArea area, String help, int max) {
        area.setHelperText(help + area.getValue().length() + " / " + max + " characters");
    }
}
