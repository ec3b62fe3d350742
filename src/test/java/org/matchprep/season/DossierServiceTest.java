package org.matchprep.season;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.matchprep.account.AccountSummary;
import org.matchprep.testing.IntegrationTest;
import org.matchprep.testing.Who;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class DossierServiceTest extends IntegrationTest {

    @Autowired
    DossierService service;

    // --- who may call what -----------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(Who.class)
    void only_applicants_create_and_list_dossiers(Who who) {
        signedIn(who);
        if (who == Who.APPLICANT) {
            DossierSummary created = service.create(SeasonFixtures.dossier("Cleveland Clinic"));
            assertThat(service.myDossiers()).extracting(DossierSummary::id).containsExactly(created.id());
        } else {
            assertThatThrownBy(() -> service.create(SeasonFixtures.dossier("Cleveland Clinic"))).isExactlyInstanceOf(who.refusedWhereOnly(Who.APPLICANT));
            assertThatThrownBy(() -> service.myDossiers()).isExactlyInstanceOf(who.refusedWhereOnly(Who.APPLICANT));
        }
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void only_the_owner_reads_updates_and_deletes_a_dossier(Who who) {
        AccountSummary owner = accounts.applicant();
        DossierSummary dossier = as(owner, () -> service.create(SeasonFixtures.dossier("Mayo Clinic")));
        signedIn(who);

        assertThatThrownBy(() -> service.dossier(dossier.id())).isExactlyInstanceOf(who.refusedWhereOnly(Who.APPLICANT));
        assertThatThrownBy(() -> service.update(dossier.id(), dossier.version(), SeasonFixtures.dossier("Mine now")))
                .isExactlyInstanceOf(who.refusedWhereOnly(Who.APPLICANT));
        assertThatThrownBy(() -> service.delete(dossier.id())).isExactlyInstanceOf(who.refusedWhereOnly(Who.APPLICANT));
        assertThat(as(owner, () -> service.dossier(dossier.id())).name()).isEqualTo("Mayo Clinic");
    }

    @Test
    void the_owner_reads_updates_and_deletes_their_dossier() {
        signedIn(Who.APPLICANT);
        DossierSummary dossier = service.create(SeasonFixtures.dossier("Mayo Clinic"));
        assertThat(service.dossier(dossier.id()).details()).isEqualTo(SeasonFixtures.dossier("Mayo Clinic"));

        DossierDetails changed = new DossierDetails("Mayo Clinic Rochester", "Rochester", "MN", ProgramType.HYBRID,
                "", "", "", "", "", "", List.of(new ImgEvidence("Statement on website", null)),
                List.of("One", "Two", "Three"));
        DossierSummary updated = service.update(dossier.id(), dossier.version(), changed);

        assertThat(updated.details()).isEqualTo(changed);
        assertThat(updated.version()).isGreaterThan(dossier.version());
        service.delete(dossier.id());
        assertThat(service.myDossiers()).isEmpty();
    }

    @Test
    void an_id_that_does_not_exist_is_refused_like_someone_elses() {
        signedIn(Who.APPLICANT);
        assertThatThrownBy(() -> service.dossier(Long.MAX_VALUE)).isInstanceOf(AccessDeniedException.class)
                .hasMessage("Not your dossier");
    }

    // --- bad input -------------------------------------------------------------------------------

    @Test
    void every_problem_is_reported_at_once_named_by_its_component_and_row() {
        signedIn(Who.APPLICANT);
        DossierDetails details = new DossierDetails(" ", "", "", null, "", "", "", "", "", "",
                List.of(new ImgEvidence("", null), new ImgEvidence("Match list", "ftp://example.org")),
                List.of("", "p".repeat(1001)));

        SeasonException refused = catchThrowableOfType(SeasonException.class, () -> service.create(details));

        assertThat(refused.fields()).containsExactly("name", "type", "imgEvidence[1].url", "talkingPoints[1]");
        assertThat(refused.messageFor("imgEvidence[1].url")).hasValueSatisfying(message ->
                assertThat(message).startsWith("IMG evidence 2 link must be a web address"));
        assertThat(service.myDossiers()).isEmpty();
    }

    @Test
    void a_blank_name_an_overlong_field_and_a_missing_type_are_refused_with_clear_messages() {
        signedIn(Who.APPLICANT);
        DossierDetails base = SeasonFixtures.dossier("X");
        assertThatThrownBy(() -> service.create(DossierDetails.named("  ", "", "", ProgramType.ACADEMIC)))
                .isInstanceOf(SeasonException.class).hasMessage("Program name is required.");
        assertThatThrownBy(() -> service.create(new DossierDetails("X", "", "", ProgramType.ACADEMIC, "", "",
                "s".repeat(2001), "", "", "", List.of(), List.of())))
                .hasMessage("Strengths has 2001 characters; the limit is 2000.");
        assertThatThrownBy(() -> service.create(DossierDetails.named("X", "", "", null)))
                .hasMessage("Program type is required: academic, community or hybrid.");
        assertThat(service.myDossiers()).isEmpty();
        assertThat(base.name()).isEqualTo("X");
    }

    @Test
    void control_characters_are_refused_on_each_field_they_are_in_and_nothing_is_stored() {
        signedIn(Who.APPLICANT);
        DossierDetails details = new DossierDetails("Mayo\u0000 Clinic", "", "", ProgramType.ACADEMIC, "", "",
                "Line one\nline two\ttabbed", "", "", "",
                List.of(new ImgEvidence("3 IMGs\u0085", null)), List.of("Strong\u001b community"));

        SeasonException refused = catchThrowableOfType(SeasonException.class, () -> service.create(details));

        assertThat(refused.fields()).containsExactly("name", "imgEvidence[0].text", "talkingPoints[0]");
        assertThat(refused.messageFor("name")).hasValueSatisfying(message ->
                assertThat(message).startsWith("Program name contains an invisible control character (U+0000)"));
        assertThat(service.myDossiers()).isEmpty();
    }

    @Test
    void evidence_links_must_be_http_or_https_addresses() {
        signedIn(Who.APPLICANT);
        for (String bad : List.of("javascript:alert(1)", "ftp://example.org/list", "not a link", "https://")) {
            assertThatThrownBy(() -> service.create(withEvidence(new ImgEvidence("Match list", bad))))
                    .as(bad).isInstanceOf(SeasonException.class)
                    .hasMessageStartingWith("IMG evidence 1 link must be a web address starting with https://");
        }
        DossierSummary saved = service.create(withEvidence(new ImgEvidence("Match list", " http://example.org/match ")));
        assertThat(saved.details().imgEvidence()).containsExactly(new ImgEvidence("Match list", "http://example.org/match"));
    }

    @Test
    void evidence_without_text_is_refused_and_empty_rows_are_dropped() {
        signedIn(Who.APPLICANT);
        assertThatThrownBy(() -> service.create(withEvidence(new ImgEvidence("", "https://example.org"))))
                .hasMessage("IMG evidence 1 is required.");
        DossierSummary saved = service.create(withEvidence(new ImgEvidence(" ", null)));
        assertThat(saved.details().imgEvidence()).isEmpty();
    }

    @Test
    void more_than_three_talking_points_are_refused() {
        signedIn(Who.APPLICANT);
        DossierDetails four = new DossierDetails("X", "", "", ProgramType.COMMUNITY, "", "", "", "", "", "",
                List.of(), List.of("1", "2", "3", "4"));
        assertThatThrownBy(() -> service.create(four)).isInstanceOf(SeasonException.class)
                .hasMessageContaining("4 are too many");
    }

    // --- "Why our program?", per program --------------------------------------------------------

    @Test
    void reasons_you_fit_are_kept_with_the_dossier_and_more_than_two_are_refused() {
        signedIn(Who.APPLICANT);
        DossierSummary saved = service.create(withReasons(List.of("Their AI lab matches my research"),
                List.of("My family lives in Cleveland", " ")));
        assertThat(service.dossier(saved.id()).details().fitReasons()).containsExactly("My family lives in Cleveland");

        assertThatThrownBy(() -> service.create(withReasons(List.of(), List.of("1", "2", "3"))))
                .isInstanceOf(SeasonException.class).hasMessageContaining("3 are too many");
    }

    @Test
    void a_reason_that_names_nothing_from_the_dossier_is_warned_about_and_one_that_does_is_not() {
        signedIn(Who.APPLICANT);
        DossierDetails details = withReasons(
                List.of("Dr. Lee's work on chest imaging is what I want to learn", "The residents seemed happy and friendly",
                        "Their photon-counting CT"),
                List.of("I have family in Ohio and want to practise near Cleveland", "I love a great teaching culture"));

        assertThat(service.reasonWarnings(details)).extracting(ReasonWarning::field)
                .containsExactly("talkingPoints[1]", "fitReasons[1]");
        assertThat(service.reasonWarnings(details).getFirst().message())
                .contains("Drawn-here reason 2 names nothing specific to Mayo Clinic");
    }

    @Test
    void acronyms_and_word_forms_count_as_naming_a_specific() {
        signedIn(Who.APPLICANT);
        DossierDetails details = withReasons(List.of("I want early IR procedures", "Neuroradiologists who teach"),
                List.of("My research in neuroradiology"));
        assertThat(service.reasonWarnings(details)).isEmpty();
    }

    @Test
    void too_few_reasons_are_warned_about_without_blocking_the_save() {
        signedIn(Who.APPLICANT);
        DossierDetails details = withReasons(List.of("Their AI lab matches my research"), List.of());

        assertThat(service.reasonWarnings(details)).extracting(ReasonWarning::field)
                .containsExactly("talkingPoints", "fitReasons");
        DossierSummary saved = service.create(details);
        assertThat(service.reasonWarnings(saved.id())).hasSize(2);
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void only_the_owner_reads_the_warnings_of_a_saved_dossier(Who who) {
        AccountSummary owner = accounts.applicant();
        DossierSummary dossier = as(owner, () -> service.create(SeasonFixtures.dossier("Mayo Clinic")));
        signedIn(who);
        assertThatThrownBy(() -> service.reasonWarnings(dossier.id())).isExactlyInstanceOf(who.refusedWhereOnly(Who.APPLICANT));
    }

    private static DossierDetails withReasons(List<String> drawn, List<String> fit) {
        DossierDetails base = SeasonFixtures.dossier("Mayo Clinic");
        return new DossierDetails(base.name(), base.city(), base.state(), base.type(), base.size(), base.fellowships(),
                base.strengths(), base.faculty(), base.facilities(), base.teachingStructure(), base.imgEvidence(), drawn, fit);
    }

    @Test
    void a_second_dossier_for_the_same_program_is_refused_whatever_the_letter_case() {
        signedIn(Who.APPLICANT);
        service.create(SeasonFixtures.dossier("Mayo Clinic"));
        assertThatThrownBy(() -> service.create(SeasonFixtures.dossier("mayo clinic")))
                .isInstanceOf(SeasonException.class)
                .hasMessage("You already have a dossier for mayo clinic; one dossier per program.");
    }

    @Test
    void another_applicant_may_have_a_dossier_for_the_same_program() {
        as(accounts.applicant(), () -> service.create(SeasonFixtures.dossier("Mayo Clinic")));
        signedIn(Who.APPLICANT);
        assertThat(service.create(SeasonFixtures.dossier("Mayo Clinic")).name()).isEqualTo("Mayo Clinic");
        assertThat(service.myDossiers()).hasSize(1);
    }

    @Test
    void saving_over_a_change_made_elsewhere_is_refused() {
        signedIn(Who.APPLICANT);
        DossierSummary read = service.create(SeasonFixtures.dossier("Mayo Clinic"));
        service.update(read.id(), read.version(), SeasonFixtures.dossier("Mayo Clinic (other tab)"));

        assertThatThrownBy(() -> service.update(read.id(), read.version(), SeasonFixtures.dossier("Stale")))
                .isInstanceOf(SeasonException.class)
                .hasMessage("This dossier was changed in another tab or device; reload it first.");
        assertThat(service.dossier(read.id()).name()).isEqualTo("Mayo Clinic (other tab)");
    }

    private static DossierDetails withEvidence(ImgEvidence evidence) {
        return new DossierDetails("Program " + System.nanoTime(), "", "", ProgramType.ACADEMIC, "", "", "", "", "", "",
                List.of(evidence), List.of());
    }
}
