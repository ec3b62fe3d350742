package org.matchprep.season.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.matchprep.season.Impressions;
import org.matchprep.season.InterviewPlan;
import org.matchprep.season.InterviewStatus;
import org.matchprep.season.SeasonException;

class InterviewTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    @Test
    void the_program_wall_clock_time_is_stored_as_the_matching_instant() {
        Interview interview = new Interview(1, plan(LocalDateTime.of(2026, 12, 3, 9, 0), "America/New_York"), NOW);

        assertThat(interview.getStartsAt()).isEqualTo(Instant.parse("2026-12-03T14:00:00Z"));
        assertThat(interview.getProgramZone().getId()).isEqualTo("America/New_York");
    }

    @Test
    void a_missing_or_unknown_zone_is_refused_with_a_message_that_says_what_to_do() {
        assertThatThrownBy(() -> new Interview(1, plan(LocalDateTime.of(2026, 12, 3, 9, 0), " "), NOW))
                .isInstanceOf(SeasonException.class).hasMessageStartingWith("Choose the program's time zone");
        assertThatThrownBy(() -> new Interview(1, plan(LocalDateTime.of(2026, 12, 3, 9, 0), "Mars/Olympus"), NOW))
                .hasMessage("\"Mars/Olympus\" is not a time zone we know. Choose one from the list, such as America/Chicago.");
    }

    @Test
    void a_time_the_clocks_skip_is_refused_rather_than_shifted() {
        assertThatThrownBy(() -> new Interview(1, plan(LocalDateTime.of(2027, 3, 14, 2, 30), "America/Chicago"), NOW))
                .isInstanceOf(SeasonException.class)
                .hasMessage("Mar 14, 2027 2:30 AM does not exist in America/Chicago (the clocks change that night). "
                        + "Check the time with the program.");
    }

    @Test
    void a_malformed_or_non_web_link_is_refused() {
        InterviewPlan ftp = new InterviewPlan(1, LocalDateTime.of(2026, 12, 3, 9, 0), "UTC", "Zoom", "ftp://x.org",
                "", InterviewStatus.SCHEDULED);
        assertThatThrownBy(() -> new Interview(1, ftp, NOW)).hasMessageStartingWith("Meeting link must be a web address");
    }

    @Test
    void an_interview_cannot_be_marked_done_before_it_starts() {
        InterviewPlan early = new InterviewPlan(1, LocalDateTime.of(2026, 12, 3, 9, 0), "UTC", "", "", "",
                InterviewStatus.DONE);
        assertThatThrownBy(() -> new Interview(1, early, NOW)).hasMessageStartingWith("An interview can be marked done once");
    }

    @Test
    void impressions_are_overdue_only_after_a_full_day_without_any() {
        Interview interview = new Interview(1, plan(LocalDateTime.of(2026, 11, 24, 12, 0), "UTC"), NOW);

        assertThat(interview.impressionsOverdue(NOW)).as("exactly 24 hours").isFalse();
        assertThat(interview.impressionsOverdue(NOW.plusSeconds(1))).isTrue();

        interview.recordImpressions(new Impressions("PD and two residents", "", "", "", "", ""), NOW);
        assertThat(interview.impressionsOverdue(NOW.plus(Duration.ofDays(3)))).isFalse();
    }

    @Test
    void a_withdrawn_interview_is_never_flagged() {
        InterviewPlan withdrawn = new InterviewPlan(1, LocalDateTime.of(2026, 11, 1, 9, 0), "UTC", "", "", "",
                InterviewStatus.WITHDRAWN);
        assertThat(new Interview(1, withdrawn, NOW).impressionsOverdue(NOW)).isFalse();
    }

    private static InterviewPlan plan(LocalDateTime start, String zone) {
        return new InterviewPlan(1, start, zone, "Zoom", "https://zoom.us/j/1", "", InterviewStatus.SCHEDULED);
    }
}
