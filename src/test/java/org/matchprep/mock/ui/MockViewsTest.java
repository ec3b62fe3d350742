package org.matchprep.mock.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.matchprep.account.AccountSummary;
import org.matchprep.mock.BookingRules;
import org.matchprep.mock.Criterion;
import org.matchprep.mock.RankVerdict;
import org.matchprep.mock.Scorecard;
import org.matchprep.mock.ScorecardService;
import org.matchprep.mock.AvailabilityService;
import org.matchprep.mock.BookingService;
import org.matchprep.mock.BookingStatus;
import org.matchprep.mock.MockFixture;
import org.matchprep.mock.MockFormat;
import org.matchprep.mock.MockInterview;
import org.matchprep.season.DossierService;
import org.matchprep.season.InterviewService;
import org.matchprep.season.InterviewStatus;
import org.matchprep.season.SeasonFixtures;
import org.matchprep.testing.KaribuTest;
import org.matchprep.testing.Shown;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class MockViewsTest extends KaribuTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockFixture fixture;

    @Autowired
    BookingService bookings;

    @Autowired
    AvailabilityService availability;

    @Autowired
    ScorecardService scorecards;

    @Autowired
    InterviewService interviews;

    @Autowired
    DossierService dossiers;

    private MockFixture.Pair coupleWithMorning(LocalDate day) {
        MockFixture.Pair pair = fixture.pairedCouple();
        fixture.morning(pair.mentor(), day);
        return pair;
    }

    @Test
    void an_applicant_books_a_free_slot_shown_in_their_time_beside_the_mentors() {
        MockFixture.Pair pair = fixture.pairedCouple();
        LocalDate day = fixture.inDays(3, pair.mentor());
        fixture.morning(pair.mentor(), day);
        Instant nine = fixture.at(pair.mentor(), day, 9, 0);
        signIn(pair.applicant());
        UI.getCurrent().navigate("mock-interviews/book");
        BookMockView view = _get(BookMockView.class);

        _setValue(view.day, nine.atZone(MockFixture.KOLKATA).toLocalDate());
        List<Button> slots = _find(view.slots, Button.class);
        assertThat(slots).isNotEmpty();
        Button first = slots.getFirst();
        // the accessible name starts with what the button shows (WCAG 2.5.3), then says whose time and which day
        assertThat(first.getElement().getTextRecursively()).isEqualTo(MockTimes.slotText(nine, MockFixture.KOLKATA, MockFixture.CHICAGO));
        assertThat(first.getAriaLabel().orElseThrow())
                .startsWith(first.getElement().getTextRecursively())
                .contains(MockTimes.time(nine, MockFixture.KOLKATA), MockTimes.time(nine, MockFixture.CHICAGO) + " Chicago", "for your mentor");
        _click(first);
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        List<MockInterview> mine = bookings.myMockInterviews();
        assertThat(mine).singleElement().satisfies(mock -> {
            assertThat(mock.start()).isEqualTo(nine);
            assertThat(mock.format()).isEqualTo(MockFormat.FACULTY);
            assertThat(mock.mentorId()).isEqualTo(pair.mentor().id());
        });
        assertThat(NavigatorKt.getCurrentView()).isEqualTo(MockInterviewsView.class);
        assertThat(_get(MockInterviewsView.class).upcoming.getElement().getTextRecursively())
                .contains("Faculty-style with " + pair.mentor().displayName());
    }

    @Test
    void an_applicant_without_a_mentor_is_told_how_to_get_one() {
        signIn(accounts.applicant());
        UI.getCurrent().navigate("mock-interviews/book");

        assertThat(_get(BookMockView.class).slots.getElement().getTextRecursively()).contains("Invite one under Mentors");
    }

    @Test
    void an_applicant_moves_a_mock_through_the_booking_flow() {
        MockFixture.Pair pair = coupleWithMorning(LocalDate.now(MockFixture.CHICAGO).plusDays(4));
        LocalDate day = LocalDate.now(MockFixture.CHICAGO).plusDays(4);
        Instant nine = fixture.at(pair.mentor(), day, 9, 0);
        MockInterview mock = as(pair.applicant(), () -> bookings.book(pair.mentor().id(), MockFormat.STRESS, nine));
        signIn(pair.applicant());
        UI.getCurrent().navigate("mock-interviews");

        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "Reschedule the mock with " + pair.mentor().displayName())));
        BookMockView view = _get(BookMockView.class);
        assertThat(view.format.getValue()).isEqualTo(MockFormat.STRESS);
        _setValue(view.day, nine.atZone(MockFixture.KOLKATA).toLocalDate());
        _click(_find(view.slots, Button.class).getLast());
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(bookings.mockInterview(mock.id()).status()).isEqualTo(BookingStatus.RESCHEDULED);
        assertThat(bookings.myMockInterviews()).filteredOn(MockInterview::booked).singleElement()
                .satisfies(moved -> assertThat(moved.start()).isAfter(nine));
    }

    @Test
    void an_applicant_cancels_a_mock_after_confirming() {
        LocalDate day = LocalDate.now(MockFixture.CHICAGO).plusDays(3);
        MockFixture.Pair pair = coupleWithMorning(day);
        MockInterview mock = as(pair.applicant(), () -> bookings.book(pair.mentor().id(), MockFormat.FACULTY,
                fixture.at(pair.mentor(), day, 9, 0)));
        signIn(pair.applicant());
        UI.getCurrent().navigate("mock-interviews");
        MockInterviewsView view = _get(MockInterviewsView.class);

        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "Cancel the mock with " + pair.mentor().displayName())));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(bookings.mockInterview(mock.id()).status()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(view.upcoming.getElement().getTextRecursively()).contains("Nothing booked yet");
        assertThat(view.past.getElement().getTextRecursively()).contains("Cancelled");
    }

    @Test
    void a_mentor_sees_the_booking_and_cancels_it_with_a_reason() {
        LocalDate day = LocalDate.now(MockFixture.CHICAGO).plusDays(3);
        MockFixture.Pair pair = coupleWithMorning(day);
        MockInterview mock = as(pair.applicant(), () -> bookings.book(pair.mentor().id(), MockFormat.FACULTY,
                fixture.at(pair.mentor(), day, 9, 0)));
        signIn(pair.mentor());
        UI.getCurrent().navigate("mock-interviews");
        MockInterviewsView view = _get(MockInterviewsView.class);
        assertThat(view.upcoming.getElement().getTextRecursively()).contains("Faculty-style with " + pair.applicant().displayName());

        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "Cancel the mock with " + pair.applicant().displayName())));
        _setValue(_get(TextArea.class), "Called into the OR");
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        MockInterview cancelled = bookings.mockInterview(mock.id());
        assertThat(cancelled.status()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(cancelled.cancelReason()).isEqualTo("Called into the OR");
        assertThat(view.past.getElement().getTextRecursively()).contains("Cancelled: Called into the OR");
    }

    @Test
    void a_mentor_adds_a_weekly_window_and_sees_it_in_the_week() {
        AccountSummary mentor = fixture.mentorIn(MockFixture.CHICAGO);
        signIn(mentor);
        UI.getCurrent().navigate("availability");
        AvailabilityView view = _get(AvailabilityView.class);
        assertThat(view.windowList.getElement().getTextRecursively()).contains("No windows yet");

        _click(_get(Button.class, spec -> spec.withText("Add weekly window")));
        WindowDialog dialog = _get(WindowDialog.class);
        _setValue(dialog.day, java.time.DayOfWeek.WEDNESDAY);
        _click(dialog.save);

        assertThat(availability.myWindows()).singleElement().satisfies(window -> {
            assertThat(window.day()).isEqualTo(java.time.DayOfWeek.WEDNESDAY);
            assertThat(window.zone()).isEqualTo(MockFixture.CHICAGO);
        });
        assertThat(view.windowList.getElement().getTextRecursively()).contains("Wednesdays 09:00–12:00 (America/Chicago)");
        assertThat(view.week.getElement().getTextRecursively()).contains("09:00–12:00");
    }

    @Test
    void an_overlapping_window_is_refused_in_the_dialog() {
        AccountSummary mentor = fixture.mentorIn(MockFixture.CHICAGO);
        fixture.weekly(mentor, java.time.DayOfWeek.MONDAY, java.time.LocalTime.of(9, 0), java.time.LocalTime.of(12, 0));
        signIn(mentor);
        UI.getCurrent().navigate("availability");

        _click(_get(Button.class, spec -> spec.withText("Add weekly window")));
        WindowDialog dialog = _get(WindowDialog.class);
        _click(dialog.save);

        assertThat(dialog.error.getText()).contains("overlaps your window on Mondays");
        assertThat(availability.myWindows()).hasSize(1);
    }

    @Test
    void a_window_refusal_lands_on_the_bound_field_whatever_the_labels_say() {
        signIn(fixture.mentorIn(MockFixture.CHICAGO));
        UI.getCurrent().navigate("availability");
        _click(_get(Button.class, spec -> spec.withText("Add weekly window")));
        WindowDialog dialog = _get(WindowDialog.class);
        dialog.start.setLabel("Until");
        dialog.end.setLabel("From");

        _setValue(dialog.start, java.time.LocalTime.of(12, 0));
        _setValue(dialog.end, java.time.LocalTime.of(9, 0));
        _setValue(dialog.formats, java.util.Set.of());
        _click(dialog.save);

        assertThat(dialog.end.isInvalid()).isTrue();
        assertThat(dialog.end.getErrorMessage()).isEqualTo("A window must start before it ends, on the same day.");
        assertThat(dialog.start.isInvalid()).isFalse();
        assertThat(dialog.formats.isInvalid()).isTrue();
        assertThat(dialog.formats.getErrorMessage()).isEqualTo("Offer at least one format.");
        assertThat(dialog.error.getText()).isEmpty();
        assertThat(availability.myWindows()).isEmpty();
    }

    @Test
    void a_rule_out_of_range_is_refused_on_its_own_field() {
        signIn(fixture.mentorIn(MockFixture.CHICAGO));
        UI.getCurrent().navigate("availability");
        AvailabilityView view = _get(AvailabilityView.class);

        _setValue(view.rules.horizon, 0);
        _setValue(view.rules.buffer, 15);
        _click(view.rules.save);

        assertThat(view.rules.horizon.isInvalid()).isTrue();
        assertThat(view.rules.horizon.getErrorMessage()).isEqualTo("Applicants book between 1 and 52 weeks ahead.");
        assertThat(view.rules.buffer.isInvalid()).isFalse();
        assertThat(Shown.notifications()).isEmpty();
        assertThat(availability.myRules()).isEqualTo(new BookingRules(10, 12, 4, 12, null));
    }

    @Test
    void a_mentor_changes_the_booking_rules() {
        signIn(fixture.mentorIn(MockFixture.CHICAGO));
        UI.getCurrent().navigate("availability");
        AvailabilityView view = _get(AvailabilityView.class);

        _setValue(view.rules.buffer, 15);
        _setValue(view.rules.horizon, 8);
        _click(view.rules.save);

        assertThat(availability.myRules()).isEqualTo(new BookingRules(15, 12, 8, 12, null));
    }

    @Test
    void a_mentor_sets_a_default_meeting_link_and_a_link_that_is_not_a_web_address_is_refused_on_its_field() {
        signIn(fixture.mentorIn(MockFixture.CHICAGO));
        UI.getCurrent().navigate("availability");
        AvailabilityView view = _get(AvailabilityView.class);

        _setValue(view.rules.meetingLink, "zoom.us/j/1");
        _click(view.rules.save);
        assertThat(view.rules.meetingLink.isInvalid()).isTrue();
        assertThat(view.rules.meetingLink.getErrorMessage()).contains("https://");
        assertThat(availability.myRules().meetingLink()).isNull();

        _setValue(view.rules.meetingLink, "https://zoom.us/j/1");
        _click(view.rules.save);
        assertThat(availability.myRules()).isEqualTo(new BookingRules(10, 12, 4, 12, "https://zoom.us/j/1"));
    }

    @Test
    void the_mentor_adds_a_link_to_a_booking_and_the_applicant_sees_it_on_the_mock() {
        LocalDate day = LocalDate.now(MockFixture.CHICAGO).plusDays(3);
        MockFixture.Pair pair = coupleWithMorning(day);
        MockInterview mock = as(pair.applicant(), () -> bookings.book(pair.mentor().id(), MockFormat.FACULTY,
                fixture.at(pair.mentor(), day, 9, 0)));
        signIn(pair.mentor());
        UI.getCurrent().navigate("mock-interviews");
        MockInterviewsView view = _get(MockInterviewsView.class);
        assertThat(view.upcoming.getElement().getTextRecursively()).contains("No meeting link yet");

        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "Add meeting link for the mock with " + pair.applicant().displayName())));
        MeetingLinkDialog dialog = _get(MeetingLinkDialog.class);
        _setValue(dialog.link, "ftp://example.org");
        _click(dialog.save);
        assertThat(dialog.link.isInvalid()).isTrue();
        _setValue(dialog.link, "https://teams.example.org/meet/42");
        _click(dialog.save);

        assertThat(bookings.mockInterview(mock.id()).meetingLink()).isEqualTo("https://teams.example.org/meet/42");
        signIn(pair.applicant());
        UI.getCurrent().navigate("mock-interviews");
        Anchor join = _get(Anchor.class, spec -> spec.withClasses("mock-meeting-link"));
        assertThat(join.getHref()).isEqualTo("https://teams.example.org/meet/42");
        assertThat(join.getText()).isEqualTo("Join: https://teams.example.org/meet/42");
    }

    @Test
    void each_mock_offers_its_calendar_file_and_a_feed_address_can_be_made_and_switched_off() {
        LocalDate day = LocalDate.now(MockFixture.CHICAGO).plusDays(3);
        MockFixture.Pair pair = coupleWithMorning(day);
        as(pair.applicant(), () -> bookings.book(pair.mentor().id(), MockFormat.FACULTY, fixture.at(pair.mentor(), day, 9, 0)));
        signIn(pair.applicant());
        UI.getCurrent().navigate("mock-interviews");
        MockInterviewsView view = _get(MockInterviewsView.class);

        assertThat(_find(view.upcoming, Anchor.class)).extracting(Anchor::getText)
                .containsExactly("Add to calendar (.ics)", "Practise aloud");
        CalendarFeedCard feed = _get(CalendarFeedCard.class);
        assertThat(feed.revoke.isVisible()).isFalse();
        _click(feed.create);
        assertThat(feed.address.getValue()).matches(".*/calendar/[A-Za-z0-9_-]{43}\\.ics");
        assertThat(feed.revoke.isVisible()).isTrue();
        _click(feed.revoke);
        assertThat(feed.address.isVisible()).isFalse();
        assertThat(feed.revoke.isVisible()).isFalse();
    }

    @Test
    void a_mentor_scores_a_past_mock_and_the_applicant_sees_it_and_the_trend() {
        MockFixture.Pair pair = fixture.pairedCouple();
        long mock = fixture.pastMock(pair, 3, MockFormat.FACULTY);
        signIn(pair.mentor());
        UI.getCurrent().navigate("mock-interviews");

        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "Score the mock with " + pair.applicant().displayName())));
        ScorecardDialog dialog = _get(ScorecardDialog.class);
        dialog.scores.groups.values().forEach(group -> _setValue(group, 4));
        _setValue(dialog.scores.groups.get(Criterion.PACE), 2);
        assertThat(dialog.scores.groups.get(Criterion.PACE).getHelperText()).isEqualTo("2 of 5: " + Criterion.PACE.level(2));
        _setValue(dialog.wouldRank, RankVerdict.RANK);
        _setValue(dialog.questions.titles.getFirst(), "Why radiology?");
        _setValue(dialog.questions.notes.getFirst(), "Clear, but rushed.");
        _click(dialog.save);

        assertThat(as(pair.mentor(), () -> scorecards.scorecard(mock)).orElseThrow().scores()).containsEntry(Criterion.PACE, 2);

        signIn(pair.applicant());
        UI.getCurrent().navigate(""); // leave, so the view is built anew for the applicant
        UI.getCurrent().navigate("mock-interviews");
        MockInterviewsView view = _get(MockInterviewsView.class);
        assertThat(view.progress.isVisible()).isTrue();
        assertThat(view.progress.getElement().getTextRecursively()).contains("Average across 1 scored mock: 3.8 of 5.");
        Html chart = _get(view.progress, Html.class);
        assertThat(chart.getElement().getTag()).isEqualTo("div"); // as the root, the svg would lose its viewBox
        assertThat(chart.getInnerHtml()).containsIgnoringCase("viewBox=\"0 0 ").contains("aria-label=\"Average score per mock");
        TrendFigures figures = _get(view.progress, TrendFigures.class);
        assertThat(figures.table.getBody().getRows()).singleElement()
                .satisfies(row -> assertThat(row.getElement().getTextRecursively()).contains("3.8"));
        _click(_get(Button.class, spec -> spec.withText("See scorecard")));
        ScorecardDialog reading = _get(ScorecardDialog.class);
        assertThat(reading.getElement().getTextRecursively()).contains("What programs look for", "Delivery",
                "Pace: 2 of 5", Criterion.PACE.level(2), "Would you rank this applicant? Yes", "Why radiology?", "Clear, but rushed.")
                .doesNotContain("earlier rubric");
    }

    @Test
    void the_applicant_switches_the_chart_to_one_criterion_and_reads_an_earlier_rubric_scorecard() {
        MockFixture.Pair pair = fixture.pairedCouple();
        long older = fixture.pastMock(pair, 9, MockFormat.FACULTY);
        long newer = fixture.pastMock(pair, 2, MockFormat.RESIDENT);
        // the older card as V52 left a scorecard of the earlier rubric
        jdbc.sql("insert into mock_scorecard (booking_id, scored_at) values (?, now())").param(older).update();
        for (String criterion : List.of("STRUCTURE", "CONCISION", "FILLER_WORDS", "PACE", "EYE_CONTACT", "PRESENCE",
                "SPECIFICITY", "IMG_QUESTIONS")) {
            jdbc.sql("insert into mock_scorecard_score (booking_id, criterion, score) values (?, ?, 2)").params(older, criterion).update();
        }
        Map<Criterion, Integer> scores = new EnumMap<>(Criterion.class);
        Criterion.current().forEach(criterion -> scores.put(criterion, 4));
        as(pair.mentor(), () -> scorecards.score(newer, Scorecard.form(scores, RankVerdict.RANK_HIGHLY, List.of(), "")));

        signIn(pair.applicant());
        UI.getCurrent().navigate("mock-interviews");
        MockInterviewsView view = _get(MockInterviewsView.class);
        @SuppressWarnings("unchecked")
        Select<Optional<Criterion>> series = _get(view.progress, Select.class);
        assertThat(series.getListDataView().getItems().map(choice -> choice.map(Criterion::label).orElse("average")).toList())
                .startsWith("average", "Communication and teamwork").contains("Specificity").hasSize(1 + Criterion.values().length);
        _setValue(series, Optional.of(Criterion.COMMUNICATION_TEAMWORK));

        assertThat(_get(view.progress, Html.class).getInnerHtml())
                .contains("aria-label=\"Communication and teamwork per mock from 1 to 5, oldest first: ");
        assertThat(_get(view.progress, CriterionTrends.class).getElement().getTextRecursively())
                .contains("Pace: 2 → 4 (up 2 since");
        List<String> read = new ArrayList<>();
        for (Button see : _find(Button.class, spec -> spec.withText("See scorecard"))) {
            _click(see);
            ScorecardDialog dialog = _get(ScorecardDialog.class);
            read.add(dialog.getElement().getTextRecursively());
            dialog.close();
        }
        assertThat(read).hasSize(2).anySatisfy(text -> assertThat(text)
                        .contains("Scored with the earlier rubric", "From the earlier rubric", "Handling IMG questions: 2 of 5")
                        .doesNotContain("Would you rank", "What programs look for"))
                .anySatisfy(text -> assertThat(text).contains("What programs look for", "Would you rank this applicant? Yes, high on my list")
                        .doesNotContain("earlier rubric"));
    }

    @Test
    void a_missing_score_and_a_note_without_its_question_are_refused_on_their_own_inputs() {
        MockFixture.Pair pair = fixture.pairedCouple();
        long mock = fixture.pastMock(pair, 3, MockFormat.FACULTY);
        signIn(pair.mentor());
        UI.getCurrent().navigate("mock-interviews");
        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "Score the mock with " + pair.applicant().displayName())));
        ScorecardDialog dialog = _get(ScorecardDialog.class);
        dialog.scores.groups.forEach((criterion, group) -> {
            if (criterion != Criterion.PACE) {
                _setValue(group, 4);
            }
        });
        _setValue(dialog.questions.titles.getFirst(), "Why radiology?");
        Button another = _get(Button.class, spec -> spec.withText("Add another question"));
        _click(another);
        _click(another);
        _setValue(dialog.questions.notes.get(2), "Rushed the ending.");
        _click(dialog.save);

        assertThat(dialog.scores.groups.get(Criterion.PACE).isInvalid()).isTrue();
        assertThat(dialog.scores.groups.get(Criterion.PACE).getErrorMessage()).isEqualTo("Score pace from 1 to 5.");
        assertThat(dialog.scores.groups.get(Criterion.STRUCTURE).isInvalid()).isFalse();
        assertThat(dialog.questions.titles.get(2).isInvalid()).isTrue();
        assertThat(dialog.questions.titles.get(2).getErrorMessage()).isEqualTo("Name each question you add a note to.");
        assertThat(dialog.questions.titles.getFirst().isInvalid()).isFalse();
        assertThat(dialog.questions.titles.get(1).isInvalid()).as("an empty row is skipped").isFalse();
        assertThat(Shown.notifications()).isEmpty();
        assertThat(as(pair.mentor(), () -> scorecards.scorecard(mock))).isEmpty();
    }

    // --- the guard before real interviews -------------------------------------------------------

    /** A couple with a free morning three days out; returns 09:00 mentor time that day. */
    private Instant nineOnAFreeMorning(MockFixture.Pair pair) {
        LocalDate day = fixture.inDays(3, pair.mentor());
        fixture.morning(pair.mentor(), day);
        return fixture.at(pair.mentor(), day, 9, 0);
    }

    private void interview(AccountSummary applicant, String program, Instant start, InterviewStatus status) {
        as(applicant, () -> interviews.schedule(SeasonFixtures.at(dossiers.create(SeasonFixtures.dossier(program)).id(),
                start, status)));
    }

    /** Opens the booking flow on that slot's day and clicks the slot, which opens the confirmation. */
    private ConfirmDialog pick(MockFixture.Pair pair, Instant slot) {
        signIn(pair.applicant());
        UI.getCurrent().navigate("mock-interviews/book");
        return pickOn(_get(BookMockView.class), slot);
    }

    private static ConfirmDialog pickOn(BookMockView view, Instant slot) {
        _setValue(view.day, slot.atZone(MockFixture.KOLKATA).toLocalDate());
        String label = MockTimes.slotName(slot, MockFixture.KOLKATA, MockFixture.CHICAGO);
        _click(_get(view.slots, Button.class, spec -> spec.withAttribute("aria-label", label)));
        return _get(ConfirmDialog.class);
    }

    private static List<Paragraph> guard(ConfirmDialog dialog) {
        return _find(dialog, Paragraph.class, spec -> spec.withClasses("mock-guard"));
    }

    @Test
    void a_slot_three_hours_before_a_real_interview_asks_first_and_confirming_books_it() {
        MockFixture.Pair pair = fixture.pairedCouple();
        Instant nine = nineOnAFreeMorning(pair);
        Instant interviewAt = nine.plus(Duration.ofHours(3));
        interview(pair.applicant(), "Mayo Clinic", interviewAt, InterviewStatus.SCHEDULED);

        ConfirmDialog dialog = pick(pair, nine);

        assertThat(guard(dialog)).singleElement().extracting(Paragraph::getText).isEqualTo("Your interview with Mayo Clinic is at "
                + MockTimes.dayTime(interviewAt, MockFixture.KOLKATA) + ", 3 hours after this mock. "
                + "A mock this close can tire you out. Book anyway?");
        assertThat(bookings.myMockInterviews()).isEmpty();

        ConfirmDialogKt._fireConfirm(dialog);

        assertThat(bookings.myMockInterviews()).singleElement().satisfies(mock -> assertThat(mock.start()).isEqualTo(nine));
        assertThat(NavigatorKt.getCurrentView()).isEqualTo(MockInterviewsView.class);
    }

    @Test
    void cancelling_the_question_before_a_real_interview_books_nothing() {
        MockFixture.Pair pair = fixture.pairedCouple();
        Instant nine = nineOnAFreeMorning(pair);
        interview(pair.applicant(), "Mayo Clinic", nine.plus(Duration.ofHours(3)), InterviewStatus.INVITED);

        ConfirmDialog dialog = pick(pair, nine);
        assertThat(guard(dialog)).hasSize(1);
        ConfirmDialogKt._fireCancel(dialog);

        assertThat(bookings.myMockInterviews()).isEmpty();
        assertThat(NavigatorKt.getCurrentView()).isEqualTo(BookMockView.class);
    }

    @Test
    void a_slot_with_no_real_interview_in_the_next_day_books_without_the_question() {
        MockFixture.Pair pair = fixture.pairedCouple();
        Instant nine = nineOnAFreeMorning(pair);
        interview(pair.applicant(), "Earlier the same day", nine.minus(Duration.ofHours(2)), InterviewStatus.SCHEDULED);
        interview(pair.applicant(), "Over a day later", nine.plus(Duration.ofHours(24)).plus(Duration.ofMinutes(1)),
                InterviewStatus.SCHEDULED);
        interview(pair.applicant(), "Withdrawn", nine.plus(Duration.ofHours(3)), InterviewStatus.WITHDRAWN);

        ConfirmDialog dialog = pick(pair, nine);
        assertThat(guard(dialog)).isEmpty();
        ConfirmDialogKt._fireConfirm(dialog);

        assertThat(bookings.myMockInterviews()).singleElement().satisfies(mock -> assertThat(mock.start()).isEqualTo(nine));
    }

    @Test
    void another_applicants_interview_does_not_trigger_the_question() {
        MockFixture.Pair pair = fixture.pairedCouple();
        Instant nine = nineOnAFreeMorning(pair);
        interview(accounts.applicant(), "Not mine", nine.plus(Duration.ofHours(3)), InterviewStatus.SCHEDULED);

        assertThat(guard(pick(pair, nine))).isEmpty();
    }

    @Test
    void moving_a_mock_to_shortly_before_a_real_interview_asks_first_too() {
        MockFixture.Pair pair = fixture.pairedCouple();
        Instant nine = nineOnAFreeMorning(pair);
        MockInterview mock = as(pair.applicant(), () -> bookings.book(pair.mentor().id(), MockFormat.STRESS, nine));
        Instant later = nine.plus(Duration.ofMinutes(125)); // a free slot once the 9:00 stress mock and its buffer are held
        Instant interviewAt = later.plus(Duration.ofMinutes(90));
        interview(pair.applicant(), "Mayo Clinic", interviewAt, InterviewStatus.SCHEDULED);
        signIn(pair.applicant());
        UI.getCurrent().navigate("mock-interviews/book", QueryParameters.of("reschedule", String.valueOf(mock.id())));

        ConfirmDialog cancelled = pickOn(_get(BookMockView.class), later);
        assertThat(guard(cancelled)).singleElement().extracting(Paragraph::getText).asString()
                .contains("1 hour 30 minutes after this mock", "Move anyway?");
        ConfirmDialogKt._fireCancel(cancelled);
        assertThat(bookings.mockInterview(mock.id()).status()).isEqualTo(BookingStatus.BOOKED);

        ConfirmDialog confirmed = pickOn(_get(BookMockView.class), later);
        ConfirmDialogKt._fireConfirm(confirmed);

        assertThat(bookings.mockInterview(mock.id()).status()).isEqualTo(BookingStatus.RESCHEDULED);
        assertThat(bookings.myMockInterviews()).filteredOn(MockInterview::booked).singleElement()
                .satisfies(moved -> assertThat(moved.start()).isEqualTo(later));
    }
}
