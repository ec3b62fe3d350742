package org.matchprep.answers.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.matchprep.account.AccountService;
import org.matchprep.account.Roles;
import org.matchprep.answers.AnswerRoutes;
import org.matchprep.answers.AnswerService;
import org.matchprep.answers.ExperienceService;
import org.springframework.security.access.AccessDeniedException;

/** One answer, edited in its structure. */
@Route(AnswerRoutes.ANSWER)
@RolesAllowed(Roles.APPLICANT)
public class AnswerView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    private final AnswerService answers;
    private final ExperienceService experiences;
    private final AccountService accounts;
    AnswerEditor editor;

    AnswerView(AnswerService answers, ExperienceService experiences, AccountService accounts) {
        this.answers = answers;
        this.experiences = experiences;
        this.accounts = accounts;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long questionId;
        try {
            questionId = Long.parseLong(event.getRouteParameters().get("questionId").orElse(""));
        } catch (NumberFormatException notANumber) {
            event.forwardTo(QuestionListView.class);
            return;
        }
        Long answerId;
        try {
            answerId = answers.open(questionId).answerId();
        } catch (AccessDeniedException noSuchQuestion) {
            // someone else's question or none at all: the same answer as a mistyped address, not an error page
            event.forwardTo(QuestionListView.class);
            return;
        }
        removeAll();
        editor = new AnswerEditor(answers, experiences, accounts.myAccount(), questionId);
        // the review feature lives in its own package (it depends on this one), so it is linked by path
        com.vaadin.flow.component.html.Div links = new com.vaadin.flow.component.html.Div(
                new RouterLink("← All questions", QuestionListView.class));
        links.addClassName("page-links");
        if (answerId != null) {
            links.add(new com.vaadin.flow.component.html.Anchor("review/" + answerId, "Share and feedback"));
        }
        add(links, editor);
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (editor != null && editor.hasUnsavedChanges()) {
            BeforeLeaveEvent.ContinueNavigationAction leave = event.postpone();
            ConfirmDialog confirm = new ConfirmDialog("Leave without saving?",
                    "The last change to this answer is not saved yet. Stay to retry, or leave and lose it.",
                    "Leave", confirmed -> leave.proceed());
            confirm.setCancelable(true);
            confirm.setCancelText("Stay");
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        }
    }

    @Override
    public String getPageTitle() {
        return "Answer · MatchPrep";
    }
}
