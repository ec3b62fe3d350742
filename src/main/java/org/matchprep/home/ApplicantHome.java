package org.matchprep.home;

import static org.jsoup.nodes.Entities.escape;

import java.util.List;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.progressbar.ProgressBar;
import org.matchprep.account.AccountRoutes;
import org.matchprep.account.AccountSummary;
import org.matchprep.answers.AnswerRoutes;
import org.matchprep.answers.SpeakingTime;
import org.matchprep.answers.WorkspaceProgress;
import org.matchprep.feedback.PairingRoutes;
import org.matchprep.feedback.PairingStatus;
import org.matchprep.feedback.PairingSummary;
import org.matchprep.base.ui.Times;

/** An applicant's home: progress per category, speaking time prepared, latest edits, and the path ahead. */
class ApplicantHome extends Div {

    record Step(String title, String explanation, String route) {
    }

    /** The preparation path of the interview guide, in the order applicants usually work through it. */
    static final Step[] PREPARATION = {
            new Step("Personal narrative", "Background, why you trained abroad, why radiology, your goals: 60-90 seconds spoken.", AnswerRoutes.NARRATIVE),
            new Step("Experience bank", "Three or four concrete cases you can reuse across answers.", AnswerRoutes.EXPERIENCES),
            new Step("Question bank", "Prepared structures for get-to-know-you, IMG, radiology, behavioural (STAR) and red-flag questions.", AnswerRoutes.QUESTIONS),
            new Step("Program dossiers", "What each program offers, why it fits you, and the questions you will ask.", null),
            new Step("Interview season", "Dates in both time zones, checklists, impressions on the day, and your rank list.", null),
    };

    ApplicantHome(AccountSummary me, WorkspaceProgress progress, List<PairingSummary> mentors) {
        addClassName("home-grid");
        add(progressCard(progress), recentCard(me, progress), mentorsCard(mentors), pathCard(), accountCard(me));
    }

    private static Div mentorsCard(List<PairingSummary> mentors) {
        Div card = new Div(new H2("Your mentors"));
        card.addClassName("card");
        if (mentors.isEmpty()) {
            card.addClassName("empty-state");
            card.add(new Paragraph("No mentor yet. Invite yours by email so they can review your answers."));
        } else {
            UnorderedList list = new UnorderedList();
            list.addClassName("activity");
            mentors.forEach(pairing -> list.add(new ListItem(pairing.mentorName()
                    + (pairing.status() == PairingStatus.ACTIVE ? "" : " · invited"))));
            card.add(list);
        }
        card.add(new Anchor(PairingRoutes.MENTORS, mentors.isEmpty() ? "Invite a mentor" : "Manage mentors"));
        return card;
    }

    private static Div progressCard(WorkspaceProgress progress) {
        Div card = new Div(new H2("Your progress"));
        card.addClassName("card");
        for (WorkspaceProgress.CategoryProgress category : progress.categories()) {
            ProgressBar bar = new ProgressBar(0, Math.max(1, category.total()), category.answered());
            bar.getElement().setAttribute("aria-label", category.category().label() + ": " + category.answered()
                    + " of " + category.total() + " answered");
            Div row = new Div(new Span(category.category().label()), bar,
                    new Span(category.answered() + "/" + category.total()));
            row.addClassName("progress-row");
            card.add(row);
        }
        card.add(new Paragraph("Speaking time prepared: " + SpeakingTime.format(progress.totalSpeakingTime())
                + " (minutes:seconds at your pace)."));
        return card;
    }

    private static Div recentCard(AccountSummary me, WorkspaceProgress progress) {
        Div card = new Div(new H2("Recent edits"));
        card.addClassName("card");
        if (progress.recentEdits().isEmpty()) {
            card.addClassName("empty-state");
            card.add(new Paragraph("Nothing written yet. Start with your narrative: it anchors every other answer."),
                    new Anchor(AnswerRoutes.NARRATIVE, "Write your narrative"));
            return card;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("activity");
        for (WorkspaceProgress.RecentEdit edit : progress.recentEdits()) {
            Anchor link = new Anchor(AnswerRoutes.answer(edit.question().id()), edit.question().text());
            Span when = new Span(" · " + edit.wordCount() + " words · " + Times.dateTime(edit.updatedAt(), me.timeZone()));
            when.addClassName("activity-when");
            list.add(new ListItem(link, when));
        }
        card.add(list);
        return card;
    }

    /**
     * The same for everyone, so it goes out as one piece of HTML: built from components it kept some 30 state
     * nodes (with their texts) in every applicant's session for text that never changes.
     */
    private static Html pathCard() {
        StringBuilder steps = new StringBuilder();
        for (Step step : PREPARATION) {
            String title = step.route() == null ? "<span class=\"step-title\">" + escape(step.title()) + "</span>"
                    : "<a class=\"step-title\" href=\"" + escape(step.route()) + "\">" + escape(step.title()) + "</a>";
            steps.append("<li>").append(title).append("<p>").append(escape(step.explanation())).append("</p></li>");
        }
        return new Html("<div class=\"card\"><h2>Your preparation path</h2><ol class=\"prep-steps\">" + steps + "</ol></div>");
    }

    private static Div accountCard(AccountSummary me) {
        Div account = new Div(new H2("Your account"),
                new Paragraph(me.email()),
                new Paragraph("Time zone: " + me.timeZone().getId()),
                new Anchor(AccountRoutes.PROFILE, "Edit profile and time zone"));
        account.addClassName("card");
        return account;
    }
}
