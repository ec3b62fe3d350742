package org.matchprep.notification.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class RelativeTimeTest {

    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    // 2026-11-25 20:00 in Kolkata
    private static final Instant NOW = Instant.parse("2026-11-25T14:30:00Z");

    @Test
    void under_a_minute_is_just_now() {
        assertThat(RelativeTime.ago(NOW.minusSeconds(59), NOW, KOLKATA)).isEqualTo("just now");
    }

    @Test
    void a_time_slightly_ahead_of_the_clock_is_just_now() {
        assertThat(RelativeTime.ago(NOW.plusSeconds(2), NOW, KOLKATA)).isEqualTo("just now");
    }

    @Test
    void minutes_and_hours_count_up() {
        assertThat(RelativeTime.ago(NOW.minus(Duration.ofMinutes(5)), NOW, KOLKATA)).isEqualTo("5 min ago");
        assertThat(RelativeTime.ago(NOW.minus(Duration.ofMinutes(59)), NOW, KOLKATA)).isEqualTo("59 min ago");
        assertThat(RelativeTime.ago(NOW.minus(Duration.ofHours(3)), NOW, KOLKATA)).isEqualTo("3 h ago");
    }

    @Test
    void the_previous_calendar_day_in_the_readers_zone_is_yesterday() {
        assertThat(RelativeTime.ago(NOW.minus(Duration.ofHours(30)), NOW, KOLKATA)).isEqualTo("yesterday");
    }

    @Test
    void within_a_week_counts_days_then_shows_the_date_in_the_readers_zone() {
        assertThat(RelativeTime.ago(NOW.minus(Duration.ofDays(3)), NOW, KOLKATA)).isEqualTo("3 days ago");
        // 2026-11-10T20:00Z is already the 11th in Kolkata
        assertThat(RelativeTime.ago(Instant.parse("2026-11-10T20:00:00Z"), NOW, KOLKATA)).isEqualTo("Nov 11, 2026");
    }
}
