package org.matchprep.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.matchprep.account.AccountSummary;
import org.matchprep.account.DemoAccountsSeeded;
import org.matchprep.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

class DemoAvailabilityTest extends IntegrationTest {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    MockFixture fixture;

    @Autowired
    BookingService bookings;

    @Autowired
    AvailabilityService availability;

    @Test
    void the_demo_applicant_can_book_the_demo_mentor_right_after_seeding() {
        AccountSummary mentor = fixture.mentorIn(MockFixture.CHICAGO);
        AccountSummary applicant = fixture.applicantIn(MockFixture.KOLKATA);

        // feedback's DemoPairings pairs the two; DemoAvailability opens the mentor's weekdays
        events.publishEvent(new DemoAccountsSeeded(Map.of("mentor@matchprep.test", mentor.id(),
                "applicant@matchprep.test", applicant.id())));

        assertThat(as(mentor, () -> availability.myWindows())).hasSize(10)
                .allSatisfy(window -> assertThat(window.zone()).isEqualTo(MockFixture.CHICAGO));
        LocalDate today = LocalDate.now(MockFixture.KOLKATA);
        var free = as(applicant, () -> bookings.freeSlots(mentor.id(), MockFormat.FACULTY, today, today.plusDays(7)));
        assertThat(free).isNotEmpty();
        MockInterview booked = as(applicant, () -> bookings.book(mentor.id(), MockFormat.FACULTY, free.getFirst().start()));
        assertThat(booked.mentorId()).isEqualTo(mentor.id());
        assertThat(booked.meetingLink()).isEqualTo(DemoAvailability.MEETING_LINK);
    }

    @Autowired
    ScorecardService scorecards;

    @Test
    void the_demo_applicant_has_three_scored_mocks_whose_trend_rises_except_pace() {
        AccountSummary mentor = fixture.mentorIn(MockFixture.CHICAGO);
        AccountSummary applicant = fixture.applicantIn(MockFixture.KOLKATA);

        events.publishEvent(new DemoAccountsSeeded(Map.of("mentor@matchprep.test", mentor.id(),
                "applicant@matchprep.test", applicant.id())));

        var mine = as(applicant, () -> scorecards.myScorecards());
        assertThat(mine).hasSize(3).allSatisfy(card -> {
            assertThat(card.isEarlierRubric()).isFalse();
            assertThat(card.wouldRank()).isNotNull();
            assertThat(card.notes()).hasSize(1);
        });
        assertThat(mine).extracting(Scorecard::average).isSorted();
        assertThat(mine).extracting(card -> card.scores().get(Criterion.PACE)).containsOnly(2);
        assertThat(mine.getLast().wouldRank()).isEqualTo(RankVerdict.RANK);
        assertThat(mine.getLast().mockStart()).isBefore(java.time.Instant.now());
        // the mentor sees the same mocks as scored in their own list
        assertThat(as(mentor, () -> scorecards.scorecardsOfMyMocks())).hasSize(3);
    }
}
