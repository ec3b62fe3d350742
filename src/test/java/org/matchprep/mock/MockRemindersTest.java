package org.matchprep.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.matchprep.mock.MockFixture.Pair;
import org.matchprep.testing.IntegrationTest;
import org.matchprep.testing.MutableClock;
import org.matchprep.testing.MutableClockConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

@Import(MutableClockConfiguration.class)
class MockRemindersTest extends IntegrationTest {

    @Autowired
    MockReminders reminders;

    @Autowired
    BookingService bookings;

    @Autowired
    MockFixture fixture;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    private long sent(long recipientId, String key) {
        return jdbc.sql("select count(*) from notification where recipient_id = ? and event_key = ? and kind = 'MOCK_REMINDER'")
                .param(recipientId).param(key).query(Long.class).single();
    }

    @Test
    void both_people_are_reminded_a_day_and_an_hour_before_and_never_twice() {
        Pair pair = fixture.pairedCouple();
        LocalDate day = fixture.inDays(3, pair.mentor());
        fixture.morning(pair.mentor(), day);
        MockInterview mock = as(pair.applicant(), () -> bookings.book(pair.mentor().id(), MockFormat.FACULTY,
                fixture.at(pair.mentor(), day, 9, 0)));
        String dayKey = "mock:" + mock.id() + ":reminder-24h";
        String hourKey = "mock:" + mock.id() + ":reminder-1h";

        reminders.sendDue();
        assertThat(sent(pair.applicant().id(), dayKey)).as("too early").isZero();

        clock.advance(Duration.between(clock.instant(), mock.start().minus(Duration.ofHours(23))));
        reminders.sendDue();
        reminders.sendDue();
        assertThat(sent(pair.applicant().id(), dayKey)).isEqualTo(1);
        assertThat(sent(pair.mentor().id(), dayKey)).isEqualTo(1);
        assertThat(sent(pair.applicant().id(), hourKey)).isZero();

        clock.advance(Duration.ofHours(22).plusMinutes(30));
        reminders.sendDue();
        reminders.sendDue();
        assertThat(sent(pair.applicant().id(), hourKey)).isEqualTo(1);
        assertThat(sent(pair.mentor().id(), hourKey)).isEqualTo(1);
        assertThat(sent(pair.applicant().id(), dayKey)).isEqualTo(1);
    }

    @Test
    void the_scheduled_run_sends_the_reminders_as_the_scheduler_calls_it() {
        Pair pair = fixture.pairedCouple();
        LocalDate day = fixture.inDays(3, pair.mentor());
        fixture.morning(pair.mentor(), day);
        MockInterview mock = as(pair.applicant(), () -> bookings.book(pair.mentor().id(), MockFormat.FACULTY,
                fixture.at(pair.mentor(), day, 9, 0)));
        clock.advance(Duration.between(clock.instant(), mock.start().minus(Duration.ofMinutes(30))));

        reminders.scheduled(); // the scheduler's entry point, outside any transaction of the test's

        assertThat(sent(pair.applicant().id(), "mock:" + mock.id() + ":reminder-1h")).isEqualTo(1);
        assertThat(sent(pair.mentor().id(), "mock:" + mock.id() + ":reminder-1h")).isEqualTo(1);
    }

    @Test
    void a_reminder_names_the_meeting_link_of_the_mock() {
        Pair pair = fixture.pairedCouple();
        fixture.meetingLink(pair.mentor(), "https://meet.example.org/room-7");
        LocalDate day = fixture.inDays(3, pair.mentor());
        fixture.morning(pair.mentor(), day);
        MockInterview mock = as(pair.applicant(), () -> bookings.book(pair.mentor().id(), MockFormat.FACULTY,
                fixture.at(pair.mentor(), day, 9, 0)));

        clock.advance(Duration.between(clock.instant(), mock.start().minus(Duration.ofMinutes(30))));
        reminders.sendDue();

        for (long recipient : java.util.List.of(pair.applicant().id(), pair.mentor().id())) {
            assertThat(jdbc.sql("select message from notification where recipient_id = ? and event_key = ?")
                    .param(recipient).param("mock:" + mock.id() + ":reminder-1h").query(String.class).single())
                    .endsWith("Join at https://meet.example.org/room-7");
        }
    }

    @Test
    void a_cancelled_mock_gets_no_reminder() {
        Pair pair = fixture.pairedCouple();
        LocalDate day = fixture.inDays(3, pair.mentor());
        fixture.morning(pair.mentor(), day);
        MockInterview mock = as(pair.applicant(), () -> bookings.book(pair.mentor().id(), MockFormat.FACULTY,
                fixture.at(pair.mentor(), day, 9, 0)));
        as(pair.applicant(), () -> bookings.cancel(mock.id(), null));

        clock.advance(Duration.between(clock.instant(), mock.start().minus(Duration.ofMinutes(30))));
        reminders.sendDue();

        assertThat(sent(pair.applicant().id(), "mock:" + mock.id() + ":reminder-1h")).isZero();
        assertThat(sent(pair.mentor().id(), "mock:" + mock.id() + ":reminder-1h")).isZero();
    }
}
