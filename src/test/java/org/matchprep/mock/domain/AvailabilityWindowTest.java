package org.matchprep.mock.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.matchprep.mock.AvailabilityException;
import org.matchprep.mock.MockFormat;

class AvailabilityWindowTest {

    static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    static final Duration BUFFER = Duration.ofMinutes(10);

    private static AvailabilityWindow sundays(LocalTime start, LocalTime end) {
        return AvailabilityWindow.weekly(1, DayOfWeek.SUNDAY, LocalTime.of(start.getHour(), start.getMinute()), end,
                CHICAGO, Set.of(MockFormat.FACULTY), null);
    }

    private static Instant firstSlot(AvailabilityWindow window, LocalDate date) {
        return window.slotsOn(date, MockFormat.FACULTY, BUFFER).getFirst().start();
    }

    @Test
    void a_weekly_nine_oclock_window_stays_nine_oclock_for_the_mentor_across_the_us_spring_change() {
        AvailabilityWindow window = sundays(LocalTime.of(9, 0), LocalTime.of(11, 0));

        for (LocalDate sunday : List.of(LocalDate.of(2027, 3, 7), LocalDate.of(2027, 3, 14), LocalDate.of(2027, 3, 21))) {
            assertThat(firstSlot(window, sunday).atZone(CHICAGO).toLocalTime()).isEqualTo(LocalTime.of(9, 0));
        }
        // in Berlin the same mock moves: 16:00 while both are on winter time, 15:00 in the weeks the US has
        // changed and Europe not yet, 16:00 again once Europe changes on 2027-03-28
        assertThat(firstSlot(window, LocalDate.of(2027, 3, 7)).atZone(BERLIN).toLocalTime()).isEqualTo(LocalTime.of(16, 0));
        assertThat(firstSlot(window, LocalDate.of(2027, 3, 14)).atZone(BERLIN).toLocalTime()).isEqualTo(LocalTime.of(15, 0));
        assertThat(firstSlot(window, LocalDate.of(2027, 3, 21)).atZone(BERLIN).toLocalTime()).isEqualTo(LocalTime.of(15, 0));
        assertThat(firstSlot(window, LocalDate.of(2027, 3, 28)).atZone(BERLIN).toLocalTime()).isEqualTo(LocalTime.of(16, 0));
    }

    @Test
    void across_the_autumn_changes_the_applicant_side_time_shifts_and_the_mentor_side_does_not() {
        AvailabilityWindow window = sundays(LocalTime.of(9, 0), LocalTime.of(11, 0));

        // 2026-10-18: both on summer time; 10-25: Europe changed; 11-01: the US changed too
        assertThat(firstSlot(window, LocalDate.of(2026, 10, 18)).atZone(BERLIN).toLocalTime()).isEqualTo(LocalTime.of(16, 0));
        assertThat(firstSlot(window, LocalDate.of(2026, 10, 25)).atZone(BERLIN).toLocalTime()).isEqualTo(LocalTime.of(15, 0));
        assertThat(firstSlot(window, LocalDate.of(2026, 11, 1)).atZone(BERLIN).toLocalTime()).isEqualTo(LocalTime.of(16, 0));
        // Kolkata has no daylight saving: it sees the US change alone
        assertThat(firstSlot(window, LocalDate.of(2026, 10, 25)).atZone(KOLKATA).toLocalTime()).isEqualTo(LocalTime.of(19, 30));
        assertThat(firstSlot(window, LocalDate.of(2026, 11, 1)).atZone(KOLKATA).toLocalTime()).isEqualTo(LocalTime.of(20, 30));
        for (LocalDate sunday : List.of(LocalDate.of(2026, 10, 18), LocalDate.of(2026, 10, 25), LocalDate.of(2026, 11, 1))) {
            assertThat(firstSlot(window, sunday).atZone(CHICAGO).toLocalTime()).isEqualTo(LocalTime.of(9, 0));
        }
    }

    @Test
    void a_window_spanning_the_spring_forward_gap_loses_the_skipped_hour_and_keeps_its_wall_clock_ends() {
        AvailabilityWindow window = sundays(LocalTime.of(1, 30), LocalTime.of(4, 0));

        TimeRange occurrence = window.occurrenceOn(LocalDate.of(2027, 3, 14)).orElseThrow();

        assertThat(occurrence.start()).isEqualTo(Instant.parse("2027-03-14T07:30:00Z")); // 01:30 CST
        assertThat(occurrence.end()).isEqualTo(Instant.parse("2027-03-14T09:00:00Z"));   // 04:00 CDT
        assertThat(occurrence.length()).isEqualTo(Duration.ofMinutes(90));
    }

    @Test
    void a_window_starting_inside_the_gap_starts_when_the_gap_ends() {
        AvailabilityWindow window = sundays(LocalTime.of(2, 30), LocalTime.of(4, 0));

        TimeRange occurrence = window.occurrenceOn(LocalDate.of(2027, 3, 14)).orElseThrow();

        assertThat(occurrence.start().atZone(CHICAGO).toLocalTime()).isEqualTo(LocalTime.of(3, 0));
        assertThat(occurrence.end().atZone(CHICAGO).toLocalTime()).isEqualTo(LocalTime.of(4, 0));
    }

    @Test
    void a_window_wholly_inside_the_gap_does_not_open_that_day() {
        AvailabilityWindow window = sundays(LocalTime.of(2, 0), LocalTime.of(2, 50));

        assertThat(window.occurrenceOn(LocalDate.of(2027, 3, 14))).isEmpty();
        assertThat(window.slotsOn(LocalDate.of(2027, 3, 14), MockFormat.FACULTY, BUFFER)).isEmpty();
        assertThat(window.occurrenceOn(LocalDate.of(2027, 3, 21))).isPresent();
    }

    @Test
    void a_window_in_the_fall_back_overlap_covers_both_runs_of_the_repeated_hour() {
        AvailabilityWindow window = sundays(LocalTime.of(1, 0), LocalTime.of(2, 0));

        TimeRange occurrence = window.occurrenceOn(LocalDate.of(2026, 11, 1)).orElseThrow();

        assertThat(occurrence.start()).isEqualTo(Instant.parse("2026-11-01T06:00:00Z")); // 01:00 CDT
        assertThat(occurrence.end()).isEqualTo(Instant.parse("2026-11-01T08:00:00Z"));   // 02:00 CST
        List<TimeRange> slots = window.slotsOn(LocalDate.of(2026, 11, 1), MockFormat.FACULTY, BUFFER);
        assertThat(slots).hasSize(4); // every 30 real minutes for two real hours
        assertThat(slots).extracting(slot -> slot.start().atZone(CHICAGO).toLocalTime())
                .containsExactly(LocalTime.of(1, 0), LocalTime.of(1, 30), LocalTime.of(1, 0), LocalTime.of(1, 30));
    }

    @Test
    void slots_follow_each_other_with_the_buffer_and_end_inside_the_window() {
        AvailabilityWindow window = AvailabilityWindow.once(1, LocalDate.of(2027, 1, 6), LocalTime.of(9, 0),
                LocalTime.of(10, 15), CHICAGO, Set.of(MockFormat.FACULTY, MockFormat.RESIDENT), null);

        List<TimeRange> faculty = window.slotsOn(LocalDate.of(2027, 1, 6), MockFormat.FACULTY, BUFFER);
        List<TimeRange> resident = window.slotsOn(LocalDate.of(2027, 1, 6), MockFormat.RESIDENT, BUFFER);

        assertThat(faculty).extracting(slot -> slot.start().atZone(CHICAGO).toLocalTime())
                .containsExactly(LocalTime.of(9, 0), LocalTime.of(9, 30));
        assertThat(faculty.getLast().end().atZone(CHICAGO).toLocalTime()).isEqualTo(LocalTime.of(9, 50));
        assertThat(resident).extracting(slot -> slot.start().atZone(CHICAGO).toLocalTime())
                .containsExactly(LocalTime.of(9, 0), LocalTime.of(9, 40));
        assertThat(window.slotsOn(LocalDate.of(2027, 1, 6), MockFormat.STRESS, BUFFER)).isEmpty();
        assertThat(window.slotsOn(LocalDate.of(2027, 1, 7), MockFormat.FACULTY, BUFFER)).isEmpty();
    }

    @Test
    void a_length_set_on_the_window_overrides_the_formats_own() {
        AvailabilityWindow window = AvailabilityWindow.once(1, LocalDate.of(2027, 1, 6), LocalTime.of(9, 0),
                LocalTime.of(10, 0), CHICAGO, Set.of(MockFormat.FACULTY), 45);

        List<TimeRange> slots = window.slotsOn(LocalDate.of(2027, 1, 6), MockFormat.FACULTY, BUFFER);

        assertThat(slots).hasSize(1);
        assertThat(slots.getFirst().length()).isEqualTo(Duration.ofMinutes(45));
    }

    @Test
    void a_window_refuses_bad_shapes_with_a_message() {
        assertThatThrownBy(() -> sundays(LocalTime.of(10, 0), LocalTime.of(9, 0)))
                .isInstanceOf(AvailabilityException.class).hasMessageContaining("start before it ends");
        assertThatThrownBy(() -> sundays(LocalTime.of(9, 0), LocalTime.of(9, 10)))
                .isInstanceOf(AvailabilityException.class).hasMessageContaining("too short");
        assertThatThrownBy(() -> AvailabilityWindow.weekly(1, DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(10, 0),
                CHICAGO, Set.of(), null)).isInstanceOf(AvailabilityException.class).hasMessageContaining("at least one format");
        assertThatThrownBy(() -> AvailabilityWindow.weekly(1, DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(10, 0),
                CHICAGO, Set.of(MockFormat.STRESS), 5)).isInstanceOf(AvailabilityException.class).hasMessageContaining("between");
    }
}
