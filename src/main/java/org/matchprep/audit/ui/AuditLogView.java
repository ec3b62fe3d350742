package org.matchprep.audit.ui;

import java.time.ZoneId;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import org.matchprep.base.ui.AppIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.matchprep.account.AccountService;
import org.matchprep.account.Roles;
import org.matchprep.audit.AuditEntry;
import org.matchprep.audit.AuditEventType;
import org.matchprep.audit.AuditRoutes;
import org.matchprep.audit.AuditService;
import org.matchprep.base.ui.NarrowGrid;
import org.matchprep.base.ui.Times;
import org.matchprep.base.ui.ViewHeader;

/** Who signed in, failed, and changed which account, newest first, in the admin's own time zone. */
@Route(AuditRoutes.AUDIT_LOG)
@PageTitle("Audit log · MatchPrep")
@Menu(title = "Audit log", order = 85, icon = "vaadin:clipboard-text")
@RolesAllowed(Roles.ADMIN)
public class AuditLogView extends VerticalLayout {

    final Select<AuditEventType> typeFilter = new Select<>();
    final TextField search = new TextField();
    final Grid<AuditEntry> grid = new Grid<>(AuditEntry.class, false);

    final NarrowGrid<AuditEntry> narrow;

    AuditLogView(AuditService audit, AccountService accountService) {
        ZoneId zone = accountService.myAccount().timeZone();
        addClassName("page");
        setSizeFull();

        typeFilter.setAriaLabel("Filter by event");
        typeFilter.setItems(AuditEventType.values());
        typeFilter.setEmptySelectionAllowed(true);
        typeFilter.setEmptySelectionCaption("All events");
        typeFilter.setItemLabelGenerator(type -> type == null ? "All events" : type.label());
        typeFilter.addValueChangeListener(change -> grid.getDataProvider().refreshAll());

        search.setPlaceholder("Search actor or target email");
        search.setAriaLabel("Search actor or target email");
        search.setPrefixComponent(AppIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> grid.getDataProvider().refreshAll());

        Div filters = new Div(search, typeFilter);
        filters.addClassName("filter-bar");

        grid.addColumn(entry -> Times.dateTime(entry.occurredAt(), zone)).setHeader("When").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(entry -> entry.type().label()).setHeader("Event").setAutoWidth(true).setFlexGrow(0);
        // the details wrap instead of pushing the client address out of sight on a laptop
        grid.addColumn(AuditEntry::actor).setHeader("Actor").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntry::target).setHeader("Target").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntry::details).setHeader("Details").setWidth("5rem").setFlexGrow(1);
        grid.addColumn(AuditEntry::clientAddress).setHeader("Client address").setAutoWidth(true).setFlexGrow(0);
        // below what the six columns need, even wrapped, one card per event
        narrow = NarrowGrid.below(960, grid, grid.addComponentColumn(entry -> card(entry, zone)).setHeader("Event"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText("No events match these filters.");
        grid.setItems(query -> audit.find(typeFilter.getValue(), search.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) audit.count(typeFilter.getValue(), search.getValue()));

        add(new ViewHeader("Audit log", "Sign-ins, sign-outs and account changes, with the client address. Times in "
                + zone.getId() + "."), filters, grid);
        setFlexGrow(1, grid);
    }

    /** What a phone shows of an event: what happened, when in the admin's zone, who did it, to whom, from where. */
    static Div card(AuditEntry entry, ZoneId zone) {
        return NarrowGrid.card(entry.type().label(), Times.dateTime(entry.occurredAt(), zone),
                line("By ", entry.actor()), line("About ", entry.target()), entry.details(),
                line("From ", entry.clientAddress()));
    }

    private static String line(String label, String value) {
        return value == null || value.isBlank() ? null : label + value;
    }
}
