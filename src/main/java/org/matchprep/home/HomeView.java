package org.matchprep.home;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.matchprep.account.AccountAdminService;
import org.matchprep.account.AccountService;
import org.matchprep.account.AccountSummary;
import org.matchprep.answers.AnswerService;
import org.matchprep.audit.AuditService;
import org.matchprep.feedback.PairingService;
import org.matchprep.base.ui.ViewHeader;
import org.matchprep.review.SharingService;
import org.springframework.beans.factory.ObjectProvider;

/** Where everyone lands after signing in: what exists for their role and where to go next. */
@Route("")
@PageTitle("Home · MatchPrep")
@Menu(title = "Home", order = 0, icon = "vaadin:home")
@PermitAll
public class HomeView extends VerticalLayout {

    HomeView(AccountService accountService, ObjectProvider<AccountAdminService> accountAdmin,
             ObjectProvider<AuditService> audit, ObjectProvider<AnswerService> answers,
             ObjectProvider<PairingService> pairings, ObjectProvider<SharingService> sharing) {
        addClassName("page");
        AccountSummary me = accountService.myAccount();
        add(new ViewHeader("Welcome, " + me.displayName(), greeting(me)));
        switch (me.role()) {
            case APPLICANT -> add(new ApplicantHome(me, answers.getObject().progress(), pairings.getObject().myMentors()));
            case MENTOR -> add(new MentorHome(me, pairings.getObject().myApplicants(), pairings.getObject().invitations(),
                    sharing.getObject().reviewQueue()));
            case ADMIN -> add(new AdminHome(me, accountAdmin.getObject(), audit.getObject(), answers.getObject().counts()));
        }
    }

    private static String greeting(AccountSummary me) {
        return switch (me.role()) {
            case APPLICANT -> "Your interview preparation in one place. Times are shown in " + me.timeZone().getId() + ".";
            case MENTOR -> "Review your applicants' answers and run mock interviews. Times are shown in "
                    + me.timeZone().getId() + ".";
            case ADMIN -> "Accounts and activity of this MatchPrep installation.";
        };
    }

    static H2 sectionTitle(String text) {
        return new H2(text);
    }
}
