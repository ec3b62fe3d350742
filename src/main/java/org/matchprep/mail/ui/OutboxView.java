package org.matchprep.mail.ui;

import java.time.ZoneId;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.matchprep.account.AccountService;
import org.matchprep.account.Roles;
import org.matchprep.base.ui.NarrowGrid;
import org.matchprep.base.ui.Times;
import org.matchprep.base.ui.ViewHeader;
import org.matchprep.mail.OutboxEntry;
import org.matchprep.mail.OutboxService;

/** Every mail the app wrote, newest first, with where it stands; a row opens to its text. */
@Route("admin/outbox")
@PageTitle("Outbox · MatchPrep")
@Menu(title = "Outbox", order = 86, icon = "vaadin:envelopes-o")
@RolesAllowed(Roles.ADMIN)
public class OutboxView extends VerticalLayout {

    final Grid<OutboxEntry> grid = new Grid<>(OutboxEntry.class, false);
    final NarrowGrid<OutboxEntry> narrow;
    final Paragraph delivery = new Paragraph();

    OutboxView(OutboxService outbox, AccountService accountService) {
        ZoneId zone = accountService.myAccount().timeZone();
        addClassName("page");
        setSizeFull();
        delivery.setText(outbox.delivering()
                ? "Mail is delivered through the SMTP server in spring.mail.host; failed attempts are retried for a while."
                : "No SMTP server is configured (spring.mail.host), so no mail leaves this machine: it waits here. "
                + "Set the spring.mail.* settings and it is delivered, oldest first.");
        grid.addColumn(entry -> Times.dateTime(entry.createdAt(), zone)).setHeader("Written").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(OutboxEntry::recipient).setHeader("To").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(OutboxEntry::subject).setHeader("Subject").setWidth("8rem").setFlexGrow(1);
        grid.addColumn(entry -> status(entry, zone)).setHeader("Status").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(OutboxEntry::attempts).setHeader("Attempts").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(entry -> entry.lastError() == null ? "" : entry.lastError()).setHeader("Last error").setWidth("8rem").setFlexGrow(1);
        narrow = NarrowGrid.below(900, grid, grid.addComponentColumn(entry -> NarrowGrid.card(entry.subject(),
                "To " + entry.recipient(), Times.dateTime(entry.createdAt(), zone), status(entry, zone),
                entry.lastError())).setHeader("Mail"));
        grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(entry -> {
            Pre text = new Pre(entry.textBody());
            text.addClassName("outbox-text");
            return new Div(text);
        }));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText("No mail yet. Mail appears here when someone is invited, resets a password or is notified.");
        grid.setItems(outbox.newest());
        add(new ViewHeader("Outbox", "The newest " + OutboxService.PAGE + " mails the app has written. Times in "
                + zone.getId() + ". Select a row to read its text."), delivery, grid);
        setFlexGrow(1, grid);
    }

    static String status(OutboxEntry entry, ZoneId zone) {
        return switch (entry.status()) {
            case "SENT" -> "Sent " + Times.dateTime(entry.sentAt(), zone);
            case "FAILED" -> "Gave up";
            case "SENDING" -> "Sending";
            default -> entry.attempts() == 0 ? "Waiting" : "Retrying " + Times.dateTime(entry.nextAttemptAt(), zone);
        };
    }
}
