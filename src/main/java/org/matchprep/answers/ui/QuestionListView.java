package org.matchprep.answers.ui;

import static org.matchprep.answers.TimingNote.pace;

import java.time.ZoneId;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.matchprep.base.ui.AppIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.matchprep.account.AccountService;
import org.matchprep.account.Roles;
import org.matchprep.answers.AnswerRoutes;
import org.matchprep.answers.AnswerService;
import org.matchprep.answers.Category;
import org.matchprep.answers.QuestionBankService;
import org.matchprep.answers.QuestionWithAnswer;
import org.matchprep.answers.SpeakingTime;
import org.matchprep.base.ui.AccessibleTabSheet;
import org.matchprep.base.ui.Notices;
import org.matchprep.base.ui.Times;
import org.matchprep.base.ui.ViewHeader;

/** The question bank by category, with how far each of my answers has come. */
@Route(AnswerRoutes.QUESTIONS)
@PageTitle("Questions · MatchPrep")
@Menu(title = "Questions", order = 10, icon = "vaadin:comments-o")
@RolesAllowed(Roles.APPLICANT)
public class QuestionListView extends VerticalLayout {

    final TabSheet categories = new AccessibleTabSheet(); // see there: the tab list holds tabs only
    final Button addQuestion = new Button("Add your own question", AppIcon.PLUS.create());

    private final AnswerService answers;
    private final ZoneId zone;

    /** Where the times beside each answer come from. */
    final Paragraph paceNote = new Paragraph();

    QuestionListView(AnswerService answers, QuestionBankService bank, AccountService accounts) {
        this.answers = answers;
        this.zone = accounts.myAccount().timeZone();
        addClassName("page");
        addQuestion.addClickListener(click -> new AddQuestionDialog(bank, selectedCategory(), added -> {
            Notices.success("Added to " + added.category().label() + ".");
            refresh();
            categories.setSelectedIndex(added.category().ordinal());
        }).open());
        add(new ViewHeader("Questions", "Prepare a structure for each question, not a script. "
                + "Open one to write; your text is saved as you type.", addQuestion), paceNote, categories);
        paceNote.addClassName("answer-note");
        categories.setWidthFull();
        refresh();
    }

    void refresh() {
        int selected = categories.getSelectedIndex();
        while (categories.getTabCount() > 0) {
            categories.remove(0);
        }
        List<QuestionWithAnswer> mine = answers.myQuestions();
        int wordsPerMinute = answers.speakingRate();
        paceNote.setText(pace(wordsPerMinute));
        for (Category category : Category.values()) {
            List<QuestionWithAnswer> inCategory = mine.stream().filter(entry -> entry.question().category() == category).toList();
            long answered = inCategory.stream().filter(QuestionWithAnswer::answered).count();
            Div list = new Div(new Paragraph(category.description()));
            list.addClassName("question-list");
            inCategory.forEach(entry -> list.add(row(entry, wordsPerMinute)));
            if (inCategory.isEmpty()) {
                list.add(new Paragraph("No questions here yet. Add your own with the button above."));
            }
            categories.add(category.label() + " · " + answered + "/" + inCategory.size(), list);
        }
        if (selected >= 0 && selected < categories.getTabCount()) {
            categories.setSelectedIndex(selected);
        }
    }

    private Div row(QuestionWithAnswer entry, int wordsPerMinute) {
        RouterLink link = new RouterLink(entry.question().text(), AnswerView.class,
                new RouteParameters("questionId", Long.toString(entry.question().id())));
        link.addClassName("question-link");
        Span state = new Span(entry.answered()
                ? entry.words() + " words · " + SpeakingTime.format(SpeakingTime.of(entry.words(), wordsPerMinute))
                        + " · edited " + Times.date(entry.updatedAt(), zone)
                : "Not started");
        state.addClassName(entry.answered() ? "question-state-answered" : "question-state-open");
        Div meta = new Div(state, new Span(entry.question().structure().label()));
        if (entry.question().own()) {
            meta.add(new Span("Your question"));
        }
        meta.addClassName("question-meta");
        Div row = new Div(link, meta);
        row.addClassName("question-row");
        return row;
    }

    private Category selectedCategory() {
        int index = Math.max(0, categories.getSelectedIndex());
        return Category.values()[Math.min(index, Category.values().length - 1)];
    }
}
