package org.matchprep.answers.ui;

import java.util.List;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.matchprep.account.AccountService;
import org.matchprep.account.AccountSummary;
import org.matchprep.account.Roles;
import org.matchprep.answers.AnswerRoutes;
import org.matchprep.answers.AnswerService;
import org.matchprep.answers.AnswerStructure;
import org.matchprep.answers.Category;
import org.matchprep.answers.ExperienceService;
import org.matchprep.answers.QuestionWithAnswer;
import org.matchprep.base.ui.ViewHeader;

/**
 * The personal narrative in its four parts, with its variants ("tell me about yourself", "why radiology",
 * "why this program") side by side as tabs, each assembled as it would be spoken.
 */
@Route(AnswerRoutes.NARRATIVE)
@PageTitle("Narrative · MatchPrep")
@Menu(title = "Narrative", order = 20, icon = "vaadin:user-card")
@RolesAllowed(Roles.APPLICANT)
public class NarrativeView extends VerticalLayout {

    final TabSheet variants = new TabSheet();

    NarrativeView(AnswerService answers, ExperienceService experiences, AccountService accounts) {
        addClassName("page");
        AccountSummary me = accounts.myAccount();
        add(new ViewHeader("Your narrative", "Background, why abroad, why radiology, goals: 60-90 seconds spoken. "
                + "Write each part to its target; the assembled version shows how it flows."), variants);
        variants.setWidthFull();
        List<QuestionWithAnswer> narratives = answers.myQuestions().stream()
                .filter(entry -> entry.question().category() == Category.GET_TO_KNOW_YOU
                        && entry.question().structure() == AnswerStructure.NARRATIVE)
                .toList();
        for (QuestionWithAnswer narrative : narratives) {
            variants.add(narrative.question().text(),
                    new com.vaadin.flow.component.html.Div(new AnswerEditor(answers, experiences, me, narrative.question().id())));
        }
        if (narratives.isEmpty()) {
            add(new com.vaadin.flow.component.html.Paragraph("The question bank has no narrative questions yet; ask your admin to add one."));
        }
    }
}
