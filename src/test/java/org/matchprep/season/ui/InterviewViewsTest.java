package org.matchprep.season.ui;

import static com.github.mvysny.kaributesting.v10.DownloadKt._download;
import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;

import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.matchprep.base.ui.NarrowGrid;
import org.matchprep.base.ui.Times;
import org.matchprep.season.AskQuestion;
import org.matchprep.season.Audience;
import org.matchprep.season.ChecklistPhase;
import org.matchprep.season.DossierService;
import org.matchprep.season.DossierSummary;
import org.matchprep.season.InterviewPlan;
import org.matchprep.season.InterviewService;
import org.matchprep.season.QuestionsToAskService;
import org.matchprep.season.InterviewStatus;
import org.matchprep.season.InterviewSummary;
import org.matchprep.season.SeasonFixtures;
import org.matchprep.season.domain.Interview;
import org.matchprep.testing.KaribuTest;
import org.matchprep.testing.Shown;
import org.matchprep.testing.Who;
import org.springframework.beans.factory.annotation.Autowired;

class InterviewViewsTest extends KaribuTest {

    @Autowired
    DossierService dossiers;

    @Autowired
    InterviewService interviews;

    @Autowired
    QuestionsToAskService questions;

    @BeforeEach
    void signInAsAnApplicant() {
        signInAndOpen(Who.APPLICANT);
    }

    @Test
    void without_dossiers_the_tracker_points_to_the_programs_first() {
        InterviewListView view = openTracker();

        assertThat(view.emptyState.isVisible()).isTrue();
        assertThat(view.grid.isVisible()).isFalse();
        assertThat(view.addInterview.isEnabled()).isFalse();
        _click(_get(view.emptyState, Button.class, spec -> spec.withText("Add a program dossier")));
        assertThat(_get(DossierEditor.class)).isNotNull();
    }

    @Test
    void an_interview_added_in_the_dialog_shows_in_the_programs_time_and_mine() {
        dossiers.create(SeasonFixtures.dossier("Mayo Clinic"));
        InterviewListView view = openTracker();
        _click(view.addInterview);
        InterviewDialog dialog = _get(InterviewDialog.class);
        _setValue(dialog.start, LocalDateTime.of(2027, 1, 12, 9, 0));
        _setValue(dialog.zone, "America/New_York");
        _setValue(dialog.platform, "Zoom");
        _setValue(dialog.link, "https://zoom.us/j/123");
        _click(dialog.save);

        assertThat(dialog.isOpened()).isFalse();
        assertThat(Shown.notifications()).containsExactly("Added the interview with Mayo Clinic.");
        assertThat(_size(view.grid)).isEqualTo(1);
        // test accounts live in Europe/Berlin
        assertThat(_getFormattedRow(view.grid, 0).stream().map(cell -> cell.replace('\u202f', ' ')).toList())
                .startsWith("Mayo Clinic", "Jan 12, 2027, 9:00 AM (America/New_York)",
                "Jan 12, 2027, 3:00 PM", "Zoom", "Scheduled", "0 of 23");
    }

    @Test
    void an_interview_without_a_zone_is_refused_on_the_zone_field() {
        dossiers.create(SeasonFixtures.dossier("Mayo Clinic"));
        InterviewListView view = openTracker();
        _click(view.addInterview);
        InterviewDialog dialog = _get(InterviewDialog.class);
        _setValue(dialog.start, LocalDateTime.of(2027, 1, 12, 9, 0));
        _setValue(dialog.link, "zoom.us/j/1");
        _click(dialog.save);

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.zone.isInvalid()).isTrue();
        assertThat(dialog.zone.getErrorMessage()).startsWith("Choose the program's time zone");
        assertThat(interviews.myInterviews()).isEmpty();

        _setValue(dialog.zone, "America/New_York");
        _click(dialog.save);
        assertThat(dialog.link.isInvalid()).isTrue();
        assertThat(dialog.link.getErrorMessage()).startsWith("Meeting link must be a web address");
    }

    @Test
    void each_refusal_lands_on_the_field_bound_to_its_plan_component_whatever_the_labels_say() {
        dossiers.create(SeasonFixtures.dossier("Mayo Clinic"));
        InterviewListView view = openTracker();
        _click(view.addInterview);
        InterviewDialog dialog = _get(InterviewDialog.class);
        dialog.zone.setLabel("Meeting link");
        dialog.link.setLabel("Date and time");
        dialog.start.setLabel("Program's time zone");

        _setValue(dialog.link, "zoom.us/j/1");
        _setValue(dialog.structure, "s".repeat(Interview.STRUCTURE_MAX_LENGTH + 1));
        _click(dialog.save);

        assertThat(dialog.zone.isInvalid()).isTrue();
        assertThat(dialog.zone.getErrorMessage()).startsWith("Choose the program's time zone");
        assertThat(dialog.start.isInvalid()).isTrue();
        assertThat(dialog.start.getErrorMessage()).isEqualTo("Date and time are required.");
        assertThat(dialog.link.isInvalid()).isTrue();
        assertThat(dialog.link.getErrorMessage()).startsWith("Meeting link must be a web address");
        assertThat(dialog.structure.isInvalid()).isTrue();
        assertThat(dialog.structure.getErrorMessage()).startsWith("Structure has " + (Interview.STRUCTURE_MAX_LENGTH + 1));
        assertThat(dialog.platform.isInvalid()).isFalse();
        assertThat(Shown.notifications()).isEmpty();
        assertThat(interviews.myInterviews()).isEmpty();
    }

    @Test
    void an_interview_without_a_program_is_refused_on_the_program_field() {
        dossiers.create(SeasonFixtures.dossier("Mayo Clinic"));
        dossiers.create(SeasonFixtures.dossier("Cleveland Clinic"));
        InterviewListView view = openTracker();
        _click(view.addInterview);
        InterviewDialog dialog = _get(InterviewDialog.class);
        _setValue(dialog.start, LocalDateTime.of(2027, 1, 12, 9, 0));
        _setValue(dialog.zone, "America/New_York");

        _click(dialog.save);

        assertThat(dialog.program.isInvalid()).isTrue();
        assertThat(dialog.program.getErrorMessage()).isEqualTo("Choose the program this interview is for.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(interviews.myInterviews()).isEmpty();

        _setValue(dialog.program, dialog.program.getListDataView().getItems()
                .filter(dossier -> dossier.name().equals("Cleveland Clinic")).findFirst().orElseThrow());
        _click(dialog.save);

        assertThat(dialog.isOpened()).isFalse();
        assertThat(interviews.myInterviews()).extracting(InterviewSummary::programName).containsExactly("Cleveland Clinic");
    }

    @Test
    void over_long_impressions_are_refused_on_their_own_area() {
        long dossier = dossiers.create(SeasonFixtures.dossier("Mayo Clinic")).id();
        InterviewSummary past = interviews.schedule(at(dossier, Instant.now().minus(Duration.ofDays(2)), InterviewStatus.DONE));
        UI.getCurrent().navigate("interviews/" + past.id());
        ImpressionsForm impressions = _get(InterviewView.class).impressions;
        impressions.redFlags.setLabel("Culture");
        impressions.culture.setLabel("Red flags");

        _setValue(impressions.culture, "Warm");
        _setValue(impressions.redFlags, "r".repeat(Interview.IMPRESSION_MAX_LENGTH + 1));
        _click(impressions.save);

        assertThat(impressions.redFlags.isInvalid()).isTrue();
        assertThat(impressions.redFlags.getErrorMessage()).isEqualTo("Red flags has " + (Interview.IMPRESSION_MAX_LENGTH + 1)
                + " characters; the limit is " + Interview.IMPRESSION_MAX_LENGTH + ".");
        assertThat(impressions.culture.isInvalid()).isFalse();
        assertThat(Shown.notifications()).isEmpty();
        assertThat(interviews.interview(past.id()).impressions().culture()).isEmpty();
    }

    @Test
    void a_blank_own_question_is_refused_on_its_text_field() {
        long dossier = dossiers.create(SeasonFixtures.dossier("Mayo Clinic")).id();
        InterviewSummary interview = interviews.schedule(at(dossier, Instant.now().plus(Duration.ofDays(3)), InterviewStatus.SCHEDULED));
        UI.getCurrent().navigate("interviews/" + interview.id());
        QuestionsPanel panel = _get(InterviewView.class).questionsPanel;

        _setValue(panel.ownText, "   ");
        _click(panel.addOwn);

        assertThat(panel.ownText.isInvalid()).isTrue();
        assertThat(panel.ownText.getErrorMessage()).isEqualTo("Your question is required.");

        _setValue(panel.ownText, "Where do residents eat lunch?");
        _click(panel.addOwn);

        assertThat(panel.ownText.isInvalid()).isFalse();
        assertThat(panel.ownText.getValue()).isEmpty();
        assertThat(panel.count.getText()).startsWith("1 chosen.");
    }

    @Test
    void an_own_question_added_on_an_interview_is_chosen_for_it_without_saving_again() {
        long dossier = dossiers.create(SeasonFixtures.dossier("Mayo Clinic")).id();
        InterviewSummary interview = interviews.schedule(at(dossier, Instant.now().plus(Duration.ofDays(3)), InterviewStatus.SCHEDULED));
        UI.getCurrent().navigate("interviews/" + interview.id());
        QuestionsPanel panel = _get(InterviewView.class).questionsPanel;
        CheckboxGroup<AskQuestion> residents = panel.groups.get(Audience.RESIDENTS);
        residents.setValue(Set.copyOf(residents.getListDataView().getItems().toList().subList(0, 2)));

        _setValue(panel.ownText, "Where do residents eat lunch?");
        _click(panel.addOwn);

        assertThat(interviews.interview(interview.id()).questionsChosen()).as("the two ticked and the new one").isEqualTo(3);
        UI.getCurrent().navigate("interviews");
        UI.getCurrent().navigate("interviews/" + interview.id());
        QuestionsPanel reopened = _get(InterviewView.class).questionsPanel;
        assertThat(reopened.groups.get(Audience.RESIDENTS).getValue()).extracting(AskQuestion::text)
                .contains("Where do residents eat lunch?");
    }

    @Test
    void an_own_question_that_would_make_the_choice_too_long_is_not_added_and_its_text_stays() {
        long dossier = dossiers.create(SeasonFixtures.dossier("Mayo Clinic")).id();
        InterviewSummary interview = interviews.schedule(at(dossier, Instant.now().plus(Duration.ofDays(3)), InterviewStatus.SCHEDULED));
        UI.getCurrent().navigate("interviews/" + interview.id());
        QuestionsPanel panel = _get(InterviewView.class).questionsPanel;
        List<AskQuestion> bank = panel.groups.values().stream()
                .flatMap(group -> group.getListDataView().getItems()).toList();
        List<AskQuestion> seven = bank.subList(0, 7);
        panel.groups.forEach((audience, group) -> group.setValue(Set.copyOf(seven.stream()
                .filter(question -> question.audience() == audience).toList())));
        assertThat(panel.chosenIds()).hasSize(7);

        _setValue(panel.ownText, "Where do residents eat lunch?");
        _click(panel.addOwn);

        assertThat(Shown.notifications()).anyMatch(notice -> notice.startsWith("Choose at most 7 questions"));
        assertThat(panel.ownText.getValue()).isEqualTo("Where do residents eat lunch?");
        assertThat(questions.questionsForMe()).extracting(AskQuestion::text).doesNotContain("Where do residents eat lunch?");
    }

    @Test
    void the_tracker_filters_by_status_and_flags_missing_impressions() {
        long dossier = dossiers.create(SeasonFixtures.dossier("Mayo Clinic")).id();
        interviews.schedule(at(dossier, Instant.now().minus(Duration.ofDays(2)), InterviewStatus.DONE));
        interviews.schedule(at(dossier, Instant.now().plus(Duration.ofDays(20)), InterviewStatus.INVITED));
        InterviewListView view = openTracker();
        assertThat(_size(view.grid)).isEqualTo(2);
        assertThat(_getFormattedRow(view.grid, 0).get(6)).contains("Overdue: write them now");

        view.statusFilter.setValue(InterviewStatus.INVITED);
        assertThat(_findAll(view.grid)).extracting(InterviewSummary::status).containsExactly(InterviewStatus.INVITED);
        view.statusFilter.setValue(null);
        assertThat(_size(view.grid)).isEqualTo(2);
        assertThat(view.exportCsv.getElement().hasAttribute("download")).isTrue();
    }

    @Test
    void the_exported_csv_starts_with_a_byte_order_mark_so_spreadsheets_keep_the_accents() {
        long dossier = dossiers.create(SeasonFixtures.dossier("Clinique Zoë Müller")).id();
        interviews.schedule(at(dossier, Instant.now().plus(Duration.ofDays(5)), InterviewStatus.INVITED));
        InterviewListView view = openTracker();

        byte[] file = _download(view.exportCsv);

        assertThat(Arrays.copyOf(file, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(file, 3, file.length - 3, StandardCharsets.UTF_8);
        assertThat(text).startsWith("Program,").contains("Clinique Zoë Müller");
    }

    @Test
    void on_a_phone_the_tracker_shows_each_interview_as_a_card_with_both_times() {
        long dossier = dossiers.create(SeasonFixtures.dossier("Mayo Clinic")).id();
        Instant start = Instant.parse("2027-01-12T16:00:00Z");
        interviews.schedule(at(dossier, start, InterviewStatus.INVITED));
        InterviewListView view = openTracker();

        view.narrow.fit(390);

        assertThat(view.grid.getColumns()).filteredOn(Grid.Column::isVisible).extracting(Grid.Column::getHeaderText)
                .containsExactly("Interview", "");
        String card = _getFormatted(view.grid, 0, NarrowGrid.CARD);
        assertThat(card).contains("Mayo Clinic", "Invited",
                "Program time: " + Times.dateTime(start, ZoneId.of("America/Denver")) + " (America/Denver)",
                "Your time: " + Times.dateTime(start, ZoneId.of("Europe/Berlin")) + " (Europe/Berlin)");
        assertThat(Times.dateTime(start, ZoneId.of("America/Denver"))).startsWith("Jan 12, 2027, 9:00");

        view.narrow.fit(1280);
        assertThat(view.grid.getColumns()).filteredOn(Grid.Column::isVisible).hasSize(8);
    }

    @Test
    void impressions_written_on_the_interview_page_are_saved_and_clear_the_flag() {
        long dossier = dossiers.create(SeasonFixtures.dossier("Mayo Clinic")).id();
        InterviewSummary past = interviews.schedule(at(dossier, Instant.now().minus(Duration.ofDays(2)), InterviewStatus.DONE));
        UI.getCurrent().navigate("interviews/" + past.id());
        InterviewView view = _get(InterviewView.class);
        assertThat(view.impressions.overdue.isVisible()).isTrue();
        assertThat(view.myTime.getText()).endsWith("(Europe/Berlin)");

        _setValue(view.impressions.met, "PD and two residents");
        _setValue(view.impressions.redFlags, "Nobody mentioned call");
        _click(view.impressions.save);

        assertThat(view.impressions.overdue.isVisible()).isFalse();
        InterviewSummary saved = interviews.interview(past.id());
        assertThat(saved.impressions().met()).isEqualTo("PD and two residents");
        assertThat(saved.impressionsOverdue()).isFalse();
        assertThat(_get(view, H2.class, spec -> spec.withText("Done"))).isNotNull();
    }

    @Test
    void editing_an_interview_on_its_page_saves_the_new_plan_and_keeps_impressions_writable() {
        long dossier = dossiers.create(SeasonFixtures.dossier("Mayo Clinic")).id();
        InterviewSummary interview = interviews.schedule(at(dossier, Instant.now().plus(Duration.ofDays(3)), InterviewStatus.INVITED));
        UI.getCurrent().navigate("interviews/" + interview.id());
        InterviewView view = _get(InterviewView.class);

        _click(view.edit);
        InterviewDialog dialog = _get(InterviewDialog.class);
        assertThat(dialog.zone.getValue()).isEqualTo("America/Denver");
        assertThat(dialog.program.getValue().name()).isEqualTo("Mayo Clinic");
        dialog.status.setValue(InterviewStatus.SCHEDULED);
        _setValue(dialog.structure, "Three rooms");
        _click(dialog.save);

        assertThat(interviews.interview(interview.id()).status()).isEqualTo(InterviewStatus.SCHEDULED);
        assertThat(_get(view, H2.class, spec -> spec.withText("Scheduled"))).isNotNull();
        _setValue(view.impressions.culture, "Warm");
        _click(view.impressions.save);
        assertThat(interviews.interview(interview.id()).impressions().culture()).isEqualTo("Warm");
    }

    @Test
    void another_applicants_interview_does_not_open() {
        long dossier = dossiers.create(SeasonFixtures.dossier("Mayo Clinic")).id();
        InterviewSummary theirs = interviews.schedule(at(dossier, Instant.now().plus(Duration.ofDays(3)), InterviewStatus.SCHEDULED));
        signIn(accounts.applicant());

        UI.getCurrent().navigate("interviews/" + theirs.id());

        InterviewView view = _get(InterviewView.class);
        assertThat(view.notFound.isVisible()).isTrue();
        assertThat(view.content.isVisible()).isFalse();
    }

    @Test
    void the_questions_panel_warns_against_what_the_website_answers_and_offers_director_and_faculty_apart() {
        long dossier = dossiers.create(SeasonFixtures.dossier("Mayo Clinic")).id();
        InterviewSummary interview = interviews.schedule(at(dossier, Instant.now().plus(Duration.ofDays(3)), InterviewStatus.SCHEDULED));
        UI.getCurrent().navigate("interviews/" + interview.id());
        QuestionsPanel panel = _get(InterviewView.class).questionsPanel;

        assertThat(panel.websiteWarning.getText()).contains("website already answers");
        assertThat(panel.groups.keySet()).containsExactly(
                Audience.PROGRAM_DIRECTOR, Audience.FACULTY, Audience.RESIDENTS, Audience.IMG_RELATED);
        assertThat(panel.groups.get(Audience.PROGRAM_DIRECTOR).getLabel()).isEqualTo("Program director");
        assertThat(panel.groups.get(Audience.FACULTY).getLabel()).isEqualTo("Faculty");
        assertThat(panel.groups.get(Audience.FACULTY).getListDataView().getItems()).isNotEmpty();
    }

    @Test
    void questions_are_ticked_counted_with_a_nudge_toward_five_and_saved() {
        long dossier = dossiers.create(SeasonFixtures.dossier("Mayo Clinic")).id();
        InterviewSummary interview = interviews.schedule(at(dossier, Instant.now().plus(Duration.ofDays(3)), InterviewStatus.SCHEDULED));
        UI.getCurrent().navigate("interviews/" + interview.id());
        QuestionsPanel panel = _get(InterviewView.class).questionsPanel;
        assertThat(panel.count.getText()).isEqualTo("0 chosen. Choose at least 5, mixed across audiences.");

        CheckboxGroup<AskQuestion> residents = panel.groups.get(Audience.RESIDENTS);
        List<AskQuestion> offered = residents.getListDataView().getItems().toList();
        residents.setValue(Set.copyOf(offered.subList(0, 5)));
        assertThat(panel.count.getText()).isEqualTo("5 chosen. A good number.");
        _setValue(panel.ownText, "Where do residents eat lunch?");
        _click(panel.addOwn);
        assertThat(panel.count.getText()).startsWith("6 chosen.");
        assertThat(Shown.notifications()).contains("Added your question and saved it with the 6 chosen for this interview.");
        _click(panel.save);

        assertThat(Shown.notifications()).contains("Saved 6 questions to ask.");
        assertThat(interviews.interview(interview.id()).questionsChosen()).isEqualTo(6);

        panel.groups.get(Audience.IMG_RELATED).setValue(Set.copyOf(
                panel.groups.get(Audience.IMG_RELATED).getListDataView().getItems().toList().subList(0, 2)));
        assertThat(panel.count.getText()).isEqualTo("8 chosen. That is more than 7; there will not be time for all of them.");
        _click(panel.save);
        assertThat(Shown.notifications()).last().asString().startsWith("Choose at most 7 questions");
        assertThat(interviews.interview(interview.id()).questionsChosen()).isEqualTo(6);
    }

    @Test
    void ticking_the_checklist_saves_at_once_and_shows_on_the_tracker() {
        long dossier = dossiers.create(SeasonFixtures.dossier("Mayo Clinic")).id();
        InterviewSummary interview = interviews.schedule(at(dossier, Instant.now().plus(Duration.ofDays(3)), InterviewStatus.SCHEDULED));
        UI.getCurrent().navigate("interviews/" + interview.id());
        ChecklistPanel panel = _get(InterviewView.class).checklistPanel;
        int total = panel.boxes.size();
        assertThat(panel.progress.getText()).isEqualTo("0 of " + total + " done");

        _setValue(panel.boxes.get(0), true);
        _setValue(panel.boxes.get(2), true);

        assertThat(panel.progress.getText()).isEqualTo("2 of " + total + " done");
        InterviewListView tracker = openTracker();
        assertThat(_getFormattedRow(tracker.grid, 0)).contains("2 of " + total);
        _clickItem(tracker.grid, 0, 0, false, false, false, false);
        assertThat(_get(InterviewView.class).checklistPanel.progress.getText()).isEqualTo("2 of " + total + " done");
    }

    @Test
    void the_applicant_adds_an_own_checklist_item_ticks_it_and_deletes_it() {
        long dossier = dossiers.create(SeasonFixtures.dossier("Mayo Clinic")).id();
        InterviewSummary interview = interviews.schedule(at(dossier, Instant.now().plus(Duration.ofDays(3)), InterviewStatus.SCHEDULED));
        UI.getCurrent().navigate("interviews/" + interview.id());
        ChecklistPanel panel = _get(InterviewView.class).checklistPanel;
        int total = panel.boxes.size();
        assertThat(panel.deletes).isEmpty();

        panel.ownPhase.setValue(ChecklistPhase.DAY_OF);
        _setValue(panel.ownText, "Charge the laptop");
        _click(panel.add);

        assertThat(panel.progress.getText()).isEqualTo("0 of " + (total + 1) + " done");
        assertThat(panel.boxes).extracting(Checkbox::getLabel).contains("Charge the laptop");
        assertThat(panel.deletes).hasSize(1);
        assertThat(panel.ownText.getValue()).isEmpty();
        _click(panel.deletes.getFirst());
        assertThat(panel.boxes).hasSize(total).extracting(Checkbox::getLabel).doesNotContain("Charge the laptop");
    }

    @Test
    void the_day_sheet_shows_the_dossier_and_offers_the_pdf_and_the_tracker_offers_the_binder() {
        long dossier = dossiers.create(SeasonFixtures.dossier("Mayo Clinic")).id();
        InterviewSummary interview = interviews.schedule(at(dossier, Instant.now().plus(Duration.ofDays(3)), InterviewStatus.SCHEDULED));
        UI.getCurrent().navigate("interviews/" + interview.id());
        _click(_get(InterviewView.class).daySheet);

        DaySheetView sheet = _get(DaySheetView.class);
        assertThat(_get(sheet, com.vaadin.flow.component.html.H1.class).getText()).isEqualTo("Mayo Clinic");
        assertThat(_find(sheet, ListItem.class)).extracting(ListItem::getText)
                .contains("Their AI lab matches my research", "To do: Camera steady, at eye level, with a sharp picture");
        assertThat(sheet.pdf.getElement().hasAttribute("download")).isTrue();
        assertThat(openTracker().binder.getElement().hasAttribute("download")).isTrue();
    }

    @Test
    void another_applicants_day_sheet_does_not_open() {
        long dossier = dossiers.create(SeasonFixtures.dossier("Mayo Clinic")).id();
        InterviewSummary theirs = interviews.schedule(at(dossier, Instant.now().plus(Duration.ofDays(3)), InterviewStatus.SCHEDULED));
        signIn(accounts.applicant());

        UI.getCurrent().navigate("day-sheet/" + theirs.id());

        DaySheetView sheet = _get(DaySheetView.class);
        assertThat(sheet.notFound.isVisible()).isTrue();
        assertThat(_find(sheet, ListItem.class)).isEmpty();
    }

    static InterviewPlan at(long dossierId, Instant start, InterviewStatus status) {
        return SeasonFixtures.at(dossierId, start, status);
    }

    private static InterviewListView openTracker() {
        UI.getCurrent().navigate("interviews");
        return _get(InterviewListView.class);
    }
}
