package org.matchprep.mock.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;

/**
 * Turns a mentor's wall-clock time on a date into an instant. Windows are stored as wall-clock times so a
 * weekly 09:00 stays 09:00 for the mentor across daylight-saving changes. Two moments a year a wall-clock
 * time is not one instant, and we decide explicitly:
 * <ul>
 *   <li>in the spring-forward gap (02:30 does not exist) a window's start or end is the end of the gap
 *       (03:00 new time): the window loses the hour the clock skipped, never shifts the rest;</li>
 *   <li>in the fall-back overlap (01:30 happens twice) a start takes the earlier instant and an end the
 *       later one, so the window covers every wall-clock minute it names.</li>
 * </ul>
 */
public final class WallClock {

    private WallClock() {
    }

    public static Instant start(LocalDate date, LocalTime time, ZoneId zone) {
        LocalDateTime local = LocalDateTime.of(date, time);
        ZoneOffsetTransition transition = zone.getRules().getTransition(local);
        if (transition != null && transition.isGap()) {
            return transition.getInstant();
        }
        return ZonedDateTime.ofLocal(local, zone, null).withEarlierOffsetAtOverlap().toInstant();
    }

    public static Instant end(LocalDate date, LocalTime time, ZoneId zone) {
        LocalDateTime local = LocalDateTime.of(date, time);
        ZoneOffsetTransition transition = zone.getRules().getTransition(local);
        if (transition != null && transition.isGap()) {
            return transition.getInstant();
        }
        return ZonedDateTime.ofLocal(local, zone, null).withLaterOffsetAtOverlap().toInstant();
    }
}
