package org.matchprep.home;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import org.matchprep.account.AccountSummary;
import org.matchprep.account.ui.ProfileView;

/** An applicant's home: what MatchPrep asks them to prepare, and their account at a glance. */
class ApplicantHome extends Div {

    record Step(String title, String explanation) {
    }

    /** The preparation path of the interview guide, in the order applicants usually work through it. */
    static final Step[] PREPARATION = {
            new Step("Personal narrative", "Background, why you trained abroad, why radiology, your goals: 60-90 seconds spoken."),
            new Step("Experience bank", "Three or four concrete cases you can reuse across answers."),
            new Step("Question bank", "Prepared structures for get-to-know-you, IMG, radiology, behavioural (STAR) and red-flag questions."),
            new Step("Program dossiers", "What each program offers, why it fits you, and the questions you will ask."),
            new Step("Interview season", "Dates in both time zones, checklists, impressions on the day, and your rank list."),
    };

    ApplicantHome(AccountSummary me) {
        addClassName("home-grid");

        Div path = new Div(new H2("Your preparation path"));
        path.addClassName("card");
        OrderedList steps = new OrderedList();
        steps.addClassName("prep-steps");
        for (Step step : PREPARATION) {
            Span title = new Span(step.title());
            title.addClassName("step-title");
            Paragraph explanation = new Paragraph(step.explanation());
            steps.add(new ListItem(title, explanation));
        }
        path.add(steps);

        Div account = new Div(new H2("Your account"),
                new Paragraph(me.email()),
                new Paragraph("Time zone: " + me.timeZone().getId()),
                new Paragraph("No mentor shares your work yet: once you are paired with a mentor, they appear here."),
                new RouterLink("Edit profile and time zone", ProfileView.class));
        account.addClassName("card");

        add(path, account);
    }
}
