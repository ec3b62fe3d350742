package org.matchprep.mock.ui;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Mock times as people read them: the day and time in a zone, with the zone named. */
final class MockTimes {

    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("EEE, MMM d · h:mm a", Locale.US);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.US);
    private static final DateTimeFormatter WEEKDAY_TIME = DateTimeFormatter.ofPattern("EEE h:mm a", Locale.US);
    private static final DateTimeFormatter LONG_DAY = DateTimeFormatter.ofPattern("EEEE, MMMM d", Locale.US);

    private MockTimes() {
    }

    static String dayTime(Instant instant, ZoneId zone) {
        return DAY_TIME.format(instant.atZone(zone)) + " " + zoneName(zone);
    }

    static String time(Instant instant, ZoneId zone) {
        return TIME.format(instant.atZone(zone));
    }

    /**
     * The time in {@code zone}, with its weekday when that falls on another date than in {@code besideZone}:
     * 6:30 AM Friday in Kolkata is "Thu 7:00 PM" in Chicago, and the weekday says so.
     */
    static String timeBeside(Instant instant, ZoneId zone, ZoneId besideZone) {
        boolean sameDate = instant.atZone(zone).toLocalDate().equals(instant.atZone(besideZone).toLocalDate());
        return sameDate ? time(instant, zone) : WEEKDAY_TIME.format(instant.atZone(zone));
    }

    /** What a free slot's button shows: the applicant's time, then the mentor's with their zone ("8:30 PM Chicago"). */
    static String slotText(Instant start, ZoneId applicantZone, ZoneId mentorZone) {
        return time(start, applicantZone) + " " + mentorTime(start, applicantZone, mentorZone);
    }

    static String mentorTime(Instant start, ZoneId applicantZone, ZoneId mentorZone) {
        return timeBeside(start, mentorZone, applicantZone) + " " + zoneName(mentorZone);
    }

    /**
     * A free slot's accessible name: the words the button shows first, so someone who says what they see
     * ("click 7:00 AM") reaches it (WCAG 2.5.3), then whose time is whose and the day.
     */
    static String slotName(Instant start, ZoneId applicantZone, ZoneId mentorZone) {
        return slotText(start, applicantZone, mentorZone) + " for your mentor, " + LONG_DAY.format(start.atZone(applicantZone));
    }

    /** "3 hours", "1 hour 30 minutes", "45 minutes": a span as people say it, to the minute. */
    static String span(Duration span) {
        long hours = span.toHours();
        long minutes = span.toMinutesPart();
        String h = hours == 1 ? "1 hour" : hours + " hours";
        String m = minutes == 1 ? "1 minute" : minutes + " minutes";
        if (hours == 0) {
            return m;
        }
        return minutes == 0 ? h : h + " " + m;
    }

    /** "Chicago" for America/Chicago: short enough to sit beside a time on a phone. */
    static String zoneName(ZoneId zone) {
        String id = zone.getId();
        return id.substring(id.lastIndexOf('/') + 1).replace('_', ' ');
    }
}
