package org.matchprep.mock.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class MockTimesTest {

    @Test
    void a_span_reads_in_hours_and_minutes_as_people_say_it() {
        assertThat(MockTimes.span(Duration.ofHours(3))).isEqualTo("3 hours");
        assertThat(MockTimes.span(Duration.ofHours(1))).isEqualTo("1 hour");
        assertThat(MockTimes.span(Duration.ofMinutes(90))).isEqualTo("1 hour 30 minutes");
        assertThat(MockTimes.span(Duration.ofMinutes(121))).isEqualTo("2 hours 1 minute");
        assertThat(MockTimes.span(Duration.ofMinutes(45))).isEqualTo("45 minutes");
        assertThat(MockTimes.span(Duration.ofHours(24))).isEqualTo("24 hours");
    }

    @Test
    void the_mentors_time_names_its_weekday_when_it_falls_on_another_date() {
        ZoneId kolkata = ZoneId.of("Asia/Kolkata");
        ZoneId chicago = ZoneId.of("America/Chicago");
        // Friday 6:30 AM in Kolkata is Thursday 7:00 PM in Chicago
        Instant early = Instant.parse("2026-11-27T01:00:00Z");
        assertThat(MockTimes.timeBeside(early, chicago, kolkata)).isEqualTo("Thu 7:00 PM");
        // Friday 9:00 PM in Kolkata is Friday 9:30 AM in Chicago
        Instant evening = Instant.parse("2026-11-27T15:30:00Z");
        assertThat(MockTimes.timeBeside(evening, chicago, kolkata)).isEqualTo("9:30 AM");
    }
}
