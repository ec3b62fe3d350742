package org.matchprep.mock;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** A time an applicant may book, with both people's zones so a view shows it in each. */
public record FreeSlot(Instant start, Instant end, MockFormat format, ZoneId applicantZone, ZoneId mentorZone) {

    public ZonedDateTime applicantTime() {
        return start.atZone(applicantZone);
    }

    public ZonedDateTime mentorTime() {
        return start.atZone(mentorZone);
    }
}
