package org.matchprep.mock.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.matchprep.account.AccountService;
import org.matchprep.account.AccountSummary;
import org.matchprep.account.Role;
import org.matchprep.account.Roles;
import org.matchprep.answers.QuestionBankService;
import org.matchprep.base.ui.Focus;
import org.matchprep.base.ui.ViewHeader;
import org.matchprep.mock.BookingService;
import org.matchprep.mock.CalendarFile;
import org.matchprep.mock.CalendarService;
import org.matchprep.mock.Criterion;
import org.matchprep.mock.MockInterview;
import org.matchprep.mock.Scorecard;
import org.matchprep.mock.ScorecardService;
import org.matchprep.mock.TrendChart;

/** My mock interviews, upcoming and past, for applicants and mentors: cancel, reschedule. */
@Route("mock-interviews")
@PageTitle("Mock interviews · MatchPrep")
@Menu(title = "Mock interviews", order = 50, icon = "vaadin:calendar-user")
@RolesAllowed({Roles.APPLICANT, Roles.MENTOR})
public class MockInterviewsView extends VerticalLayout {

    final Div upcoming = new Div();
    final Div past = new Div();

    private final BookingService bookings;
    private final CalendarService calendars;
    private final ScorecardService scorecards;
    private final QuestionBankService questions;
    final Div progress = new Div();
    private final Clock clock;
    private final AccountSummary me;

    MockInterviewsView(BookingService bookings, CalendarService calendars, ScorecardService scorecards,
                       QuestionBankService questions, AccountService accounts, Clock clock, LiveCalendars live) {
        this.bookings = bookings;
        this.calendars = calendars;
        this.scorecards = scorecards;
        this.questions = questions;
        this.clock = clock;
        this.me = accounts.myAccount();
        addClassName("page");
        boolean applicant = me.role() == Role.APPLICANT;
        ViewHeader header = applicant
                ? new ViewHeader("Mock interviews", "Practise with your mentor before the real thing. Times are shown in "
                + me.timeZone().getId() + ", your mentor's beside them.", bookButton())
                : new ViewHeader("Mock interviews", "The mocks your applicants booked, in " + me.timeZone().getId()
                + ". Set when you are free under Availability.");
        upcoming.addClassName("mock-list");
        past.addClassName("mock-list");
        progress.addClassName("mock-progress");
        add(header, progress, new H2("Upcoming"), upcoming, new H2("Past and cancelled"), past, new CalendarFeedCard(calendars));
        refresh();
        // a mock booked, cancelled or moved by the other side, on any node, shows without a reload
        live.whileAttached(this, () -> applicant
                ? bookings.myMockInterviews().stream().map(MockInterview::mentorId).distinct().toList()
                : List.of(me.id()), this::refresh);
    }

    private Button bookButton() {
        Button book = new Button("Book a mock", click -> getUI().ifPresent(ui -> ui.navigate(BookMockView.class)));
        book.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return book;
    }

    void refresh() {
        showProgress();
        upcoming.removeAll();
        past.removeAll();
        Instant now = clock.instant();
        List<MockInterview> mine = bookings.myMockInterviews();
        Map<Long, Scorecard> scored = scorecards.scorecardsOfMyMocks();
        mine.stream().filter(mock -> mock.booked() && mock.end().isAfter(now))
                .forEach(mock -> upcoming.add(card(mock, true, scored)));
        mine.reversed().stream().filter(mock -> !(mock.booked() && mock.end().isAfter(now)))
                .forEach(mock -> past.add(card(mock, false, scored)));
        if (upcoming.getComponentCount() == 0) {
            upcoming.add(empty(me.role() == Role.APPLICANT
                    ? "Nothing booked yet. Book a mock with one of your mentors to practise under time pressure."
                    : "No mocks booked. Applicants see your free slots once you add availability."));
        }
        if (past.getComponentCount() == 0) {
            past.add(empty("Your finished and cancelled mocks will be listed here."));
        }
    }

    private Div card(MockInterview mock, boolean actionable, Map<Long, Scorecard> scored) {
        boolean applicant = me.role() == Role.APPLICANT;
        String other = applicant ? mock.mentorName() : mock.applicantName();
        ZoneId otherZone = applicant ? mock.mentorZone() : mock.applicantZone();
        Span title = new Span(mock.format().label() + " with " + other);
        title.addClassName("mock-title");
        Span when = new Span(MockTimes.dayTime(mock.start(), me.timeZone()) + " · " + minutes(mock) + " min");
        when.addClassName("mock-when");
        Span theirs = new Span(MockTimes.dayTime(mock.start(), otherZone) + " for " + other);
        theirs.addClassName("mock-other-time");
        Div card = new Div(title, when, theirs);
        card.addClassNames("card", "mock-card");
        if (mock.meetingLink() != null) {
            Anchor join = new Anchor(mock.meetingLink(), "Join: " + mock.meetingLink());
            join.setTarget("_blank");
            join.getElement().setAttribute("rel", "noopener noreferrer");
            join.addClassName("mock-meeting-link");
            card.add(new Div(join));
        } else if (mock.booked()) {
            Span noLink = new Span(applicant ? "No meeting link yet: your mentor adds it." : "No meeting link yet.");
            noLink.addClassName("mock-meeting-link");
            card.add(new Div(noLink));
        }
        card.add(calendarLink(mock));
        if (applicant && mock.booked()) {
            // before, during or after the mock: answers spoken on it go to the mentor, who may attach one to the scorecard
            Anchor practise = new Anchor("practice/mock/" + mock.id(), "Practise aloud");
            practise.getElement().setAttribute("aria-label", "Practise aloud on the mock with " + other);
            practise.addClassName("mock-practise");
            card.add(new Div(practise));
        }
        if (!mock.booked()) {
            Span status = new Span(switch (mock.status()) {
                case CANCELLED -> "Cancelled" + (mock.cancelReason() == null ? "" : ": " + mock.cancelReason());
                case RESCHEDULED -> "Moved to another time";
                case BOOKED -> "";
            });
            status.getElement().getThemeList().add("badge contrast");
            card.add(status);
        }
        if (!actionable && mock.booked()) {
            scorecardAction(mock, other, Optional.ofNullable(scored.get(mock.id()))).ifPresent(card::add);
        }
        if (actionable) {
            Div actions = new Div();
            actions.addClassName("row-actions");
            if (applicant) {
                Button move = new Button("Reschedule", click -> getUI().ifPresent(ui -> ui.navigate("mock-interviews/book",
                        QueryParameters.of("reschedule", String.valueOf(mock.id())))));
                move.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                move.setAriaLabel("Reschedule the mock with " + other);
                actions.add(move);
            }
            if (!applicant) {
                Button where = new Button(mock.meetingLink() == null ? "Add meeting link" : "Change meeting link",
                        click -> new MeetingLinkDialog(bookings, mock, this::refresh).open());
                where.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                where.setAriaLabel(where.getText() + " for the mock with " + other);
                actions.add(where);
            }
            Button cancel = new Button("Cancel", click -> new CancelMockDialog(bookings, mock,
                    me.role() == Role.APPLICANT, other, me.timeZone(), () -> {
                        refresh();
                        Focus.afterRedraw(this, null);
                    }).open());
            cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            cancel.setAriaLabel("Cancel the mock with " + other);
            actions.add(cancel);
            card.add(actions);
        }
        return card;
    }

    private void showProgress() {
        progress.removeAll();
        if (me.role() != Role.APPLICANT) {
            return;
        }
        List<Scorecard> mine = scorecards.myScorecards();
        if (mine.isEmpty()) {
            progress.setVisible(false);
            return;
        }
        double average = mine.stream().mapToDouble(Scorecard::average).average().orElse(0);
        Div chart = new Div();
        Select<Optional<Criterion>> series = new Select<>();
        series.setLabel("Show in the chart");
        series.setWidth("min(24rem, 100%)");
        List<Optional<Criterion>> choices = new ArrayList<>();
        choices.add(Optional.empty());
        Arrays.stream(Criterion.values()).filter(criterion -> mine.stream().anyMatch(card -> card.scores().containsKey(criterion)))
                .map(Optional::of).forEach(choices::add);
        series.setItems(choices);
        series.setItemLabelGenerator(choice -> choice.map(Criterion::label).orElse("Average of all criteria"));
        series.setValue(Optional.empty());
        series.addValueChangeListener(change -> drawTrend(chart, mine, change.getValue()));
        drawTrend(chart, mine, Optional.empty());
        progress.add(new H2("Your progress"), series, chart,
                new Paragraph(String.format(Locale.US, "Average across %d scored mock%s: %.1f of 5. Each criterion, oldest mock first:",
                        mine.size(), mine.size() == 1 ? "" : "s", average)),
                new CriterionTrends(mine, me.timeZone()),
                new TrendFigures(mine, me.timeZone()));
        progress.addClassName("card");
        progress.setVisible(true);
    }

    // wrapped: Html sets its root element's attributes lower-cased, and an svg without viewBox neither
    // scales nor shows below 150 px; inside a div the browser's own parser reads the svg, viewBox and all
    private void drawTrend(Div chart, List<Scorecard> mine, Optional<Criterion> criterion) {
        String svg = criterion.map(one -> TrendChart.svg(mine, me.timeZone(), one)).orElseGet(() -> TrendChart.svg(mine, me.timeZone()));
        chart.removeAll();
        chart.add(new Html("<div class=\"trend-chart-frame\">" + svg + "</div>"));
    }

    /** After a mock: the mentor scores it; the applicant reads the scorecard once there is one. */
    private Optional<Button> scorecardAction(MockInterview mock, String other, Optional<Scorecard> scorecard) {
        if (me.role() == Role.MENTOR) {
            boolean scored = scorecard.isPresent();
            Button score = new Button(scored ? "Edit scorecard" : "Score", click ->
                    ScorecardDialog.forMentor(scorecards, mock, () -> {
                        refresh();
                        Focus.afterRedraw(this, "[data-scorecard='" + mock.id() + "']");
                    }).open());
            score.getElement().setAttribute("data-scorecard", String.valueOf(mock.id()));
            score.setAriaLabel((scored ? "Edit scorecard for " : "Score the mock with ") + other);
            return Optional.of(score);
        }
        return scorecard.map(card -> {
            Button read = new Button("See scorecard", click -> ScorecardDialog.reading(card,
                    "Scorecard from " + other, questions.questionsForMe(), scorecards.recordingsOf(mock.id()),
                    me.timeZone()).open());
            read.setAriaLabel("See scorecard from " + other + " for " + MockTimes.dayTime(mock.start(), me.timeZone()));
            return read;
        });
    }

    /** The booking's ICS file: an invitation while booked, a cancellation afterwards (same UID). */
    private Anchor calendarLink(MockInterview mock) {
        Anchor link = new Anchor(event -> {
            CalendarFile file = calendars.bookingFile(mock.id());
            event.setFileName(file.fileName());
            event.setContentType(CalendarFile.CONTENT_TYPE);
            event.getOutputStream().write(file.bytes());
        }, mock.booked() ? "Add to calendar (.ics)" : "Cancellation for your calendar (.ics)");
        link.addClassName("mock-ics");
        return link;
    }

    private static long minutes(MockInterview mock) {
        return Duration.between(mock.start(), mock.end()).toMinutes();
    }

    private static Div empty(String text) {
        Div empty = new Div(new Paragraph(text));
        empty.addClassNames("card", "empty-state");
        return empty;
    }
}
