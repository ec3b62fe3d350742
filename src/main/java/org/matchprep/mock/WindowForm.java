package org.matchprep.mock;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

/**
 * An availability window as a mentor enters it: weekly on {@code day} or once on {@code date} (exactly one),
 * wall-clock {@code start} to {@code end} in {@code zone} (an IANA name; blank means the mentor's own zone),
 * offering {@code formats}, each lasting {@code minutes} when given, else the format's usual length.
 */
public record WindowForm(DayOfWeek day, LocalDate date, LocalTime start, LocalTime end, Set<MockFormat> formats,
                         Integer minutes, String zone) {

    public static WindowForm weekly(DayOfWeek day, LocalTime start, LocalTime end, Set<MockFormat> formats) {
        return new WindowForm(day, null, start, end, formats, null, null);
    }

    public static WindowForm once(LocalDate date, LocalTime start, LocalTime end, Set<MockFormat> formats) {
        return new WindowForm(null, date, start, end, formats, null, null);
    }

    public WindowForm withMinutes(Integer newMinutes) {
        return new WindowForm(day, date, start, end, formats, newMinutes, zone);
    }

    public WindowForm inZone(String newZone) {
        return new WindowForm(day, date, start, end, formats, minutes, newZone);
    }
}
