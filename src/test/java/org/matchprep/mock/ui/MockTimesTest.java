package org.matchprep.mock.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

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
}
