package org.matchprep.mock.ui;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.matchprep.account.AccountService;
import org.matchprep.account.Roles;
import org.matchprep.base.ui.Notices;
import org.matchprep.base.ui.ViewHeader;
import org.matchprep.mock.AvailabilityException;
import org.matchprep.mock.AvailabilityService;
import org.matchprep.mock.BookingService;
import org.matchprep.mock.DayOffSummary;
import org.matchprep.mock.MockInterview;
import org.matchprep.mock.WindowSummary;

/** A mentor's week of availability and bookings, in the mentor's zone; windows, days off and rules. */
@Route("availability")
@PageTitle("Availability · MatchPrep")
@Menu(title = "Availability", order = 25, icon = "vaadin:calendar-clock")
@RolesAllowed(Roles.MENTOR)
public class AvailabilityView extends VerticalLayout {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE, MMM d", Locale.US);

    final Div week = new Div();
    final Span weekLabel = new Span();
    final Div windowList = new Div();
    final Div dayOffList = new Div();
    final DatePicker dayOff = new DatePicker("Day off");
    final RulesForm rules;

    private final AvailabilityService availability;
    private final BookingService bookings;
    private final ZoneId zone;
    private LocalDate monday;

    AvailabilityView(AvailabilityService availability, BookingService bookings, AccountService accounts, Clock clock) {
        this.availability = availability;
        this.bookings = bookings;
        this.zone = accounts.myAccount().timeZone();
        this.monday = LocalDate.now(clock.withZone(zone)).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        this.rules = new RulesForm(availability);
        addClassName("page");
        Button addWeekly = new Button("Add weekly window", click -> openDialog(true, null));
        addWeekly.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button addOnce = new Button("Add one-off window", click -> openDialog(false, null));
        Button previous = new Button("Previous week", click -> moveWeek(-1));
        Button next = new Button("Next week", click -> moveWeek(1));
        Div weekBar = new Div(previous, weekLabel, next);
        weekBar.addClassNames("filter-bar", "week-bar");
        week.addClassName("week-calendar");
        Button addDayOff = new Button("Add day off", click -> addDayOff());
        Div dayOffForm = new Div(dayOff, addDayOff);
        dayOffForm.addClassName("filter-bar");
        windowList.addClassName("mock-list");
        add(new ViewHeader("Availability", "When applicants may book mocks with you. Times are in " + zone.getId() + ".",
                        addWeekly, addOnce),
                weekBar, week,
                card(new H2("Windows"), windowList),
                card(new H2("Days off"), dayOffForm, dayOffList),
                card(new H2("Booking rules"), rules));
        refresh();
    }

    private static Div card(com.vaadin.flow.component.Component... content) {
        Div card = new Div(content);
        card.addClassName("card");
        return card;
    }

    private void moveWeek(int weeks) {
        monday = monday.plusWeeks(weeks);
        refresh();
    }

    void refresh() {
        List<WindowSummary> windows = availability.myWindows();
        List<LocalDate> off = availability.myDaysOff().stream().map(DayOffSummary::day).toList();
        List<MockInterview> booked = bookings.myMockInterviews().stream().filter(MockInterview::booked).toList();
        weekLabel.setText("Week of " + DAY.format(monday));
        week.removeAll();
        for (int i = 0; i < 7; i++) {
            LocalDate date = monday.plusDays(i);
            Div column = new Div(new H3(DAY.format(date)));
            column.addClassName("week-day");
            if (off.contains(date)) {
                column.add(chip("Day off", "week-off"));
            } else {
                windows.stream().filter(w -> w.weekly() ? w.day() == date.getDayOfWeek() : date.equals(w.date()))
                        .forEach(w -> column.add(chip(w.start() + "–" + w.end() + zoneNote(w), "week-window")));
            }
            booked.stream().filter(mock -> mock.start().atZone(zone).toLocalDate().equals(date))
                    .forEach(mock -> column.add(chip(MockTimes.time(mock.start(), zone) + " " + mock.applicantName()
                            + " · " + mock.format().label(), "week-booking")));
            week.add(column);
        }
        windowList.removeAll();
        if (windows.isEmpty()) {
            Div empty = new Div(new Span("No windows yet. Add a weekly window, for example Mondays 09:00–12:00, "
                    + "and your applicants can book at once."));
            empty.addClassName("empty-state");
            windowList.add(empty);
        }
        for (WindowSummary window : windows) {
            Span text = new Span(describe(window));
            Button edit = new Button("Edit", click -> openDialog(window.weekly(), window));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            edit.setAriaLabel("Edit " + describe(window));
            Button delete = new Button("Delete", click -> {
                availability.deleteWindow(window.id());
                Notices.success("Window deleted. Mocks already booked in it stay booked.");
                refresh();
            });
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            delete.setAriaLabel("Delete " + describe(window));
            Div row = new Div(text, new Div(edit, delete));
            row.addClassName("window-row");
            windowList.add(row);
        }
        dayOffList.removeAll();
        for (DayOffSummary day : availability.myDaysOff()) {
            Button remove = new Button("Remove", click -> {
                availability.removeDayOff(day.id());
                refresh();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            remove.setAriaLabel("Remove day off " + DAY.format(day.day()));
            Div row = new Div(new Span(DAY.format(day.day())), remove);
            row.addClassName("window-row");
            dayOffList.add(row);
        }
    }

    static String describe(WindowSummary window) {
        String when = window.weekly() ? window.day().getDisplayName(TextStyle.FULL, Locale.US) + "s"
                : DAY.format(window.date());
        String formats = window.formats().stream().map(f -> f.label()).collect(Collectors.joining(", "));
        return when + " " + window.start() + "–" + window.end() + " (" + window.zone().getId() + ") · " + formats
                + (window.minutes() == null ? "" : " · " + window.minutes() + " min each");
    }

    private String zoneNote(WindowSummary window) {
        return window.zone().equals(zone) ? "" : " " + MockTimes.zoneName(window.zone());
    }

    private static Span chip(String text, String className) {
        Span chip = new Span(text);
        chip.addClassName(className);
        return chip;
    }

    private void addDayOff() {
        try {
            availability.addDayOff(dayOff.getValue());
            dayOff.clear();
            refresh();
        } catch (AvailabilityException refused) {
            dayOff.setErrorMessage(refused.getMessage());
            dayOff.setInvalid(true);
        }
    }

    private void openDialog(boolean weekly, WindowSummary existing) {
        new WindowDialog(availability, weekly, existing, existing == null ? zone.getId() : existing.zone().getId(), saved -> {
            Notices.success("Window saved.");
            refresh();
        }).open();
    }
}
