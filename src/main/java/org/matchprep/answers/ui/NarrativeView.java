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
import org.matchprep.base.ui.AccessibleTabSheet;
import org.matchprep.base.ui.ViewHeader;

/**
 * The personal narrative ("tell me about yourself") in its parts, assembled as it would be spoken, beside
 * "why radiology" in its own shape. "Why this program" lives in each program's dossier.
 */
@Route(AnswerRoutes.NARRATIVE)
@PageTitle("Narrative · MatchPrep")
@Menu(title = "Narrative", order = 20, icon = "vaadin:user-card")
@RolesAllowed(Roles.APPLICANT)
public class NarrativeView extends VerticalLayout {

    final TabSheet variants = new AccessibleTabSheet(); // see there: the tab list holds tabs only

    NarrativeView(AnswerService answers, ExperienceService experiences, AccountService accounts) {
        addClassName("page");
        AccountSummary me = accounts.myAccount();
        add(new ViewHeader("Your narrative", "Where you are from and studied, why medicine, why training abroad, "
                + "why radiology, goals: 60-90 seconds spoken. \"Why radiology?\" has a shape of its own beside it; "
                + "\"Why our program?\" is written per program, in each dossier."), variants);
        variants.setWidthFull();
        List<QuestionWithAnswer> narratives = answers.myQuestions().stream()
                .filter(entry -> entry.question().category() == Category.GET_TO_KNOW_YOU
                        && (entry.question().structure() == AnswerStructure.NARRATIVE
                                || entry.question().structure() == AnswerStructure.WHY_RADIOLOGY))
                .toList();
        for (QuestionWithAnswer narrative : narratives) {
            variants.add(narrative.question().text(),
                    new com.vaadin.flow.component.html.Div(new AnswerEditor(answers, experiences, me, narrative.question().id(), false)));
        }
        if (narratives.isEmpty()) {
            add(new com.vaadin.flow.component.html.Paragraph("The question bank has no narrative questions yet; ask your admin to add one."));
        }
    }
}
