package org.matchprep.mock;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;

/** A mentor's availability window: weekly when {@code day} is set, else once on {@code date}. */
public record WindowSummary(long id, DayOfWeek day, LocalDate date, LocalTime start, LocalTime end, ZoneId zone,
                            Set<MockFormat> formats, Integer minutes) {

    public boolean weekly() {
        return day != null;
    }

    public WindowForm toForm() {
        return new WindowForm(day, date, start, end, formats, minutes, zone.getId());
    }
}
