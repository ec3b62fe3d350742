package org.matchprep.programs.ui;

import static com.github.mvysny.kaributesting.v10.DownloadKt._download;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import org.junit.jupiter.api.Test;
import org.matchprep.account.AccountSummary;
import org.matchprep.base.ui.NarrowGrid;
import org.matchprep.programs.CatalogueEntry;
import org.matchprep.programs.CatalogueService;
import org.matchprep.programs.ProgramDetails;
import org.matchprep.programs.Region;
import org.matchprep.season.ProgramType;
import org.matchprep.testing.KaribuTest;
import org.matchprep.testing.Shown;
import org.matchprep.testing.Who;
import org.springframework.beans.factory.annotation.Autowired;

class CatalogueViewTest extends KaribuTest {

    @Autowired
    CatalogueService catalogue;

    private CatalogueView open(Who who) {
        signInAndOpen(who);
        UI.getCurrent().navigate(CatalogueView.class);
        return _get(CatalogueView.class);
    }

    @Test
    void an_applicant_reads_and_filters_the_catalogue_without_any_way_to_change_it() {
        as(accounts.admin(), () -> List.of(
                catalogue.create(ProgramDetails.basic("Karibu Sound Radiology", "Tacoma", "WA", "America/Los_Angeles",
                        ProgramType.ACADEMIC, 6)),
                catalogue.create(ProgramDetails.basic("Karibu Bayou Radiology", "Baton Rouge", "LA", "America/Chicago",
                        ProgramType.COMMUNITY, 3))));
        CatalogueView view = open(Who.APPLICANT);

        assertThat(view.add.isVisible()).isFalse();
        assertThat(view.grid.getColumns()).filteredOn(Grid.Column::isVisible).hasSize(5);
        int all = view.grid.getGenericDataView().getItems().toList().size();
        view.region.setValue(Region.WEST);
        List<CatalogueEntry> west = view.grid.getGenericDataView().getItems().toList();
        assertThat(west).isNotEmpty().hasSizeLessThan(all).allMatch(entry -> entry.region() == Region.WEST);
        assertThat(view.shown.getText()).isEqualTo(west.size() + " of " + all + " programs");
    }

    @Test
    void a_mentor_not_allowed_by_an_admin_reads_only_and_one_allowed_gets_the_edit_actions() {
        CatalogueView view = open(Who.MENTOR);
        assertThat(view.add.isVisible()).isFalse();

        AccountSummary allowed = accounts.mentor();
        as(accounts.admin(), () -> catalogue.allowMentor(allowed.email()));
        newSession();
        signIn(allowed);
        UI.getCurrent().navigate(CatalogueView.class);
        CatalogueView editing = _get(CatalogueView.class);
        assertThat(editing.add.isVisible()).isTrue();
        assertThat(editing.grid.getColumns()).filteredOn(Grid.Column::isVisible).hasSize(6);
        editing.narrow.fit(358);
        assertThat(editing.grid.getColumns()).filteredOn(Grid.Column::isVisible).extracting(Grid.Column::getKey)
                .first().isEqualTo(NarrowGrid.CARD);
        assertThat(editing.grid.getColumns()).filteredOn(Grid.Column::isVisible).hasSize(2);
    }

    @Test
    void an_admin_adds_a_program_and_sees_each_refusal_on_its_field_first() {
        CatalogueView view = open(Who.ADMIN);
        _click(view.add);
        ProgramDialog dialog = _get(ProgramDialog.class);
        _setValue(dialog.name, "Karibu Lakes Radiology");
        _setValue(dialog.city, "Madison");
        dialog.state.setValue("WI");
        dialog.timeZone.setValue("America/Chicago");
        dialog.setting.setValue(ProgramType.COMMUNITY);
        _setValue(dialog.positions, 3);
        _setValue(dialog.imgResidents, "2025:2");
        dialog.imgResidentsSource.url.setValue("javascript:alert(1)");
        _click(dialog.save);

        assertThat(dialog.imgResidentsSource.isInvalid()).isTrue();
        assertThat(dialog.imgResidentsSource.getErrorMessage()).contains("The IMG residents' source");
        assertThat(catalogue.programs()).noneMatch(entry -> entry.name().equals("Karibu Lakes Radiology"));

        dialog.imgResidentsSource.url.setValue("https://example.org/karibu/residents");
        dialog.imgResidentsSource.checkedOn.setValue(LocalDate.now().minusDays(3));
        _click(dialog.save);

        assertThat(Shown.notifications()).contains("Added Karibu Lakes Radiology to the catalogue.");
        assertThat(view.grid.getGenericDataView().getItems()).anyMatch(entry -> entry.name().equals("Karibu Lakes Radiology")
                && entry.details().imgResidentsByYear().get(2025) == 2);
    }

    @Test
    void the_downloaded_export_and_template_start_with_one_byte_order_mark_and_keep_the_accents() {
        as(accounts.admin(), () -> catalogue.create(ProgramDetails.basic("Karibu Zoë Müller Radiology", "Tacoma", "WA",
                "America/Los_Angeles", ProgramType.ACADEMIC, 6)));
        CatalogueView view = open(Who.ADMIN);

        for (String link : List.of("Export CSV", "Download the template")) {
            byte[] file = _download(_get(view, Anchor.class, spec -> spec.withText(link)));
            assertThat(Arrays.copyOf(file, 3)).as(link).containsExactly(0xEF, 0xBB, 0xBF);
            assertThat(file[3]).as(link + ", one mark only").isNotEqualTo((byte) 0xEF);
            assertThat(new String(file, StandardCharsets.UTF_8).substring(1)).as(link).startsWith("name,");
        }
        byte[] export = _download(_get(view, Anchor.class, spec -> spec.withText("Export CSV")));
        assertThat(new String(export, StandardCharsets.UTF_8)).contains("Karibu Zoë Müller Radiology");
    }

    @Test
    void an_import_with_a_bad_row_lists_the_line_and_a_good_one_adds_the_programs() {
        CatalogueView view = open(Who.ADMIN);
        String header = catalogue.csvTemplate().replace("\uFEFF", "").lines().findFirst().orElseThrow() + "\n";
        String bad = header + "Karibu Import Radiology,,Austin,TX,America/Chicago,academic,4,no,,,,,,,,,,,,,\n"
                + "Karibu Broken Radiology,,Austin,QQ,America/Chicago,academic,4,no,,,,,,,,,,,,,\n";

        view.importCsv(bad.getBytes(StandardCharsets.UTF_8));
        assertThat(view.importProblems.isVisible()).isTrue();
        assertThat(view.importProblems.getChildren().map(item -> ((ListItem) item).getText()))
                .containsExactly("Line 3: State \"QQ\" is not a US state's postal code, such as IL or NY.");
        assertThat(catalogue.programs()).noneMatch(entry -> entry.name().equals("Karibu Import Radiology"));

        view.importCsv(bad.replace(",QQ,", ",TX,").getBytes(StandardCharsets.UTF_8));
        assertThat(view.importProblems.isVisible()).isFalse();
        assertThat(Shown.notifications()).contains("Imported: 2 added, 0 brought up to date.");
    }

    @Test
    void an_admin_allows_a_mentor_by_email_and_an_unknown_address_is_refused_on_the_field() {
        CatalogueView view = open(Who.ADMIN);
        _setValue(view.editorEmail, "nobody-here@example.org");
        view.allowEditor();
        assertThat(view.editorEmail.isInvalid()).isTrue();

        AccountSummary mentor = accounts.mentor();
        _setValue(view.editorEmail, mentor.email());
        view.allowEditor();
        assertThat(view.editorList.getChildren().map(item -> ((ListItem) item).getElement().getTextRecursively()))
                .anyMatch(text -> text.contains(mentor.displayName()));
    }
}
