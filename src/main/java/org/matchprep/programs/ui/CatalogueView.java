package org.matchprep.programs.ui;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.matchprep.base.ui.AppIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import org.matchprep.account.Roles;
import org.matchprep.base.ui.NarrowGrid;
import org.matchprep.base.ui.Notices;
import org.matchprep.base.ui.ViewHeader;
import org.matchprep.programs.CatalogueEntry;
import org.matchprep.programs.CatalogueException;
import org.matchprep.programs.CatalogueImportException;
import org.matchprep.programs.CatalogueService;
import org.matchprep.programs.ImportProblem;
import org.matchprep.programs.ImportResult;
import org.matchprep.programs.ProgramDetails;
import org.matchprep.programs.Region;
import org.matchprep.programs.Source;
import org.matchprep.season.ProgramType;

/**
 * The advising office's program catalogue: everyone signed in reads it; admins (and the mentors they
 * allow) add, edit, delete, import and export programs; admins choose those mentors.
 */
@Route("programs/catalogue")
@PageTitle("Program catalogue · MatchPrep")
@Menu(title = "Program catalogue", order = 57, icon = "vaadin:building")
@RolesAllowed({Roles.APPLICANT, Roles.MENTOR, Roles.ADMIN})
public class CatalogueView extends VerticalLayout {

    private static final DateTimeFormatter CHECKED = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.US);

    final TextField search = new TextField();
    final Select<Region> region = new Select<>();
    final Select<ProgramType> setting = new Select<>();
    final Span shown = new Span();
    final Grid<CatalogueEntry> grid = new Grid<>();
    final Button add = new Button("Add program", AppIcon.PLUS.create());
    final UnorderedList importProblems = new UnorderedList();
    final EmailField editorEmail = new EmailField("Mentor's e-mail");
    final UnorderedList editorList = new UnorderedList();

    final NarrowGrid<CatalogueEntry> narrow;

    private final CatalogueService catalogue;
    private final boolean canEdit;
    private List<CatalogueEntry> programs = List.of();

    CatalogueView(CatalogueService catalogue) {
        this.catalogue = catalogue;
        this.canEdit = catalogue.canEdit();
        addClassName("page");

        search.setPlaceholder("Search name, institution or city");
        search.setAriaLabel("Search name, institution or city");
        search.setPrefixComponent(AppIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> showMatching());
        Filters.of(region, "Filter by region", Region.values(), "All regions", Region::label, this::showMatching);
        Filters.of(setting, "Filter by setting", ProgramType.values(), "All settings", ProgramType::label, this::showMatching);
        shown.addClassName("filter-count");
        Div filters = new Div(search, region, setting, shown);
        filters.addClassName("filter-bar");

        grid.addComponentColumn(CatalogueView::programCell).setHeader("Program").setFlexGrow(3);
        grid.addColumn(entry -> entry.details().setting().label()).setHeader("Setting").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(entry -> entry.details().positionsPerYear()).setHeader("Positions").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(CatalogueView::evidenceCell).setHeader("IMG evidence").setFlexGrow(2);
        grid.addColumn(CatalogueView::requirements).setHeader("Stated requirements").setFlexGrow(2);
        Grid.Column<CatalogueEntry> card = grid.addComponentColumn(CatalogueView::card).setHeader("Program").setFlexGrow(1);
        if (canEdit) {
            Grid.Column<CatalogueEntry> actions = grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true)
                    .setFlexGrow(0);
            narrow = NarrowGrid.below(900, grid, card, actions);
        } else {
            narrow = NarrowGrid.below(900, grid, card); // what the five columns need to stay readable
        }
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText("No program matches. Clear the search or choose another region or setting.");
        // its own height: the import and editor panels follow below it
        grid.setHeight("min(70vh, 48rem)");
        grid.setMinHeight("20rem");

        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(click -> new ProgramDialog(catalogue, null, saved -> refresh()).open());
        add.setVisible(canEdit);
        Anchor export = download("Export CSV", "program-catalogue.csv", catalogue::exportCsv);
        add(new ViewHeader("Program catalogue", canEdit
                ? "The programs your office keeps, with dated evidence of how they take graduates of schools abroad. "
                + "Applicants see it and score their fit against it."
                : "The programs your advising office keeps, with dated evidence of how they take graduates of schools "
                + "abroad. Evidence goes stale: look at when it was checked.", add, export), filters, grid);
        if (canEdit) {
            add(importPanel());
        }
        if (catalogue.canManageEditors()) {
            add(editorsPanel());
        }
        refresh();
    }

    void refresh() {
        programs = catalogue.programs();
        showMatching();
    }

    private void showMatching() {
        String words = search.getValue().strip().toLowerCase(Locale.ROOT);
        List<CatalogueEntry> matching = programs.stream()
                .filter(entry -> region.getValue() == null || entry.region() == region.getValue())
                .filter(entry -> setting.getValue() == null || entry.details().setting() == setting.getValue())
                .filter(entry -> words.isEmpty() || searchable(entry.details()).contains(words))
                .toList();
        grid.setItems(matching);
        shown.setText(matching.size() == programs.size() ? programs.size() + " programs"
                : matching.size() + " of " + programs.size() + " programs");
    }

    private static String searchable(ProgramDetails details) {
        return (details.name() + " " + details.institution() + " " + details.city()).toLowerCase(Locale.ROOT);
    }

    private static Div programCell(CatalogueEntry entry) {
        ProgramDetails details = entry.details();
        Span name = new Span(details.name());
        name.addClassName("catalogue-name");
        String where = (details.institution().isEmpty() ? "" : details.institution() + " · ") + details.city() + ", "
                + details.state() + (details.preliminaryYearAttached() ? " · preliminary year attached" : "");
        Span place = new Span(where);
        place.addClassName("catalogue-place");
        return new Div(name, place);
    }

    /** The essentials of a program, stacked, for a narrow grid (a phone). */
    private static Div card(CatalogueEntry entry) {
        ProgramDetails details = entry.details();
        Div card = NarrowGrid.card(details.name(), details.city() + ", " + details.state() + " · "
                + details.setting().label() + " · " + details.positionsPerYear() + " positions", "Requirements: "
                + requirements(entry));
        card.add(evidenceCell(entry));
        return card;
    }

    private static Div evidenceCell(CatalogueEntry entry) {
        ProgramDetails details = entry.details();
        Div cell = new Div();
        cell.addClassName("catalogue-evidence");
        details.latestImgCount().ifPresent(latest -> cell.add(evidence(latest.getValue() + " resident"
                + (latest.getValue() == 1 ? "" : "s") + " trained abroad (" + latest.getKey() + ")",
                details.imgResidentsSource())));
        if (!details.statement().isEmpty()) {
            cell.add(evidence("Statement: " + details.statement(), details.statementSource()));
        }
        if (details.matchListSource().url() != null) {
            cell.add(evidence("Match list", details.matchListSource()));
        }
        if (cell.getComponentCount() == 0) {
            cell.add(new Span("None recorded yet"));
        }
        return cell;
    }

    private static Div evidence(String text, Source source) {
        Div line = new Div();
        if (source.url() != null) {
            Anchor link = new Anchor(source.url(), text);
            link.setTarget("_blank");
            link.getElement().setAttribute("rel", "noopener noreferrer");
            line.add(link);
        } else {
            line.add(new Span(text));
        }
        if (source.checkedOn() != null) {
            Span checked = new Span(" · checked " + CHECKED.format(source.checkedOn()));
            checked.addClassName("catalogue-checked");
            line.add(checked);
        }
        return line;
    }

    private static String requirements(CatalogueEntry entry) {
        ProgramDetails details = entry.details();
        List<String> stated = new ArrayList<>();
        if (details.maxYearsSinceGraduation() != null) {
            stated.add("graduated within " + details.maxYearsSinceGraduation() + " years");
        }
        if (details.minStep2Score() != null) {
            stated.add("Step 2 CK " + details.minStep2Score() + "+");
        }
        if (details.minUsClinicalMonths() != null) {
            stated.add(details.minUsClinicalMonths() + " months of US clinical experience");
        }
        return stated.isEmpty() ? "None stated" : String.join("; ", stated);
    }

    private Div actions(CatalogueEntry entry) {
        Button edit = new Button("Edit", click -> new ProgramDialog(catalogue, entry, saved -> refresh()).open());
        edit.setAriaLabel("Edit " + entry.name());
        Button delete = new Button("Delete", click -> confirmDelete(entry));
        delete.setAriaLabel("Delete " + entry.name());
        for (Button button : new Button[] {edit, delete}) {
            button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        }
        Div actions = new Div(edit, delete);
        actions.addClassName("row-actions");
        return actions;
    }

    private void confirmDelete(CatalogueEntry entry) {
        ConfirmDialog confirm = new ConfirmDialog("Delete " + entry.name() + "?",
                "It leaves the catalogue for everyone. Dossiers applicants made from it stay theirs.", "Delete",
                confirmed -> delete(entry));
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    void delete(CatalogueEntry entry) {
        try {
            catalogue.delete(entry.id());
            Notices.success("Deleted " + entry.name() + ".");
        } catch (CatalogueException gone) {
            Notices.error(gone.getMessage());
        }
        refresh();
    }

    private Div importPanel() {
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            UI ui = UI.getCurrent();
            ui.access(() -> importCsv(bytes));
        }));
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) CatalogueService.MAX_IMPORT_BYTES);
        upload.setAcceptedFileTypes("text/csv", ".csv");
        upload.setUploadButton(new Button("Import CSV", AppIcon.UPLOAD.create()));
        upload.setDropLabel(new Span("or drop a .csv file here"));
        upload.addFileRejectedListener(rejected -> Notices.error(rejected.getErrorMessage()));
        importProblems.addClassName("import-problems");
        importProblems.setVisible(false);
        Div panel = new Div(new H2("Import"), new Paragraph("Programs whose name is already in the catalogue are "
                + "brought up to date; the others are added. If any row is wrong, nothing is imported and every "
                + "problem is listed with its line."), download("Download the template", "program-catalogue-template.csv",
                catalogue::csvTemplate), upload, importProblems);
        panel.addClassName("card");
        return panel;
    }

    void importCsv(byte[] bytes) {
        importProblems.removeAll();
        importProblems.setVisible(false);
        try {
            ImportResult result = catalogue.importCsv(new ByteArrayInputStream(bytes));
            Notices.success("Imported: " + result.added() + " added, " + result.updated() + " brought up to date.");
            refresh();
        } catch (CatalogueImportException refused) {
            for (ImportProblem problem : refused.problems()) {
                importProblems.add(new ListItem(problem.toString()));
            }
            importProblems.setVisible(true);
            Notices.error("Nothing was imported: fix the " + refused.problems().size()
                    + (refused.problems().size() == 1 ? " problem" : " problems") + " listed under the upload.");
        } catch (CatalogueException refused) {
            Notices.error(refused.getMessage());
        }
    }

    private Div editorsPanel() {
        Button allow = new Button("Allow", click -> allowEditor());
        editorEmail.setHelperText("An active mentor's account; they can then add, edit and import programs.");
        editorList.addClassName("editor-list");
        Div form = new Div(editorEmail, allow);
        form.addClassName("filter-bar");
        Div panel = new Div(new H2("Mentors who may edit"), editorList, form);
        panel.addClassName("card");
        showEditors();
        return panel;
    }

    void allowEditor() {
        try {
            var mentor = catalogue.allowMentor(editorEmail.getValue());
            editorEmail.clear();
            editorEmail.setInvalid(false);
            Notices.success(mentor.displayName() + " may now edit the catalogue.");
            showEditors();
        } catch (CatalogueException refused) {
            editorEmail.setErrorMessage(refused.getMessage());
            editorEmail.setInvalid(true);
        }
    }

    private void showEditors() {
        editorList.removeAll();
        Map<Long, String> editors = catalogue.editors();
        if (editors.isEmpty()) {
            editorList.add(new ListItem("None yet: only admins edit the catalogue."));
        }
        editors.entrySet().stream().sorted(Map.Entry.comparingByValue(Comparator.naturalOrder())).forEach(editor -> {
            Button withdraw = new Button("Withdraw", click -> {
                catalogue.withdrawMentor(editor.getKey());
                Notices.success(editor.getValue() + " no longer edits the catalogue.");
                showEditors();
            });
            withdraw.setAriaLabel("Withdraw " + editor.getValue() + "'s permission");
            withdraw.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            editorList.add(new ListItem(new Span(editor.getValue()), withdraw));
        });
    }

    private static Anchor download(String text, String fileName, Supplier<String> content) {
        DownloadHandler handler = event -> {
            byte[] bytes = content.get().getBytes(StandardCharsets.UTF_8);
            event.setFileName(fileName);
            event.setContentType("text/csv;charset=UTF-8");
            event.setContentLength(bytes.length);
            event.getOutputStream().write(bytes);
        };
        Anchor anchor = new Anchor(handler, AttachmentType.DOWNLOAD, text);
        anchor.addClassName("season-download");
        return anchor;
    }
}
