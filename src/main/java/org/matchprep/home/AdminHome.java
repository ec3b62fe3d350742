package org.matchprep.home;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.matchprep.account.AccountAdminService;
import org.matchprep.account.AccountCounts;
import org.matchprep.account.AccountRoutes;
import org.matchprep.account.AccountSummary;
import org.matchprep.answers.WorkspaceCounts;
import org.matchprep.audit.AuditEntry;
import org.matchprep.audit.AuditRoutes;
import org.matchprep.audit.AuditService;
import org.matchprep.base.ui.Times;

/** An admin's home: how many accounts of each role exist, and the latest audit events. */
class AdminHome extends Div {

    static final int RECENT_EVENTS = 6;

    AdminHome(AccountSummary me, AccountAdminService accountAdmin, AuditService audit, WorkspaceCounts workspace) {
        addClassName("home-grid");
        AccountCounts counts = accountAdmin.counts();

        Div figures = new Div(figure("Applicants", counts.applicants()), figure("Mentors", counts.mentors()),
                figure("Admins", counts.admins()), figure("Disabled", counts.disabled()));
        figures.addClassName("figures");
        Div accounts = new Div(new H2("Accounts"), figures, new Anchor(AccountRoutes.USER_ADMIN, "Manage users"));
        accounts.addClassName("card");

        Div workspaceFigures = new Div(figure("Bank questions", workspace.bankQuestions()),
                figure("Answers written", workspace.answersWritten()), figure("Experiences", workspace.experiences()));
        workspaceFigures.addClassName("figures");
        Div preparation = new Div(new H2("Preparation"), workspaceFigures,
                new Paragraph("Counts only: applicants' answers are theirs and are never shown to admins."));
        preparation.addClassName("card");

        Div recent = new Div(new H2("Recent activity"));
        recent.addClassName("card");
        var entries = audit.find(null, null, 0, RECENT_EVENTS);
        if (entries.isEmpty()) {
            recent.add(new Paragraph("No activity recorded yet."));
        } else {
            UnorderedList list = new UnorderedList();
            list.addClassName("activity");
            for (AuditEntry entry : entries) {
                Span when = new Span(Times.dateTime(entry.occurredAt(), me.timeZone()));
                when.addClassName("activity-when");
                list.add(new ListItem(when, new Span(" " + entry.type().label() + ": " + entry.target())));
            }
            recent.add(list);
        }
        recent.add(new Anchor(AuditRoutes.AUDIT_LOG, "Open the audit log"));
        add(accounts, preparation, recent);
    }

    private static Div figure(String label, long value) {
        Span number = new Span(Long.toString(value));
        number.addClassName("figure-value");
        Span caption = new Span(label);
        caption.addClassName("figure-label");
        Div figure = new Div(number, caption);
        figure.addClassName("figure");
        return figure;
    }
}
