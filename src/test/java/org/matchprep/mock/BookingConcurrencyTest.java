package org.matchprep.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.matchprep.account.AccountSummary;
import org.matchprep.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** PostgreSQL, not luck, keeps one slot from being booked twice. */
class BookingConcurrencyTest extends IntegrationTest {

    private static final int APPLICANTS = 50;
    private static final int ROUNDS = 20;

    @Autowired
    BookingService service;

    @Autowired
    MockFixture fixture;

    @Autowired
    JdbcClient jdbc;

    @Test
    void fifty_applicants_booking_one_slot_at_once_leave_exactly_one_booking_twenty_rounds_out_of_twenty() throws Exception {
        List<AccountSummary> applicants = new ArrayList<>();
        for (int i = 0; i < APPLICANTS; i++) {
            applicants.add(fixture.applicantIn(MockFixture.KOLKATA));
        }
        ExecutorService pool = Executors.newFixedThreadPool(APPLICANTS);
        try {
            for (int round = 1; round <= ROUNDS; round++) {
                AccountSummary mentor = fixture.mentorIn(MockFixture.CHICAGO);
                applicants.forEach(applicant -> fixture.pair(applicant, mentor));
                // a new day each round: earlier winners stay booked, and an applicant cannot be in two mocks at once
                LocalDate day = fixture.inDays(2 + round, mentor);
                fixture.morning(mentor, day);
                Instant slot = fixture.at(mentor, day, 9, 0);

                CountDownLatch start = new CountDownLatch(1);
                List<Future<String>> outcomes = new ArrayList<>();
                for (AccountSummary applicant : applicants) {
                    outcomes.add(pool.submit(() -> {
                        accounts.signIn(applicant);
                        try {
                            start.await();
                            service.book(mentor.id(), MockFormat.FACULTY, slot);
                            return "booked";
                        } catch (BookingException refused) {
                            return refused.getMessage();
                        } finally {
                            accounts.signOut();
                        }
                    }));
                }
                start.countDown();
                List<String> results = new ArrayList<>();
                for (Future<String> outcome : outcomes) {
                    results.add(outcome.get());
                }

                assertThat(results).as("round " + round).filteredOn("booked"::equals).hasSize(1);
                assertThat(results).as("round " + round).filteredOn(BookingException.JUST_TAKEN::equals).hasSize(APPLICANTS - 1);
                long rows = jdbc.sql("select count(*) from mock_booking where mentor_id = ?").param(mentor.id())
                        .query(Long.class).single();
                assertThat(rows).as("round " + round).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
