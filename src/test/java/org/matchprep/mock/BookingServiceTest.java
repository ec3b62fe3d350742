package org.matchprep.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.matchprep.mock.MockFixture.BERLIN;
import static org.matchprep.mock.MockFixture.CHICAGO;
import static org.matchprep.mock.MockFixture.KOLKATA;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.matchprep.account.AccountSummary;
import org.matchprep.account.Role;
import org.matchprep.mock.MockFixture.Pair;
import org.matchprep.mock.domain.BookingRepository;
import org.matchprep.mock.domain.DayOff;
import org.matchprep.mock.domain.DayOffRepository;
import org.matchprep.testing.IntegrationTest;
import org.matchprep.testing.Who;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;

class BookingServiceTest extends IntegrationTest {

    @Autowired
    BookingService service;

    @Autowired
    MockFixture fixture;

    @Autowired
    BookingRepository bookings;

    @Autowired
    DayOffRepository daysOff;

    @Autowired
    JdbcClient jdbc;

    /** A paired couple with a morning window three days ahead, and that morning's 09:00 (mentor time). */
    record Setup(Pair pair, LocalDate day, Instant nine) {
        AccountSummary applicant() {
            return pair.applicant();
        }

        AccountSummary mentor() {
            return pair.mentor();
        }

        Instant at(int hour, int minute) {
            return day.atTime(hour, minute).atZone(mentor().timeZone()).toInstant();
        }
    }

    private Setup setup() {
        Pair pair = fixture.pairedCouple();
        LocalDate day = fixture.inDays(3, pair.mentor());
        fixture.morning(pair.mentor(), day);
        return new Setup(pair, day, fixture.at(pair.mentor(), day, 9, 0));
    }

    private MockInterview booked(Setup setup, MockFormat format, Instant start) {
        return as(setup.applicant(), () -> service.book(setup.mentor().id(), format, start));
    }

    private List<FreeSlot> freeSlots(Setup setup, MockFormat format) {
        LocalDate applicantDay = setup.nine().atZone(setup.applicant().timeZone()).toLocalDate();
        return as(setup.applicant(), () -> service.freeSlots(setup.mentor().id(), format, applicantDay.minusDays(1),
                applicantDay.plusDays(1)));
    }

    private long bookingsOf(AccountSummary mentor) {
        return jdbc.sql("select count(*) from mock_booking where mentor_id = ?").param(mentor.id()).query(Long.class).single();
    }

    private long notifications(AccountSummary recipient, String eventKey) {
        return jdbc.sql("select count(*) from notification where recipient_id = ? and event_key = ?")
                .param(recipient.id()).param(eventKey).query(Long.class).single();
    }

    private AccountSummary caller(Who who, Setup setup) {
        return switch (who) {
            case APPLICANT -> { accounts.signIn(setup.applicant()); yield setup.applicant(); }
            case MENTOR -> { accounts.signIn(setup.mentor()); yield setup.mentor(); }
            default -> signedIn(who);
        };
    }

    // --- who may call what -----------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(Who.class)
    void listing_free_slots_is_for_paired_applicants_only(Who who) {
        Setup setup = setup();
        caller(who, setup);
        LocalDate day = setup.day();

        if (who == Who.APPLICANT) {
            assertThat(service.freeSlots(setup.mentor().id(), MockFormat.FACULTY, day.minusDays(1), day.plusDays(1))).isNotEmpty();
        } else {
            assertThatThrownBy(() -> service.freeSlots(setup.mentor().id(), MockFormat.FACULTY, day, day))
                    .isInstanceOf(AuthorizationDeniedException.class);
        }
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void booking_is_for_paired_applicants_only(Who who) {
        Setup setup = setup();
        caller(who, setup);

        if (who == Who.APPLICANT) {
            assertThat(service.book(setup.mentor().id(), MockFormat.FACULTY, setup.nine()).start()).isEqualTo(setup.nine());
            assertThat(bookingsOf(setup.mentor())).isEqualTo(1);
        } else {
            assertThatThrownBy(() -> service.book(setup.mentor().id(), MockFormat.FACULTY, setup.nine()))
                    .isInstanceOf(AuthorizationDeniedException.class);
            assertThat(bookingsOf(setup.mentor())).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void cancelling_is_for_the_mocks_applicant_and_mentor(Who who) {
        Setup setup = setup();
        MockInterview mock = booked(setup, MockFormat.FACULTY, setup.nine());
        caller(who, setup);

        if (who == Who.APPLICANT || who == Who.MENTOR) {
            assertThat(service.cancel(mock.id(), "Something came up").status()).isEqualTo(BookingStatus.CANCELLED);
        } else {
            assertThatThrownBy(() -> service.cancel(mock.id(), "Something came up")).isInstanceOf(AuthorizationDeniedException.class);
            assertThat(statusOf(mock)).isEqualTo(BookingStatus.BOOKED);
        }
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void rescheduling_is_for_the_mocks_applicant_only(Who who) {
        Setup setup = setup();
        MockInterview mock = booked(setup, MockFormat.FACULTY, setup.nine());
        caller(who, setup);

        if (who == Who.APPLICANT) {
            assertThat(service.reschedule(mock.id(), setup.at(10, 0)).start()).isEqualTo(setup.at(10, 0));
            assertThat(statusOf(mock)).isEqualTo(BookingStatus.RESCHEDULED);
        } else {
            assertThatThrownBy(() -> service.reschedule(mock.id(), setup.at(10, 0))).isInstanceOf(AuthorizationDeniedException.class);
            assertThat(statusOf(mock)).isEqualTo(BookingStatus.BOOKED);
        }
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void listing_my_mock_interviews_is_for_applicants_and_mentors(Who who) {
        Setup setup = setup();
        MockInterview mock = booked(setup, MockFormat.FACULTY, setup.nine());
        caller(who, setup);

        if (who == Who.APPLICANT || who == Who.MENTOR) {
            assertThat(service.myMockInterviews()).extracting(MockInterview::id).containsExactly(mock.id());
            assertThat(service.mockInterview(mock.id()).id()).isEqualTo(mock.id());
        } else {
            assertThatThrownBy(() -> service.myMockInterviews()).isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> service.mockInterview(mock.id())).isInstanceOf(AuthorizationDeniedException.class);
        }
    }

    @Test
    void an_applicant_made_mentor_can_no_longer_book_with_the_mentor_they_are_still_paired_with() {
        Setup setup = setup();
        MockInterview mock = booked(setup, MockFormat.FACULTY, setup.nine());
        accounts.signIn(accounts.changeRole(setup.applicant(), Role.MENTOR));

        assertThatThrownBy(() -> service.freeSlots(setup.mentor().id(), MockFormat.FACULTY, setup.day(), setup.day()))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> service.book(setup.mentor().id(), MockFormat.STRESS, setup.at(10, 0)))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> service.reschedule(mock.id(), setup.at(10, 0))).isInstanceOf(AuthorizationDeniedException.class);
        assertThat(bookingsOf(setup.mentor())).isOne();
    }

    @Test
    void an_applicant_made_admin_is_refused_by_role_even_for_their_own_mock() {
        Setup setup = setup();
        MockInterview mock = booked(setup, MockFormat.FACULTY, setup.nine());
        accounts.signIn(accounts.changeRole(setup.applicant(), Role.ADMIN));

        assertThatThrownBy(() -> service.myMockInterviews()).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> service.mockInterview(mock.id())).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> service.cancel(mock.id(), null)).isInstanceOf(AuthorizationDeniedException.class);
        assertThat(statusOf(mock)).isEqualTo(BookingStatus.BOOKED);
    }

    // --- other people's data ---------------------------------------------------------------------

    @Test
    void an_applicant_cannot_see_or_book_the_slots_of_a_mentor_they_are_not_paired_with() {
        Setup setup = setup();
        AccountSummary stranger = fixture.applicantIn(BERLIN);
        accounts.signIn(stranger);

        assertThatThrownBy(() -> service.freeSlots(setup.mentor().id(), MockFormat.FACULTY, setup.day(), setup.day()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.book(setup.mentor().id(), MockFormat.FACULTY, setup.nine()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(bookingsOf(setup.mentor())).isZero();
    }

    @Test
    void another_applicant_or_mentor_cannot_read_cancel_or_move_a_mock_by_its_id() {
        Setup setup = setup();
        MockInterview mock = booked(setup, MockFormat.FACULTY, setup.nine());

        for (AccountSummary other : List.of(fixture.applicantIn(BERLIN), fixture.mentorIn(CHICAGO))) {
            accounts.signIn(other);
            assertThatThrownBy(() -> service.mockInterview(mock.id())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> service.cancel(mock.id(), "mine now")).isInstanceOf(AccessDeniedException.class);
            assertThat(service.myMockInterviews()).isEmpty();
        }
        accounts.signIn(fixture.applicantIn(BERLIN));
        assertThatThrownBy(() -> service.reschedule(mock.id(), setup.at(10, 0))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.mockInterview(Long.MAX_VALUE)).isInstanceOf(AccessDeniedException.class)
                .hasMessage("Not your mock interview");
        assertThat(statusOf(mock)).isEqualTo(BookingStatus.BOOKED);
    }

    @Test
    void once_the_pairing_has_ended_the_applicant_can_no_longer_see_book_or_move_to_the_mentors_slots() {
        Setup setup = setup();
        MockInterview mock = booked(setup, MockFormat.FACULTY, setup.nine());
        jdbc.sql("update pairing set status = 'ENDED' where applicant_id = ? and mentor_id = ?")
                .param(setup.applicant().id()).param(setup.mentor().id()).update();
        accounts.signIn(setup.applicant());

        assertThatThrownBy(() -> service.freeSlots(setup.mentor().id(), MockFormat.FACULTY, setup.day(), setup.day()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.book(setup.mentor().id(), MockFormat.FACULTY, setup.at(10, 0)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.reschedule(mock.id(), setup.at(10, 0))).isInstanceOf(AccessDeniedException.class);
        assertThat(statusOf(mock)).isEqualTo(BookingStatus.BOOKED);
        assertThat(service.cancel(mock.id(), null).status()).as("cancelling stays possible").isEqualTo(BookingStatus.CANCELLED);
    }

    // --- booking ---------------------------------------------------------------------------------

    @Test
    void a_booking_is_stored_in_utc_and_shown_in_both_zones_and_the_mentor_is_notified() {
        Setup setup = setup();

        MockInterview mock = booked(setup, MockFormat.RESIDENT, setup.nine());

        assertThat(mock.start()).isEqualTo(setup.nine());
        assertThat(mock.end()).isEqualTo(setup.nine().plus(30, ChronoUnit.MINUTES));
        assertThat(mock.mentorZone()).isEqualTo(CHICAGO);
        assertThat(mock.applicantZone()).isEqualTo(KOLKATA);
        Instant stored = jdbc.sql("select starts_at from mock_booking where id = ?").param(mock.id())
                .query(java.sql.Timestamp.class).single().toInstant();
        assertThat(stored).isEqualTo(setup.nine());
        assertThat(notifications(setup.mentor(), "mock:" + mock.id() + ":booked")).isEqualTo(1);
    }

    @Test
    void free_slots_show_the_applicants_time_with_the_mentors_beside_it_and_drop_a_booked_one_and_its_buffer() {
        Setup setup = setup();
        List<FreeSlot> before = freeSlots(setup, MockFormat.FACULTY);
        assertThat(before).extracting(slot -> slot.mentorTime().toLocalTime())
                .containsExactly(LocalTime.of(9, 0), LocalTime.of(9, 30), LocalTime.of(10, 0), LocalTime.of(10, 30),
                        LocalTime.of(11, 0), LocalTime.of(11, 30));
        FreeSlot first = before.getFirst();
        assertThat(first.applicantTime().getZone()).isEqualTo(KOLKATA);
        assertThat(first.applicantTime().toInstant()).isEqualTo(first.mentorTime().toInstant());

        booked(setup, MockFormat.RESIDENT, setup.nine()); // 09:00-09:30, then 10 minutes of buffer

        assertThat(freeSlots(setup, MockFormat.FACULTY)).extracting(slot -> slot.mentorTime().toLocalTime())
                .containsExactly(LocalTime.of(10, 0), LocalTime.of(10, 30), LocalTime.of(11, 0), LocalTime.of(11, 30));
    }

    @Test
    void a_slot_inside_the_buffer_of_another_mock_is_refused_as_taken() {
        Setup setup = setup();
        booked(setup, MockFormat.RESIDENT, setup.nine());
        AccountSummary second = fixture.applicantIn(BERLIN);
        fixture.pair(second, setup.mentor());

        assertThatThrownBy(() -> as(second, () -> service.book(setup.mentor().id(), MockFormat.FACULTY, setup.at(9, 30))))
                .isInstanceOf(BookingException.class).hasMessage(BookingException.JUST_TAKEN);
        assertThat(bookingsOf(setup.mentor())).isEqualTo(1);
    }

    @Test
    void bad_times_are_refused_with_a_message_and_nothing_is_written() {
        Setup setup = setup();
        fixture.rules(setup.mentor(), 10, 12, 4, 12);
        LocalDate tomorrow = fixture.inDays(1, setup.mentor());
        LocalDate farAway = fixture.inDays(40, setup.mentor());
        fixture.morning(setup.mentor(), farAway);
        LocalDate past = fixture.inDays(-2, setup.mentor());
        fixture.morning(setup.mentor(), past);
        Instant soon = Instant.now().plus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.HOURS);
        fixture.morning(setup.mentor(), tomorrow);

        assertRefused(setup, fixture.at(setup.mentor(), past, 9, 0), "has passed");
        assertRefused(setup, soon, "at least 12 hours ahead");
        assertRefused(setup, fixture.at(setup.mentor(), farAway, 9, 0), "up to 4 weeks ahead");
        assertRefused(setup, setup.at(9, 10), "not in your mentor's availability");
        assertRefused(setup, setup.at(13, 0), "not in your mentor's availability");
        daysOff.saveAndFlush(new DayOff(setup.mentor().id(), setup.day()));
        assertRefused(setup, setup.nine(), "not in your mentor's availability");
        assertThat(bookingsOf(setup.mentor())).isZero();
    }

    private void assertRefused(Setup setup, Instant start, String message) {
        assertThatThrownBy(() -> booked(setup, MockFormat.FACULTY, start))
                .isInstanceOf(BookingException.class).hasMessageContaining(message);
    }

    @Test
    void an_applicant_cannot_hold_two_mocks_at_once_even_with_two_mentors() {
        Setup setup = setup();
        booked(setup, MockFormat.FACULTY, setup.nine());
        AccountSummary otherMentor = fixture.mentorIn(CHICAGO);
        fixture.pair(setup.applicant(), otherMentor);
        fixture.morning(otherMentor, setup.day());

        assertThatThrownBy(() -> as(setup.applicant(), () -> service.book(otherMentor.id(), MockFormat.STRESS, setup.nine())))
                .isInstanceOf(BookingException.class).hasMessageContaining("You already have a mock interview at that time");
    }

    @Test
    void a_weekly_window_stays_at_nine_for_the_mentor_while_the_applicants_time_follows_both_daylight_saving_changes() {
        AccountSummary mentor = fixture.mentorIn(CHICAGO);
        AccountSummary berlin = fixture.applicantIn(BERLIN);
        AccountSummary kolkata = fixture.applicantIn(KOLKATA);
        fixture.pair(berlin, mentor);
        fixture.pair(kolkata, mentor);
        fixture.rules(mentor, 10, 12, 52, 12);
        fixture.weekly(mentor, DayOfWeek.SUNDAY, LocalTime.of(9, 0), LocalTime.of(10, 0));

        record Expected(LocalDate sunday, LocalTime berlin, LocalTime kolkata) {
        }
        for (Expected expected : List.of(
                new Expected(LocalDate.of(2027, 3, 7), LocalTime.of(16, 0), LocalTime.of(20, 30)),
                new Expected(LocalDate.of(2027, 3, 14), LocalTime.of(15, 0), LocalTime.of(19, 30)),
                new Expected(LocalDate.of(2027, 3, 28), LocalTime.of(16, 0), LocalTime.of(19, 30)))) {
            FreeSlot inBerlin = as(berlin, () -> service.freeSlots(mentor.id(), MockFormat.FACULTY, expected.sunday(),
                    expected.sunday())).getFirst();
            FreeSlot inKolkata = as(kolkata, () -> service.freeSlots(mentor.id(), MockFormat.FACULTY, expected.sunday(),
                    expected.sunday())).getFirst();
            assertThat(inBerlin.mentorTime().toLocalTime()).as("mentor, " + expected.sunday()).isEqualTo(LocalTime.of(9, 0));
            assertThat(inBerlin.applicantTime().toLocalTime()).as("Berlin, " + expected.sunday()).isEqualTo(expected.berlin());
            assertThat(inKolkata.applicantTime().toLocalTime()).as("Kolkata, " + expected.sunday()).isEqualTo(expected.kolkata());
        }
        Instant march14 = LocalDate.of(2027, 3, 14).atTime(9, 0).atZone(CHICAGO).toInstant();
        MockInterview mock = as(berlin, () -> service.book(mentor.id(), MockFormat.FACULTY, march14));
        assertThat(mock.start()).isEqualTo(Instant.parse("2027-03-14T14:00:00Z"));
    }

    // --- cancelling and rescheduling -------------------------------------------------------------

    @Test
    void an_applicant_cancels_before_the_cut_off_and_the_mentor_is_told() {
        Setup setup = setup();
        MockInterview mock = booked(setup, MockFormat.FACULTY, setup.nine());

        MockInterview cancelled = as(setup.applicant(), () -> service.cancel(mock.id(), null));

        assertThat(cancelled.status()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(cancelled.sequence()).isEqualTo(1);
        assertThat(notifications(setup.mentor(), "mock:" + mock.id() + ":cancelled")).isEqualTo(1);
        assertThat(freeSlots(setup, MockFormat.FACULTY)).extracting(FreeSlot::start).contains(setup.nine());
    }

    @Test
    void an_applicant_cannot_cancel_after_the_cut_off_but_the_mentor_can_with_a_reason() {
        Setup setup = setup();
        MockInterview mock = booked(setup, MockFormat.FACULTY, setup.nine());
        fixture.rules(setup.mentor(), 10, 12, 4, 24 * 7); // cut-off a week before: already passed

        assertThatThrownBy(() -> as(setup.applicant(), () -> service.cancel(mock.id(), null)))
                .isInstanceOf(BookingException.class).hasMessageContaining("too late to cancel");
        assertThatThrownBy(() -> as(setup.mentor(), () -> service.cancel(mock.id(), "  ")))
                .isInstanceOf(BookingException.class).hasMessageContaining("reason");
        assertThat(statusOf(mock)).isEqualTo(BookingStatus.BOOKED);

        MockInterview cancelled = as(setup.mentor(), () -> service.cancel(mock.id(), "Called into surgery"));

        assertThat(cancelled.cancelReason()).isEqualTo("Called into surgery");
        assertThat(notifications(setup.applicant(), "mock:" + mock.id() + ":cancelled")).isEqualTo(1);
    }

    @Test
    void rescheduling_moves_the_mock_and_tells_the_mentor() {
        Setup setup = setup();
        MockInterview mock = booked(setup, MockFormat.FACULTY, setup.nine());

        // to a slot that overlaps nothing but its own old buffer: the old time is freed first
        MockInterview moved = as(setup.applicant(), () -> service.reschedule(mock.id(), setup.at(9, 30)));

        assertThat(moved.start()).isEqualTo(setup.at(9, 30));
        assertThat(statusOf(mock)).isEqualTo(BookingStatus.RESCHEDULED);
        assertThat(bookings.findById(mock.id()).orElseThrow().getRescheduledTo()).isEqualTo(moved.id());
        assertThat(notifications(setup.mentor(), "mock:" + moved.id() + ":rescheduled")).isEqualTo(1);
    }

    @Test
    void when_the_new_slot_cannot_be_had_the_old_booking_stays() {
        Setup setup = setup();
        MockInterview mock = booked(setup, MockFormat.FACULTY, setup.nine());
        AccountSummary other = fixture.applicantIn(BERLIN);
        fixture.pair(other, setup.mentor());
        as(other, () -> service.book(setup.mentor().id(), MockFormat.FACULTY, setup.at(10, 0)));

        assertThatThrownBy(() -> as(setup.applicant(), () -> service.reschedule(mock.id(), setup.at(10, 0))))
                .isInstanceOf(BookingException.class).hasMessage(BookingException.JUST_TAKEN);
        assertThatThrownBy(() -> as(setup.applicant(), () -> service.reschedule(mock.id(), setup.at(10, 5))))
                .isInstanceOf(BookingException.class).hasMessageContaining("not in your mentor's availability");

        assertThat(statusOf(mock)).isEqualTo(BookingStatus.BOOKED);
        assertThat(bookingsOf(setup.mentor())).isEqualTo(2);
    }

    private BookingStatus statusOf(MockInterview mock) {
        return bookings.findById(mock.id()).orElseThrow().getStatus();
    }
}
