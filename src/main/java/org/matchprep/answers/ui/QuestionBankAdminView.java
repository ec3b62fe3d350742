package org.matchprep.answers.ui;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.matchprep.base.ui.AppIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.matchprep.account.Roles;
import org.matchprep.answers.Category;
import org.matchprep.answers.InvalidAnswerException;
import org.matchprep.answers.QuestionBankService;
import org.matchprep.answers.QuestionSummary;
import org.matchprep.base.ui.Notices;
import org.matchprep.base.ui.ViewHeader;

/** Admins keep the shared question bank: add, edit, retire and reinstate questions. */
@Route("admin/questions")
@PageTitle("Question bank · MatchPrep")
@Menu(title = "Question bank", order = 82, icon = "vaadin:list")
@RolesAllowed(Roles.ADMIN)
public class QuestionBankAdminView extends VerticalLayout {

    final Select<Category> categoryFilter = new Select<>();
    final TextField search = new TextField();
    final Span shown = new Span();
    final Grid<QuestionSummary> grid = new Grid<>(QuestionSummary.class, false);
    final Button newQuestion = new Button("New question", AppIcon.PLUS.create());

    private final QuestionBankService bank;
    private List<QuestionSummary> questions = List.of();

    QuestionBankAdminView(QuestionBankService bank) {
        this.bank = bank;
        addClassName("page");
        setSizeFull();

        newQuestion.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newQuestion.addClickListener(click -> openDialog(null));

        categoryFilter.setAriaLabel("Filter by category");
        categoryFilter.setItems(Category.values());
        categoryFilter.setEmptySelectionAllowed(true);
        categoryFilter.setEmptySelectionCaption("All categories");
        categoryFilter.setItemLabelGenerator(category -> category == null ? "All categories" : category.label());
        categoryFilter.addValueChangeListener(change -> showMatching());

        search.setPlaceholder("Search question text");
        search.setAriaLabel("Search question text");
        search.setPrefixComponent(AppIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> showMatching());

        shown.addClassName("filter-count");
        Div filters = new Div(search, categoryFilter, shown);
        filters.addClassName("filter-bar");

        grid.addColumn(question -> question.category().label()).setHeader("Category").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(QuestionSummary::text).setHeader("Question").setFlexGrow(1);
        grid.addColumn(question -> question.structure().label()).setHeader("Structure").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(QuestionBankAdminView::status).setHeader("Status").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText("No questions match. Clear the search or choose another category.");

        add(new ViewHeader("Question bank", "The shared questions applicants prepare, by category, each with the "
                + "structure its answer follows. Retired questions stay on the answers already written to them.",
                newQuestion), filters, grid);
        setFlexGrow(1, grid);
        refresh();
    }

    void refresh() {
        // categories in the order applicants prepare them; the bank's own order within each
        questions = bank.bank().stream().sorted(Comparator.comparing(QuestionSummary::category)).toList();
        showMatching();
    }

    private void showMatching() {
        Category category = categoryFilter.getValue();
        String words = search.getValue().strip().toLowerCase(Locale.ROOT);
        List<QuestionSummary> matching = questions.stream()
                .filter(question -> category == null || question.category() == category)
                .filter(question -> words.isEmpty() || question.text().toLowerCase(Locale.ROOT).contains(words))
                .toList();
        grid.setItems(matching);
        shown.setText(matching.size() == questions.size() ? questions.size() + " questions"
                : matching.size() + " of " + questions.size() + " questions");
    }

    private void openDialog(QuestionSummary question) {
        new BankQuestionDialog(bank, question, categoryFilter.getValue(), saved -> refresh()).open();
    }

    private Div actions(QuestionSummary question) {
        Button edit = new Button("Edit", click -> openDialog(question));
        edit.setAriaLabel("Edit " + question.text());
        Button toggle = new Button(question.retired() ? "Reinstate" : "Retire", click -> toggleRetired(question));
        toggle.setAriaLabel((question.retired() ? "Reinstate " : "Retire ") + question.text());
        for (Button button : new Button[] {edit, toggle}) {
            button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        }
        Div actions = new Div(edit, toggle);
        actions.addClassName("row-actions");
        return actions;
    }

    void toggleRetired(QuestionSummary question) {
        try {
            if (question.retired()) {
                bank.reinstate(question.id());
                Notices.success("Reinstated. Applicants see the question in the bank again.");
            } else {
                bank.retire(question.id());
                Notices.success("Retired. Applicants no longer see it in the bank; existing answers keep it.");
            }
        } catch (InvalidAnswerException | IllegalStateException refused) {
            // another admin got there first; the refreshed grid shows the current state
            String message = refused.getMessage();
            Notices.error(message.endsWith(".") ? message : message + ".");
        }
        refresh();
    }

    private static Span status(QuestionSummary question) {
        Span badge = new Span(question.retired() ? "Retired" : "Active");
        badge.getElement().getThemeList().add(question.retired() ? "badge contrast" : "badge success");
        return badge;
    }
}
