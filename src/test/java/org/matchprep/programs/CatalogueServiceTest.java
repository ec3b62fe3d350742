package org.matchprep.programs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.matchprep.account.AccountSummary;
import org.matchprep.account.DemoAccountsSeeded;
import org.matchprep.season.ProgramType;
import org.matchprep.testing.IntegrationTest;
import org.matchprep.testing.Who;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;

class CatalogueServiceTest extends IntegrationTest {

    @Autowired
    CatalogueService catalogue;

    static ProgramDetails program(String name) {
        return ProgramDetails.basic(name, "Springfield", "IL", "America/Chicago", ProgramType.HYBRID, 4);
    }

    static InputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void everyone_signed_in_reads_the_catalogue_and_only_admins_write_it_unless_they_allow_a_mentor(Who who) {
        signedIn(who);
        if (who == Who.ANONYMOUS) {
            assertThatThrownBy(() -> catalogue.programs()).isInstanceOf(AuthorizationDeniedException.class);
            return;
        }
        if (who == Who.ADMIN) {
            assertThat(catalogue.canEdit()).isTrue();
            CatalogueEntry created = catalogue.create(program("Admin Made Radiology " + System.nanoTime()));
            assertThat(catalogue.program(created.id()).name()).isEqualTo(created.name());
        } else {
            assertThat(catalogue.canEdit()).isFalse();
            assertThatThrownBy(() -> catalogue.create(program("Not Allowed Radiology")))
                    .isInstanceOfAny(AccessDeniedException.class, AuthorizationDeniedException.class);
            assertThatThrownBy(() -> catalogue.importCsv(csv(catalogue.csvTemplate())))
                    .isInstanceOfAny(AccessDeniedException.class, AuthorizationDeniedException.class);
        }
    }

    @Test
    void a_mentor_an_admin_allows_writes_until_the_permission_is_withdrawn() {
        AccountSummary mentor = accounts.mentor();
        AccountSummary admin = accounts.admin();
        as(admin, () -> catalogue.allowMentor(mentor.email().toUpperCase()));
        assertThat(as(admin, () -> catalogue.editors())).containsKey(mentor.id());

        CatalogueEntry made = as(mentor, () -> catalogue.create(program("Mentor Made Radiology")));
        assertThat(made.details().city()).isEqualTo("Springfield");

        as(admin, () -> {
            catalogue.withdrawMentor(mentor.id());
            return null;
        });
        assertThatThrownBy(() -> as(mentor, () -> {
            catalogue.delete(made.id());
            return null;
        }))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(admin, () -> catalogue.allowMentor("nobody@example.org")))
                .hasMessage("No active mentor has the e-mail address nobody@example.org.");
    }

    @Test
    void bad_input_is_refused_field_by_field_and_nothing_is_saved() {
        signedIn(Who.ADMIN);
        int before = catalogue.programs().size();
        ProgramDetails bad = new ProgramDetails(" ", "", "Springfield", "XX", "Mars/Olympus", ProgramType.ACADEMIC, 0,
                false, "", Map.of(2025, 2), new Source("ftp://example.org/list", null), "We welcome IMGs.", Source.NONE,
                new Source(null, LocalDate.of(2026, 1, 1)), 41, 150, 37, "");

        assertThatThrownBy(() -> catalogue.create(bad)).isInstanceOfSatisfying(CatalogueException.class, refused -> {
            assertThat(refused.messageFor("name")).contains("Program name is required.");
            assertThat(refused.messageFor("state")).contains("State \"XX\" is not a US state's postal code, such as IL or NY.");
            assertThat(refused.messageFor("timeZone"))
                    .contains("Time zone \"Mars/Olympus\" is not a known zone; use a name such as America/Chicago.");
            assertThat(refused.messageFor("positionsPerYear")).contains("Positions per year must be between 1 and 60; 0 is not.");
            assertThat(refused.errors()).filteredOn(error -> "imgResidentsSource".equals(error.field()))
                    .extracting(error -> error.message()).satisfiesExactly(
                            link -> assertThat(link).startsWith("The IMG residents' source must be a web address"),
                            date -> assertThat(date).isEqualTo("The IMG residents' source needs the date it was checked."));
            assertThat(refused.messageFor("statementSource")).contains("The statement's source is required: a link where someone can check it.");
            assertThat(refused.messageFor("matchListSource")).contains("The match list has a date checked but no link.");
            assertThat(refused.messageFor("maxYearsSinceGraduation")).contains("Years since graduation must be between 0 and 40; 41 is not.");
            assertThat(refused.messageFor("minStep2Score")).contains("Minimum Step 2 CK score must be between 200 and 300; 150 is not.");
            assertThat(refused.messageFor("minUsClinicalMonths")).contains("Months of US clinical experience must be between 0 and 36; 37 is not.");
        });
        assertThat(catalogue.programs()).hasSize(before);
    }

    @Test
    void the_same_name_in_another_letter_case_or_spacing_is_refused_and_an_edit_made_meanwhile_is_not_overwritten() {
        signedIn(Who.ADMIN);
        CatalogueEntry first = catalogue.create(program("Saint  Brigid Radiology"));
        assertThat(first.name()).isEqualTo("Saint Brigid Radiology");

        assertThatThrownBy(() -> catalogue.create(program(" saint brigid   RADIOLOGY ")))
                .hasMessage("The catalogue already has saint brigid RADIOLOGY (letter case and spacing aside).");

        CatalogueEntry edited = catalogue.update(first.id(), first.version(), program("Saint Brigid Diagnostic Radiology"));
        assertThatThrownBy(() -> catalogue.update(first.id(), first.version(), program("Saint Brigid Radiology, stale")))
                .hasMessage("Someone else changed Saint Brigid Diagnostic Radiology meanwhile; reload it first.");
        assertThat(catalogue.program(first.id()).name()).isEqualTo(edited.name());
    }

    @Test
    void an_exported_file_imports_again_and_updates_programs_by_name_keeping_accents_and_formulas_as_text() {
        signedIn(Who.ADMIN);
        CatalogueEntry accented = catalogue.create(new ProgramDetails("Hôpital Zoë Müller Radiology", "=HYPERLINK(\"x\")",
                "San Juan", "PR", "America/Puerto_Rico", ProgramType.ACADEMIC, 5, true, "Neuroradiology; Body imaging",
                Map.of(2024, 2, 2025, 3), new Source("https://example.org/zoe/residents", LocalDate.of(2026, 9, 1)),
                "", Source.NONE, Source.NONE, 5, 230, 3, "Line one\nline two"));

        String exported = catalogue.exportCsv();
        assertThat(exported).startsWith("\uFEFFname,institution,city,state");
        assertThat(exported).contains("'=HYPERLINK");

        ImportResult result = catalogue.importCsv(csv(exported));
        assertThat(result.added()).isZero();
        assertThat(result.updated()).isEqualTo(catalogue.programs().size());
        assertThat(catalogue.program(accented.id()).details()).isEqualTo(accented.details());
    }

    @Test
    void the_template_imports_as_one_new_program() {
        signedIn(Who.ADMIN);
        int before = catalogue.programs().size();
        assertThat(catalogue.importCsv(csv(catalogue.csvTemplate()))).isEqualTo(new ImportResult(1, 0));
        assertThat(catalogue.programs()).hasSize(before + 1)
                .anySatisfy(entry -> assertThat(entry.details().imgResidentsByYear()).containsEntry(2025, 2));
    }

    @Test
    void a_file_with_bad_rows_reports_each_with_its_line_and_keeps_nothing() {
        signedIn(Who.ADMIN);
        CatalogueEntry existing = catalogue.create(program("Unchanged Valley Radiology"));
        List<CatalogueEntry> before = catalogue.programs();
        String header = String.join(",", CatalogueCsv.COLUMNS);
        String file = header + "\n"
                + "Unchanged Valley Radiology,,Chicago,IL,America/Chicago,academic,6,no,,,,,,,,,,,,,\n"
                + "Good New Radiology,,Dallas,TX,America/Chicago,community,4,yes,,,,,,,,,,,,,\n"
                + "Bad State Radiology,,Nowhere,ZZ,America/Chicago,community,4,no,,,,,,,,,,,,,\n"
                + "Bad Setting Radiology,,Austin,TX,America/Chicago,rural,four,maybe,,2025-2,,,,,,,,,,,\n"
                + "good new   radiology,,Dallas,TX,America/Chicago,community,4,no,,,,,,,,,,,,,\n";

        assertThatThrownBy(() -> catalogue.importCsv(csv(file))).isInstanceOfSatisfying(CatalogueImportException.class,
                refused -> assertThat(refused.problems()).extracting(ImportProblem::toString).containsExactly(
                        "Line 5: setting \"rural\" is not academic, community or hybrid.",
                        "Line 5: positions_per_year \"four\" is not a whole number.",
                        "Line 5: preliminary_year \"maybe\" is not yes or no.",
                        "Line 5: img_residents_by_year \"2025-2\" is not year:count, such as 2025:2."));

        String readable = file.replace("rural,four,maybe,,2025-2", "hybrid,4,no,,");
        assertThatThrownBy(() -> catalogue.importCsv(csv(readable))).isInstanceOfSatisfying(CatalogueImportException.class,
                refused -> assertThat(refused.problems()).extracting(ImportProblem::toString).containsExactly(
                        "Line 4: State \"ZZ\" is not a US state's postal code, such as IL or NY.",
                        "Line 6: names good new   radiology again (first on line 3); one row per program."));
        assertThat(catalogue.programs()).isEqualTo(before);
        assertThat(catalogue.program(existing.id()).details().city()).isEqualTo("Springfield");
    }

    @Test
    void files_that_are_too_large_empty_not_utf8_or_without_the_header_are_refused_with_a_message() {
        signedIn(Who.ADMIN);
        String header = String.join(",", CatalogueCsv.COLUMNS) + "\n";
        assertThatThrownBy(() -> catalogue.importCsv(csv(header)))
                .hasMessage("The file holds no programs: add rows under the header.");
        assertThatThrownBy(() -> catalogue.importCsv(csv("program,town\nA,B\n")))
                .hasMessageContaining("Line 1: The header lacks city, name, positions_per_year, setting, state, time_zone.");
        assertThatThrownBy(() -> catalogue.importCsv(new ByteArrayInputStream(
                (header + "Caf\u00e9 Radiology,,Chicago,IL,America/Chicago,academic,4,no,,,,,,,,,,,,,\n")
                        .getBytes(StandardCharsets.ISO_8859_1))))
                .hasMessage("The file is not UTF-8 text. Save it as \"CSV UTF-8\" and try again.");
        byte[] huge = new byte[(int) CatalogueService.MAX_IMPORT_BYTES + 1];
        java.util.Arrays.fill(huge, (byte) 'a');
        assertThatThrownBy(() -> catalogue.importCsv(new ByteArrayInputStream(huge)))
                .hasMessageStartingWith("The file is larger than 2 MB");
        StringBuilder many = new StringBuilder(header);
        for (int i = 0; i <= CatalogueService.MAX_IMPORT_ROWS; i++) {
            many.append("P").append(i).append(",,Chicago,IL,America/Chicago,academic,4,no,,,,,,,,,,,,,\n");
        }
        assertThatThrownBy(() -> catalogue.importCsv(csv(many.toString())))
                .hasMessage("The file has more than 2000 programs; split it.");
    }

    @Autowired
    DemoCatalogue demoCatalogue;

    @Test
    void the_demo_catalogue_has_thirty_programs_in_every_region_and_setting_with_dated_evidence() {
        demoCatalogue.addDemoCatalogue(new DemoAccountsSeeded(Map.of()));
        demoCatalogue.addDemoCatalogue(new DemoAccountsSeeded(Map.of()));
        signedIn(Who.APPLICANT);
        List<CatalogueEntry> demo = catalogue.programs().stream()
                .filter(entry -> DemoCatalogue.PROGRAMS.stream().anyMatch(program -> program.name().equals(entry.name())))
                .toList();
        assertThat(demo).hasSize(30);
        assertThat(demo.stream().map(CatalogueEntry::region).collect(Collectors.toSet())).isEqualTo(EnumSet.allOf(Region.class));
        Set<ProgramType> settings = demo.stream().map(entry -> entry.details().setting()).collect(Collectors.toSet());
        assertThat(settings).isEqualTo(EnumSet.allOf(ProgramType.class));
        assertThat(demo).filteredOn(entry -> !entry.details().imgResidentsByYear().isEmpty())
                .allSatisfy(entry -> assertThat(entry.details().imgResidentsSource().checkedOn()).isNotNull());
    }
}
