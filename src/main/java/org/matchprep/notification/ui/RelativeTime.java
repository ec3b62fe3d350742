package org.matchprep.notification.ui;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.matchprep.base.ui.Times;

/** "5 min ago", "yesterday", or a date in the reader's zone: how recent news is, at a glance. */
final class RelativeTime {

    private RelativeTime() {
    }

    static String ago(Instant then, Instant now, ZoneId zone) {
        Duration elapsed = Duration.between(then, now);
        if (elapsed.toMinutes() < 1) {
            return "just now";
        }
        if (elapsed.toMinutes() < 60) {
            return elapsed.toMinutes() + " min ago";
        }
        if (elapsed.toHours() < 24) {
            return elapsed.toHours() + " h ago";
        }
        LocalDate day = then.atZone(zone).toLocalDate();
        LocalDate today = now.atZone(zone).toLocalDate();
        if (day.equals(today.minusDays(1))) {
            return "yesterday";
        }
        if (elapsed.toDays() < 7) {
            return elapsed.toDays() + " days ago";
        }
        return Times.date(then, zone);
    }
}
