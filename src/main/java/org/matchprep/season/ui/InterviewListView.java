package org.matchprep.season.ui;

import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import org.matchprep.base.ui.AppIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.matchprep.account.AccountService;
import org.matchprep.account.Roles;
import org.matchprep.base.ui.NarrowGrid;
import org.matchprep.base.ui.Times;
import org.matchprep.base.ui.ViewHeader;
import org.matchprep.season.DaySheetService;
import org.matchprep.season.DossierService;
import org.matchprep.season.DossierSummary;
import org.matchprep.season.InterviewService;
import org.matchprep.season.InterviewStatus;
import org.matchprep.season.InterviewSummary;
import org.matchprep.season.LetterService;
import org.matchprep.season.ThankYouService;

/** The interview tracker: every interview of the season, in the program's time and in mine. */
@Route("interviews")
@PageTitle("Interviews · MatchPrep")
@Menu(title = "Interviews", order = 62, icon = "vaadin:calendar-user")
@RolesAllowed(Roles.APPLICANT)
public class InterviewListView extends VerticalLayout implements BeforeEnterObserver {

    static final String OVERDUE = "Overdue: write them now";
    private static final String IMPRESSIONS = "<span class=${item.overdue ? 'season-flag' : ''}>${item.impressions}</span>";
    private static final String CARD = """
            <div class="grid-card"><span class="grid-card-title">${item.program}</span><span>${item.yours}</span>\
            <span>${item.theirs}</span><span>${item.progress}</span><span ?hidden=${!item.platform}>${item.platform}</span>\
            <span class="season-flag" ?hidden=${!item.overdue}>Overdue: write them now</span></div>""";
    private static final String OPEN = """
            <vaadin-button theme="tertiary small" aria-label=${item.label} @click=${open}>Open</vaadin-button>""";

    /** {@code interviews?dossier=<id>} opens the new-interview dialog for that program (from the shortlist, say). */
    public static final String FOR_DOSSIER = "dossier";

    final Grid<InterviewSummary> grid = new Grid<>();
    final Select<InterviewStatus> statusFilter = new Select<>();
    final Button addInterview = new Button("Add interview", AppIcon.PLUS.create());
    final Anchor exportCsv;
    final Anchor binder;
    final Div emptyState = new Div();
    final Grid.Column<InterviewSummary> whenColumn;
    final NarrowGrid<InterviewSummary> narrow;
    final StillDue stillDue;

    private final InterviewService interviews;
    private final List<DossierSummary> programs;
    private final ZoneId myZone;
    private ListDataProvider<InterviewSummary> rows;

    InterviewListView(InterviewService interviews, DossierService dossiers, DaySheetService daySheets,
                      ThankYouService thankYous, LetterService letters, AccountService accounts) {
        this.interviews = interviews;
        this.programs = dossiers.myDossiers();
        this.myZone = accounts.myAccount().timeZone();
        this.stillDue = new StillDue(thankYous, letters);
        addClassName("page");

        addInterview.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addInterview.addClickListener(click -> openDialog());
        exportCsv = Downloads.csv("Export CSV", "interviews.csv", interviews::exportCsv);
        binder = Downloads.pdf("Binder of upcoming interviews (PDF)", "interview-binder.pdf", daySheets::binderPdf);
        statusFilter.setLabel("Status");
        statusFilter.setItems(InterviewStatus.values());
        statusFilter.setItemLabelGenerator(status -> status == null ? "All statuses" : status.label());
        statusFilter.setEmptySelectionAllowed(true);
        statusFilter.setEmptySelectionCaption("All statuses");
        statusFilter.addValueChangeListener(change -> applyFilter());

        // widths at which the eight columns are readable, wrapped; below them the grid shows cards (NarrowGrid)
        grid.addColumn(InterviewSummary::programName).setHeader("Program").setSortable(true)
                .setComparator(Comparator.comparing(InterviewSummary::programName, String.CASE_INSENSITIVE_ORDER))
                .setWidth("10rem").setFlexGrow(2);
        whenColumn = grid.addColumn(row -> Times.dateTime(row.startsAt(), row.programZone()) + " ("
                        + row.programZone().getId() + ")").setHeader("Program time")
                .setComparator(Comparator.comparing(InterviewSummary::startsAt)).setSortable(true).setWidth("12rem").setFlexGrow(2);
        grid.addColumn(row -> Times.dateTime(row.startsAt(), myZone)).setHeader("Your time (" + myZone.getId() + ")")
                .setComparator(Comparator.comparing(InterviewSummary::startsAt)).setSortable(true).setWidth("9rem").setFlexGrow(1);
        grid.addColumn(InterviewSummary::platform).setHeader("Platform").setSortable(true).setWidth("7rem").setFlexGrow(1);
        grid.addColumn(row -> row.status().label()).setHeader("Status").setSortable(true)
                .setComparator(Comparator.comparing(InterviewSummary::status)).setWidth("7.5rem").setFlexGrow(0);
        grid.addColumn(row -> row.checklist().label()).setHeader("Checklist").setWidth("6.5rem").setFlexGrow(0);
        // Renderers, not component columns: a component per cell is kept on the server for every row, in every
        // session (the three columns held about 60 KB for three rows); a renderer sends the row's values once.
        grid.addColumn(LitRenderer.<InterviewSummary>of(IMPRESSIONS).withProperty("impressions", InterviewListView::impressions)
                .withProperty("overdue", InterviewSummary::impressionsOverdue)).setHeader("Impressions").setWidth("8rem").setFlexGrow(1);
        Grid.Column<InterviewSummary> card = grid.addColumn(cardRenderer()).setHeader("Interview")
                .setComparator(Comparator.comparing(InterviewSummary::startsAt)).setSortable(true).setFlexGrow(1);
        // the button makes each row reachable by keyboard; a click anywhere on the row does the same
        grid.addColumn(LitRenderer.<InterviewSummary>of(OPEN)
                        .withProperty("label", row -> "Open the interview with " + row.programName())
                        .withFunction("open", this::open))
                .setKey("open").setHeader("").setAutoWidth(true).setFlexGrow(0);
        narrow = NarrowGrid.below(1070, grid, card, grid.getColumnByKey("open")); // the widths above, and Open
        grid.addItemClickListener(click -> open(click.getItem()));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("Interviews");

        buildEmptyState();
        Div tools = new Div(statusFilter, exportCsv, binder);
        tools.addClassName("season-actions");
        add(new ViewHeader("Interviews",
                "Each interview in the program's time and in yours. Write your impressions the same day; "
                        + "an interview more than a day old without them is flagged.", addInterview),
                emptyState, stillDue, tools, grid);
        refresh();
    }

    void refresh() {
        List<InterviewSummary> mine = interviews.myInterviews();
        rows = new ListDataProvider<>(mine);
        grid.setDataProvider(rows);
        grid.sort(GridSortOrder.asc(whenColumn).build());
        applyFilter();
        emptyState.setVisible(mine.isEmpty());
        grid.setVisible(!mine.isEmpty());
        addInterview.setEnabled(!programs.isEmpty());
    }

    private void applyFilter() {
        InterviewStatus status = statusFilter.getValue();
        rows.setFilter(row -> status == null || row.status() == status);
    }

    private void openDialog() {
        new InterviewDialog(interviews, programs, null, saved -> refresh()).open();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter(FOR_DOSSIER)
                .flatMap(id -> programs.stream().filter(program -> String.valueOf(program.id()).equals(id)).findFirst())
                .ifPresent(program -> {
                    InterviewDialog dialog = new InterviewDialog(interviews, programs, null, saved -> refresh());
                    dialog.program.setValue(program);
                    dialog.open();
                });
    }

    void open(InterviewSummary row) {
        UI.getCurrent().navigate(InterviewView.class, row.id());
    }

    /** What a phone shows of an interview: the program, both times, where, and how far along it is. */
    private LitRenderer<InterviewSummary> cardRenderer() {
        return LitRenderer.<InterviewSummary>of(CARD)
                .withProperty("program", InterviewSummary::programName)
                .withProperty("yours", row -> "Your time: " + Times.dateTime(row.startsAt(), myZone) + " (" + myZone.getId() + ")")
                .withProperty("theirs", row -> "Program time: " + Times.dateTime(row.startsAt(), row.programZone()) + " ("
                        + row.programZone().getId() + ")")
                .withProperty("progress", row -> row.status().label() + " · checklist " + row.checklist().label() + " done")
                .withProperty("platform", InterviewSummary::platform)
                .withProperty("overdue", InterviewSummary::impressionsOverdue);
    }

    private static String impressions(InterviewSummary row) {
        if (row.impressionsOverdue()) {
            return OVERDUE;
        }
        return row.impressionsAt() != null ? "Written" : "";
    }

    private void buildEmptyState() {
        emptyState.addClassNames("card", "empty-state");
        if (programs.isEmpty()) {
            Button toPrograms = new Button("Add a program dossier", AppIcon.HOSPITAL.create(),
                    click -> UI.getCurrent().navigate(DossierEditor.class, DossierEditor.NEW));
            toPrograms.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            emptyState.add(new H2("No interviews yet"), new Paragraph("Every interview belongs to a program. "
                    + "Start a dossier for the program that invited you, then add its interview here."), toPrograms);
        } else {
            emptyState.add(new H2("No interviews yet"), new Paragraph("Add each invitation as it arrives: the date "
                    + "and time exactly as the program wrote it, in the program's time zone. MatchPrep shows it in "
                    + "yours too."));
        }
    }
}
