package org.matchprep.season.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.matchprep.answers.AnswerDraft;
import org.matchprep.answers.AnswerService;
import org.matchprep.season.DossierService;
import org.matchprep.season.WhyOurProgram;
import org.matchprep.season.WhyOurProgramService;
import org.matchprep.season.DossierSummary;
import org.matchprep.season.ImgEvidence;
import org.matchprep.season.ProgramType;
import org.matchprep.season.SeasonFixtures;
import org.matchprep.season.domain.ProgramDossier;
import org.matchprep.testing.KaribuTest;
import org.matchprep.testing.Shown;
import org.matchprep.testing.Who;
import org.springframework.beans.factory.annotation.Autowired;

class DossierViewsTest extends KaribuTest {

    @Autowired
    DossierService dossiers;

    @Autowired
    WhyOurProgramService whyOurProgram;

    @Autowired
    AnswerService answers;

    @BeforeEach
    void signInAsAnApplicant() {
        signInAndOpen(Who.APPLICANT);
    }

    @Test
    void an_applicant_without_dossiers_sees_how_to_start() {
        DossierListView view = openList();

        assertThat(view.emptyState.isVisible()).isTrue();
        assertThat(_get(view.emptyState, H2.class).getText()).isEqualTo("No program dossiers yet");
        assertThat(view.addDossier.isVisible()).isFalse();
        _click(_get(view.emptyState, Button.class, spec -> spec.withText("Add program")));

        assertThat(_get(DossierEditor.class).delete.isVisible()).isFalse();
    }

    @Test
    void a_dossier_written_in_the_editor_is_saved_and_listed() {
        UI.getCurrent().navigate("programs/dossier/new");
        DossierEditor editor = _get(DossierEditor.class);
        _setValue(editor.name, "Cleveland Clinic");
        _setValue(editor.city, "Cleveland");
        _setValue(editor.state, "OH");
        editor.type.setValue(ProgramType.HYBRID);
        _setValue(editor.faculty, "Dr. Lee");
        _setValue(editor.evidence.rows.get(0).text, "IMG residents in every class");
        _setValue(editor.evidence.rows.get(0).url, "https://example.org/residents");
        _setValue(editor.talkingPoints.areas.get(0), "Their AI lab");
        _setValue(editor.talkingPoints.areas.get(1), "Teaching culture");
        _click(editor.save);

        assertThat(Shown.notifications()).containsExactly("Saved the dossier for Cleveland Clinic.");
        DossierSummary saved = dossiers.myDossiers().getFirst();
        assertThat(saved.details().location()).isEqualTo("Cleveland, OH");
        assertThat(saved.details().type()).isEqualTo(ProgramType.HYBRID);
        assertThat(saved.details().imgEvidence())
                .containsExactly(new ImgEvidence("IMG residents in every class", "https://example.org/residents"));
        assertThat(saved.details().talkingPoints()).containsExactly("Their AI lab", "Teaching culture");
        DossierListView list = _get(DossierListView.class);
        assertThat(_find(list.cards, H2.class)).extracting(H2::getText).containsExactly("Cleveland Clinic");
    }

    @Test
    void a_blank_name_and_a_bad_evidence_link_are_shown_on_their_fields() {
        UI.getCurrent().navigate("programs/dossier/new");
        DossierEditor editor = _get(DossierEditor.class);
        _click(editor.save);
        assertThat(editor.name.isInvalid()).isTrue();
        assertThat(editor.name.getErrorMessage()).isEqualTo("Program name is required.");

        _setValue(editor.name, "Mayo");
        _setValue(editor.evidence.rows.get(0).text, "Match list");
        _setValue(editor.evidence.rows.get(0).url, "javascript:alert(1)");
        _click(editor.save);

        assertThat(editor.name.isInvalid()).isFalse();
        assertThat(editor.evidence.rows.get(0).url.isInvalid()).isTrue();
        assertThat(editor.evidence.rows.get(0).url.getErrorMessage())
                .startsWith("IMG evidence 1 link must be a web address starting with https://");
        assertThat(Shown.notifications()).isEmpty();
        assertThat(dossiers.myDossiers()).isEmpty();
    }

    @Test
    void errors_land_on_the_bound_field_and_row_even_when_labels_are_renamed() {
        UI.getCurrent().navigate("programs/dossier/new");
        DossierEditor editor = _get(DossierEditor.class);
        editor.name.setLabel("Strengths");
        editor.strengths.setLabel("Program name");
        _setValue(editor.evidence.rows.get(0).text, "Match list");
        _click(editor.evidence.addEntry);
        _setValue(editor.evidence.rows.get(1).text, "Current IMG residents");
        _setValue(editor.evidence.rows.get(1).url, "zoom.us/j/1");
        _setValue(editor.talkingPoints.areas.get(1), "p".repeat(ProgramDossier.TALKING_POINT_MAX_LENGTH + 1));

        _click(editor.save);

        assertThat(editor.name.isInvalid()).isTrue();
        assertThat(editor.name.getErrorMessage()).isEqualTo("Program name is required.");
        assertThat(editor.strengths.isInvalid()).isFalse();
        assertThat(editor.evidence.rows.get(0).url.isInvalid()).isFalse();
        assertThat(editor.evidence.rows.get(1).url.isInvalid()).isTrue();
        assertThat(editor.evidence.rows.get(1).url.getErrorMessage()).startsWith("IMG evidence 2 link must be a web address");
        assertThat(editor.talkingPoints.areas.get(1).isInvalid()).isTrue();
        assertThat(editor.talkingPoints.areas.get(1).getErrorMessage()).isEqualTo("Talking point 2 has "
                + (ProgramDossier.TALKING_POINT_MAX_LENGTH + 1) + " characters; the limit is "
                + ProgramDossier.TALKING_POINT_MAX_LENGTH + ".");
        assertThat(editor.talkingPoints.areas.get(0).isInvalid()).isFalse();
        assertThat(Shown.notifications()).isEmpty();
        assertThat(dossiers.myDossiers()).isEmpty();
    }

    @Test
    void a_second_dossier_for_the_same_program_is_refused_on_the_name() {
        dossiers.create(SeasonFixtures.dossier("Mayo Clinic"));
        UI.getCurrent().navigate("programs/dossier/new");
        DossierEditor editor = _get(DossierEditor.class);

        _setValue(editor.name, "mayo clinic");
        _click(editor.save);

        assertThat(editor.name.isInvalid()).isTrue();
        assertThat(editor.name.getErrorMessage()).isEqualTo("You already have a dossier for mayo clinic; one dossier per program.");
        assertThat(Shown.notifications()).isEmpty();
    }

    @Test
    void an_existing_dossier_opens_filled_in_and_saves_changes() {
        DossierSummary dossier = dossiers.create(SeasonFixtures.dossier("Mayo Clinic"));
        openList();
        _click(_get(DossierCard.class).open);
        DossierEditor editor = _get(DossierEditor.class);
        assertThat(editor.name.getValue()).isEqualTo("Mayo Clinic");
        assertThat(editor.talkingPoints.areas.get(1).getValue()).isEqualTo("Strong IMG community");
        assertThat(editor.evidence.getValue()).hasSize(1);

        _setValue(editor.talkingPoints.areas.get(2), "Close to family");
        _click(editor.save);

        assertThat(dossiers.dossier(dossier.id()).details().talkingPoints()).hasSize(3).endsWith("Close to family");
    }

    @Test
    void the_editor_warns_while_a_why_our_program_reason_names_nothing_specific_to_the_program() {
        DossierSummary dossier = dossiers.create(SeasonFixtures.dossier("Mayo Clinic"));
        UI.getCurrent().navigate("programs/dossier/" + dossier.id());
        DossierEditor editor = _get(DossierEditor.class);
        assertThat(warnedFields(editor)).containsExactly("fitReasons", "talkingPoints[1]");

        _setValue(editor.fitReasons.areas.get(0), "I like the friendly people");
        assertThat(warnedFields(editor)).containsExactly("talkingPoints[1]", "fitReasons[0]");
        assertThat(editor.reasonWarnings.getElement().getTextRecursively())
                .contains("Reason you fit 1 names nothing specific to Mayo Clinic");

        _setValue(editor.fitReasons.areas.get(0), "My family lives near Cleveland");
        _setValue(editor.talkingPoints.areas.get(1), "Dr. Lee's chest imaging work");
        assertThat(editor.reasonWarnings.isVisible()).isFalse();
        _click(editor.save);

        assertThat(dossiers.dossier(dossier.id()).details().fitReasons()).containsExactly("My family lives near Cleveland");
    }

    private static java.util.List<String> warnedFields(DossierEditor editor) {
        return editor.reasonWarnings.getChildren().map(item -> item.getElement().getAttribute("data-field")).toList();
    }

    @Test
    void a_saved_dossier_links_to_sharing_and_feedback_from_its_card_and_editor_a_new_one_does_not() {
        DossierSummary dossier = dossiers.create(SeasonFixtures.dossier("Mayo Clinic"));
        openList();
        assertThat(_get(_get(DossierCard.class), Anchor.class, spec -> spec.withText("Share and feedback")).getHref())
                .isEqualTo("review/dossier/" + dossier.id());

        UI.getCurrent().navigate("programs/dossier/" + dossier.id());
        DossierEditor editor = _get(DossierEditor.class);
        assertThat(editor.shareLink.isVisible()).isTrue();
        assertThat(editor.shareLink.getHref()).isEqualTo("review/dossier/" + dossier.id());
        assertThat(editor.shareLink.getElement().getAttribute("aria-label")).as("starts with the words shown (WCAG 2.5.3)")
                .startsWith(editor.shareLink.getText());

        UI.getCurrent().navigate("programs/dossier/new");
        assertThat(_get(DossierEditor.class).shareLink.isVisible()).isFalse();
    }

    @Test
    void another_applicants_dossier_does_not_open() {
        DossierSummary theirs = dossiers.create(SeasonFixtures.dossier("Mayo Clinic"));
        signIn(accounts.applicant());

        UI.getCurrent().navigate("programs/dossier/" + theirs.id());
        DossierEditor editor = _get(DossierEditor.class);

        assertThat(editor.notFound.isVisible()).isTrue();
        assertThat(editor.name.getValue()).isEmpty();
        assertThat(List.of(editor.save.isVisible())).isNotEmpty();
    }

    @Test
    void the_editor_shows_the_why_our_program_answer_next_to_the_talking_points() {
        UI.getCurrent().navigate("programs/dossier/new");
        DossierEditor editor = _get(DossierEditor.class);
        assertThat(_get(editor.narrative, Anchor.class).getText()).isEqualTo("Write your \"Why our program?\" answer");

        WhyOurProgram answer = whyOurProgram.myAnswer();
        answers.save(answer.questionId(), AnswerDraft.NOT_SAVED_YET, Map.of("answer", "Teaching matters to me."));
        UI.getCurrent().navigate("programs");
        UI.getCurrent().navigate("programs/dossier/new");
        editor = _get(DossierEditor.class);

        assertThat(_find(editor.narrative, Paragraph.class)).extracting(Paragraph::getText).contains("Teaching matters to me.");
        assertThat(_get(editor.narrative, Anchor.class).getHref()).isEqualTo("answers/" + answer.questionId());
    }

    @Test
    void saving_over_a_change_made_in_another_tab_is_refused_and_the_input_stays() {
        DossierSummary dossier = dossiers.create(SeasonFixtures.dossier("Mayo Clinic"));
        UI.getCurrent().navigate("programs/dossier/" + dossier.id());
        DossierEditor editor = _get(DossierEditor.class);
        dossiers.update(dossier.id(), dossier.version(), SeasonFixtures.dossier("Mayo Clinic (other tab)"));

        _setValue(editor.strengths, "Mine");
        _click(editor.save);

        assertThat(Shown.notifications()).containsExactly("This dossier was changed in another tab or device; reload it first.");
        assertThat(editor.strengths.getValue()).isEqualTo("Mine");
        assertThat(dossiers.dossier(dossier.id()).name()).isEqualTo("Mayo Clinic (other tab)");
    }

    private static DossierListView openList() {
        UI.getCurrent().navigate("programs");
        return _get(DossierListView.class);
    }
}
