package org.matchprep.answers.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getColumnByHeader;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.UUID;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.matchprep.answers.AnswerStructure;
import org.matchprep.answers.Category;
import org.matchprep.answers.QuestionBankService;
import org.matchprep.answers.QuestionSummary;
import org.matchprep.answers.domain.Question;
import org.matchprep.testing.KaribuTest;
import org.matchprep.testing.Shown;
import org.matchprep.testing.Who;
import org.springframework.beans.factory.annotation.Autowired;

class QuestionBankAdminViewTest extends KaribuTest {

    /** V5 seeds the bank; tests may add more, so counts are at least this. */
    private static final int SEEDED = 62;

    @Autowired
    QuestionBankService bank;

    private QuestionBankAdminView view;

    @BeforeEach
    void openTheBankAsAnAdmin() {
        signInAndOpen(Who.ADMIN);
        UI.getCurrent().navigate("admin/questions");
        view = _get(QuestionBankAdminView.class);
    }

    @Test
    void an_admin_sees_every_bank_question_including_the_seeded_ones() {
        assertThat(_size(view.grid)).isGreaterThanOrEqualTo(SEEDED).isEqualTo(bank.bank().size());
        assertThat(_findAll(view.grid)).extracting(QuestionSummary::text)
                .contains("Tell me about yourself.", "Why radiology?", "Why our program?");
        assertThat(view.shown.getText()).isEqualTo(bank.bank().size() + " questions");
    }

    @Test
    void categories_come_in_the_order_applicants_prepare_them() {
        assertThat(_findAll(view.grid).getFirst().text()).isEqualTo("Tell me about yourself.");
        assertThat(_findAll(view.grid)).extracting(QuestionSummary::category).isSortedAccordingTo(Comparator.naturalOrder())
                .containsSequence(Category.GET_TO_KNOW_YOU, Category.IMG);
    }

    @Test
    void the_category_filter_and_the_search_narrow_the_list() {
        _setValue(view.categoryFilter, Category.RED_FLAG);

        assertThat(_findAll(view.grid)).isNotEmpty().extracting(QuestionSummary::category).containsOnly(Category.RED_FLAG);
        assertThat(view.shown.getText()).matches("\\d+ of \\d+ questions");

        _setValue(view.categoryFilter, Category.GET_TO_KNOW_YOU);
        _setValue(view.search, "WHY RADIOLOGY");
        assertThat(_findAll(view.grid)).extracting(QuestionSummary::text).containsExactly("Why radiology?");

        _setValue(view.search, "no question says " + UUID.randomUUID());
        assertThat(_size(view.grid)).isZero();

        _setValue(view.search, "");
        _setValue(view.categoryFilter, null);
        assertThat(_size(view.grid)).isEqualTo(bank.bank().size());
    }

    @Test
    void an_admin_adds_a_question_in_the_filtered_category() {
        String text = uniqueText("Tell me about a time you disagreed with a radiologist");
        _setValue(view.categoryFilter, Category.BEHAVIOURAL);
        _click(view.newQuestion);
        BankQuestionDialog dialog = _get(BankQuestionDialog.class);
        assertThat(dialog.category.getValue()).isEqualTo(Category.BEHAVIOURAL);
        assertThat(dialog.text.getMaxLength()).isEqualTo(Question.TEXT_MAX_LENGTH);

        _setValue(dialog.structure, AnswerStructure.STAR);
        _setValue(dialog.text, text);
        _setValue(dialog.guidance, "Pick a case where you stayed respectful and checked the images again.");
        _click(dialog.save);

        assertThat(dialog.isOpened()).isFalse();
        assertThat(Shown.notifications()).containsExactly("Question added to the bank.");
        QuestionSummary added = shownWithText(text);
        assertThat(added.category()).isEqualTo(Category.BEHAVIOURAL);
        assertThat(added.structure()).isEqualTo(AnswerStructure.STAR);
        assertThat(added.guidance()).startsWith("Pick a case");
        assertThat(added.retired()).isFalse();
    }

    @Test
    void editing_a_question_saves_the_new_text_and_guidance() {
        QuestionSummary question = bank.addBankQuestion(Category.RADIOLOGY, AnswerStructure.FREE_TEXT,
                uniqueText("How will AI change radiology"), null);
        view.refresh();
        String newText = uniqueText("How will AI change the radiologist's day");

        _click(rowButton(question, "Edit"));
        BankQuestionDialog dialog = _get(BankQuestionDialog.class);
        assertThat(dialog.text.getValue()).isEqualTo(question.text());
        assertThat(dialog.structure.getValue()).isEqualTo(AnswerStructure.FREE_TEXT);
        _setValue(dialog.text, newText);
        _setValue(dialog.guidance, "Potential, limits, and your own position.");
        _click(dialog.save);

        assertThat(dialog.isOpened()).isFalse();
        assertThat(Shown.notifications()).containsExactly("Question saved.");
        QuestionSummary saved = shownWithText(newText);
        assertThat(saved.id()).isEqualTo(question.id());
        assertThat(saved.guidance()).isEqualTo("Potential, limits, and your own position.");
    }

    @Test
    void retiring_and_reinstating_a_question_changes_its_status() {
        QuestionSummary question = bank.addBankQuestion(Category.IMG, AnswerStructure.IMG_PATTERN,
                uniqueText("Why did you train abroad"), null);
        view.refresh();
        assertThat(statusOf(question)).isEqualTo("Active");

        _click(rowButton(question, "Retire"));

        assertThat(shownWithText(question.text()).retired()).isTrue();
        assertThat(statusOf(question)).isEqualTo("Retired");
        assertThat(Shown.notifications()).containsExactly("Retired. Applicants no longer see it in the bank; existing answers keep it.");
        Shown.clearNotifications();

        _click(rowButton(question, "Reinstate"));

        assertThat(shownWithText(question.text()).retired()).isFalse();
        assertThat(statusOf(question)).isEqualTo("Active");
        assertThat(Shown.notifications()).containsExactly("Reinstated. Applicants see the question in the bank again.");
    }

    @Test
    void a_blank_question_is_refused_on_its_field_and_the_dialog_keeps_the_guidance() {
        int before = bank.bank().size();
        _click(view.newQuestion);
        BankQuestionDialog dialog = _get(BankQuestionDialog.class);

        _setValue(dialog.category, Category.RED_FLAG);
        _setValue(dialog.structure, AnswerStructure.RED_FLAG_PATTERN);
        _setValue(dialog.text, "  ");
        _setValue(dialog.guidance, "State the fact plainly.");
        _click(dialog.save);

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.text.isInvalid()).isTrue();
        assertThat(dialog.text.getErrorMessage()).isEqualTo("Write the question.");
        assertThat(dialog.guidance.getValue()).isEqualTo("State the fact plainly.");
        assertThat(dialog.category.getValue()).isEqualTo(Category.RED_FLAG);
        assertThat(bank.bank()).hasSize(before);
    }

    @Test
    void every_refused_field_is_marked_by_its_binding_whatever_the_labels_say() {
        _click(view.newQuestion);
        BankQuestionDialog dialog = _get(BankQuestionDialog.class);
        dialog.text.setLabel("Guidance for applicants");
        dialog.guidance.setLabel("Question");

        _setValue(dialog.category, Category.RED_FLAG);
        _setValue(dialog.guidance, "g".repeat(Question.GUIDANCE_MAX_LENGTH + 1));
        _click(dialog.save);

        assertThat(dialog.text.isInvalid()).isTrue();
        assertThat(dialog.text.getErrorMessage()).isEqualTo("Write the question.");
        assertThat(dialog.guidance.isInvalid()).isTrue();
        assertThat(dialog.guidance.getErrorMessage()).isEqualTo("Guidance has at most " + Question.GUIDANCE_MAX_LENGTH + " characters.");
        assertThat(dialog.structure.isInvalid()).isTrue();
        assertThat(dialog.category.isInvalid()).isFalse();
        assertThat(Shown.notifications()).isEmpty();
    }

    @Test
    void a_question_without_a_category_is_refused_on_the_category_field() {
        _click(view.newQuestion);
        BankQuestionDialog dialog = _get(BankQuestionDialog.class);

        _setValue(dialog.structure, AnswerStructure.FREE_TEXT);
        _setValue(dialog.text, uniqueText("What do you read outside medicine"));
        _click(dialog.save);

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.category.isInvalid()).isTrue();
        assertThat(dialog.category.getErrorMessage()).isEqualTo("Choose a category and an answer structure.");
        assertThat(dialog.structure.isInvalid()).isFalse();
    }

    @Test
    void an_edit_made_meanwhile_by_another_admin_is_refused_with_a_notice_and_nothing_is_lost() {
        QuestionSummary question = bank.addBankQuestion(Category.RADIOLOGY, AnswerStructure.FREE_TEXT,
                uniqueText("What is the biggest challenge for radiology"), null);
        view.refresh();
        _click(rowButton(question, "Edit"));
        BankQuestionDialog dialog = _get(BankQuestionDialog.class);
        bank.editBankQuestion(question.id(), question.version(), question.category(), question.structure(),
                question.text(), "Another admin's guidance.");

        _setValue(dialog.text, "My wording");
        _click(dialog.save);

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.text.getValue()).isEqualTo("My wording");
        assertThat(Shown.notifications()).containsExactly("Another admin changed this question meanwhile; reload it and edit again.");
        assertThat(Shown.notificationThemes()).containsExactly("error");
    }

    private static String uniqueText(String question) {
        return question + " (" + UUID.randomUUID().toString().substring(0, 8) + ")?";
    }

    /** The row shown for the question with this text, found through the search field. */
    private QuestionSummary shownWithText(String text) {
        _setValue(view.categoryFilter, null);
        _setValue(view.search, text);
        assertThat(_size(view.grid)).isEqualTo(1);
        return _findAll(view.grid).getFirst();
    }

    @SuppressWarnings("unchecked")
    private String statusOf(QuestionSummary question) {
        QuestionSummary row = shownWithText(question.text());
        Grid.Column<QuestionSummary> status = _getColumnByHeader(view.grid, "Status");
        return ((ComponentRenderer<Span, QuestionSummary>) status.getRenderer()).createComponent(row).getText();
    }

    @SuppressWarnings("unchecked")
    private Button rowButton(QuestionSummary question, String text) {
        QuestionSummary row = shownWithText(question.text());
        Grid.Column<QuestionSummary> actions = view.grid.getColumns().getLast();
        Div cell = ((ComponentRenderer<Div, QuestionSummary>) actions.getRenderer()).createComponent(row);
        return _get(cell, Button.class, spec -> spec.withText(text));
    }
}
