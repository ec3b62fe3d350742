package org.matchprep.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.matchprep.account.AccountSummary;
import org.matchprep.account.Role;
import org.matchprep.mock.MockFixture.Pair;
import org.matchprep.season.DossierService;
import org.matchprep.season.InterviewPlan;
import org.matchprep.season.InterviewService;
import org.matchprep.season.InterviewStatus;
import org.matchprep.season.InterviewSummary;
import org.matchprep.season.SeasonFixtures;
import org.matchprep.testing.IntegrationTest;
import org.matchprep.testing.Who;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

class CalendarServiceTest extends IntegrationTest {

    @Autowired
    CalendarService calendars;

    @Autowired
    BookingService bookings;

    @Autowired
    MockFixture fixture;

    @Autowired
    InterviewService interviews;

    @Autowired
    DossierService dossiers;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WebApplicationContext context;

    private record Booked(Pair pair, MockInterview mock) {
    }

    private Booked booked() {
        Pair pair = fixture.pairedCouple();
        LocalDate day = fixture.inDays(3, pair.mentor());
        fixture.morning(pair.mentor(), day);
        MockInterview mock = as(pair.applicant(), () -> bookings.book(pair.mentor().id(), MockFormat.RESIDENT,
                fixture.at(pair.mentor(), day, 9, 0)));
        return new Booked(pair, mock);
    }

    private static VEvent onlyEvent(ICalendar calendar) {
        assertThat(calendar.getEvents()).hasSize(1);
        return calendar.getEvents().getFirst();
    }

    // --- who may call what -----------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(Who.class)
    void a_mocks_calendar_file_is_for_its_applicant_and_mentor_only(Who who) {
        Booked booked = booked();
        AccountSummary caller = switch (who) {
            case APPLICANT -> booked.pair().applicant();
            case MENTOR -> booked.pair().mentor();
            default -> null;
        };
        if (caller != null) {
            accounts.signIn(caller);
            assertThat(calendars.bookingFile(booked.mock().id()).content()).contains("BEGIN:VCALENDAR");
        } else {
            signedIn(who);
            assertThatThrownBy(() -> calendars.bookingFile(booked.mock().id())).isInstanceOf(AuthorizationDeniedException.class);
        }
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void managing_a_feed_is_for_applicants_and_mentors(Who who) {
        AccountSummary me = signedIn(who);
        if (who == Who.APPLICANT || who == Who.MENTOR) {
            assertThat(calendars.hasFeed()).isFalse();
            assertThat(calendars.newFeedToken()).hasSizeGreaterThan(40);
            assertThat(calendars.hasFeed()).isTrue();
            calendars.revokeFeed();
            assertThat(calendars.hasFeed()).isFalse();
        } else {
            assertThatThrownBy(() -> calendars.newFeedToken()).isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> calendars.hasFeed()).isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> calendars.revokeFeed()).isInstanceOf(AuthorizationDeniedException.class);
            if (me != null) {
                assertThat(jdbc.sql("select count(*) from mock_calendar_feed where account_id = ?").param(me.id())
                        .query(Long.class).single()).isZero();
            }
        }
    }

    @Test
    void another_applicant_cannot_download_someone_elses_mock() {
        Booked booked = booked();
        accounts.signIn(fixture.applicantIn(MockFixture.BERLIN));

        assertThatThrownBy(() -> calendars.bookingFile(booked.mock().id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_applicant_made_admin_no_longer_gets_the_calendar_file_of_their_own_mock_nor_a_feed() {
        Booked booked = booked();
        accounts.signIn(accounts.changeRole(booked.pair().applicant(), Role.ADMIN));

        assertThatThrownBy(() -> calendars.bookingFile(booked.mock().id())).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> calendars.newFeedToken()).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> calendars.hasFeed()).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> calendars.revokeFeed()).isInstanceOf(AuthorizationDeniedException.class);
    }

    // --- round trips -----------------------------------------------------------------------------

    @Test
    void the_ics_is_a_request_with_a_stable_uid_and_a_cancellation_raises_the_sequence() {
        Booked booked = booked();
        long id = booked.mock().id();
        accounts.signIn(booked.pair().applicant());

        ICalendar invitation = Biweekly.parse(calendars.bookingFile(id).content()).first();
        VEvent event = onlyEvent(invitation);
        assertThat(invitation.getMethod().getValue()).isEqualTo("REQUEST");
        assertThat(event.getUid().getValue()).isEqualTo("mock-" + id + "@matchprep");
        assertThat(event.getSequence().getValue()).isZero();
        assertThat(event.getDateStart().getValue()).isEqualTo(Date.from(booked.mock().start()));
        assertThat(event.getDateEnd().getValue()).isEqualTo(Date.from(booked.mock().end()));
        assertThat(event.getOrganizer().getEmail()).isEqualTo(booked.pair().mentor().email());
        assertThat(event.getAttendees()).extracting(attendee -> attendee.getEmail())
                .containsExactly(booked.pair().applicant().email());

        bookings.cancel(id, null);

        ICalendar cancellation = Biweekly.parse(calendars.bookingFile(id).content()).first();
        VEvent cancelled = onlyEvent(cancellation);
        assertThat(cancellation.getMethod().getValue()).isEqualTo("CANCEL");
        assertThat(cancelled.getUid().getValue()).isEqualTo("mock-" + id + "@matchprep");
        assertThat(cancelled.getSequence().getValue()).isEqualTo(1);
        assertThat(cancelled.getStatus().getValue()).isEqualTo("CANCELLED");
    }

    @Test
    void a_reschedule_keeps_the_events_uid_and_raises_its_sequence_in_the_files_and_the_feed() throws Exception {
        Booked booked = booked();
        long id = booked.mock().id();
        String uid = "mock-" + id + "@matchprep";
        String token = as(booked.pair().applicant(), () -> calendars.newFeedToken());
        MockMvc http = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        accounts.signIn(booked.pair().applicant());
        VEvent before = onlyEvent(Biweekly.parse(calendars.bookingFile(id).content()).first());
        assertThat(before.getUid().getValue()).isEqualTo(uid);
        assertThat(before.getSequence().getValue()).isZero();

        LocalDate day = fixture.inDays(3, booked.pair().mentor());
        FreeSlot later = bookings.freeSlots(booked.pair().mentor().id(), MockFormat.RESIDENT, day, day.plusDays(1)).stream()
                .filter(slot -> slot.start().isAfter(booked.mock().start())).findFirst().orElseThrow();
        MockInterview moved = bookings.reschedule(id, later.start());
        assertThat(jdbc.sql("select calendar_uid from mock_booking where id in (?, ?)").params(id, moved.id())
                .query(String.class).list()).containsExactly(uid, uid);

        ICalendar invitation = Biweekly.parse(calendars.bookingFile(moved.id()).content()).first();
        VEvent after = onlyEvent(invitation);
        assertThat(invitation.getMethod().getValue()).isEqualTo("REQUEST");
        assertThat(after.getUid().getValue()).isEqualTo(uid);
        assertThat(after.getSequence().getValue()).isEqualTo(1);
        assertThat(after.getDateStart().getValue()).isEqualTo(Date.from(later.start()));
        assertThat(after.getStatus().getValue()).isEqualTo("CONFIRMED");
        // the old booking's file no longer cancels the event: it is the moved event's invitation
        ICalendar oldFile = Biweekly.parse(calendars.bookingFile(id).content()).first();
        assertThat(oldFile.getMethod().getValue()).isEqualTo("REQUEST");
        assertThat(onlyEvent(oldFile).getUid().getValue()).isEqualTo(uid);
        assertThat(onlyEvent(oldFile).getSequence().getValue()).isEqualTo(1);
        assertThat(onlyEvent(oldFile).getDateStart().getValue()).isEqualTo(Date.from(later.start()));
        accounts.signOut();

        ICalendar feed = Biweekly.parse(http.perform(get("/calendar/" + token + ".ics")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).first();
        VEvent listed = onlyEvent(feed);
        assertThat(listed.getUid().getValue()).isEqualTo(uid);
        assertThat(listed.getSequence().getValue()).isEqualTo(1);
        assertThat(listed.getDateStart().getValue()).isEqualTo(Date.from(later.start()));
        assertThat(listed.getStatus().getValue()).isEqualTo("CONFIRMED");

        // moved again, then cancelled: still the same event, its sequence raised each time
        accounts.signIn(booked.pair().applicant());
        FreeSlot latest = bookings.freeSlots(booked.pair().mentor().id(), MockFormat.RESIDENT, day, day.plusDays(1)).stream()
                .filter(slot -> slot.start().isAfter(later.start())).findFirst().orElseThrow();
        MockInterview movedAgain = bookings.reschedule(moved.id(), latest.start());
        VEvent again = onlyEvent(Biweekly.parse(calendars.bookingFile(movedAgain.id()).content()).first());
        assertThat(again.getUid().getValue()).isEqualTo(uid);
        assertThat(again.getSequence().getValue()).isEqualTo(2);

        bookings.cancel(movedAgain.id(), null);
        ICalendar cancellation = Biweekly.parse(calendars.bookingFile(movedAgain.id()).content()).first();
        assertThat(cancellation.getMethod().getValue()).isEqualTo("CANCEL");
        assertThat(onlyEvent(cancellation).getUid().getValue()).isEqualTo(uid);
        assertThat(onlyEvent(cancellation).getSequence().getValue()).isEqualTo(3);
        assertThat(onlyEvent(cancellation).getStatus().getValue()).isEqualTo("CANCELLED");
        // every earlier file of the chain now says the same
        VEvent viaFirst = onlyEvent(Biweekly.parse(calendars.bookingFile(id).content()).first());
        assertThat(viaFirst.getSequence().getValue()).isEqualTo(3);
        assertThat(viaFirst.getStatus().getValue()).isEqualTo("CANCELLED");
        accounts.signOut();

        ICalendar emptied = Biweekly.parse(http.perform(get("/calendar/" + token + ".ics")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).first();
        assertThat(emptied.getEvents()).isEmpty();
    }

    @Test
    void the_feed_lists_my_booked_mocks_and_refuses_an_unknown_or_revoked_token() throws Exception {
        Booked booked = booked();
        String token = as(booked.pair().mentor(), () -> calendars.newFeedToken());
        accounts.signOut();
        MockMvc http = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();

        String body = http.perform(get("/calendar/" + token + ".ics")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        ICalendar feed = Biweekly.parse(body).first();
        assertThat(feed.getMethod().getValue()).isEqualTo("PUBLISH");
        assertThat(feed.getEvents()).extracting(event -> event.getUid().getValue())
                .containsExactly("mock-" + booked.mock().id() + "@matchprep");
        assertThat(feed.getEvents().getFirst().getDateStart().getValue()).isEqualTo(Date.from(booked.mock().start()));

        http.perform(get("/calendar/not-a-token.ics")).andExpect(status().isNotFound());
        as(booked.pair().mentor(), () -> {
            calendars.revokeFeed();
            return null;
        });
        accounts.signOut();
        http.perform(get("/calendar/" + token + ".ics")).andExpect(status().isNotFound());
    }

    @Test
    void a_booking_meets_at_the_mentors_default_link_shown_in_the_ics_as_location_and_url() {
        Pair pair = fixture.pairedCouple();
        fixture.meetingLink(pair.mentor(), "https://meet.example.org/grace-chen");
        LocalDate day = fixture.inDays(3, pair.mentor());
        fixture.morning(pair.mentor(), day);
        MockInterview mock = as(pair.applicant(), () -> bookings.book(pair.mentor().id(), MockFormat.RESIDENT,
                fixture.at(pair.mentor(), day, 9, 0)));

        assertThat(mock.meetingLink()).isEqualTo("https://meet.example.org/grace-chen");
        VEvent event = onlyEvent(Biweekly.parse(as(pair.applicant(), () -> calendars.bookingFile(mock.id())).content()).first());
        assertThat(event.getLocation().getValue()).isEqualTo("https://meet.example.org/grace-chen");
        assertThat(event.getUrl().getValue()).isEqualTo("https://meet.example.org/grace-chen");
        assertThat(event.getSequence().getValue()).isZero();
    }

    @Test
    void the_mentor_changes_a_bookings_link_which_raises_the_sequence_and_the_applicant_sees_it() {
        Booked booked = booked();
        long id = booked.mock().id();
        assertThat(onlyEvent(Biweekly.parse(as(booked.pair().applicant(), () -> calendars.bookingFile(id)).content()).first())
                .getLocation()).isNull();

        MockInterview changed = as(booked.pair().mentor(), () -> bookings.changeMeetingLink(id, " https://zoom.us/j/987 "));
        as(booked.pair().mentor(), () -> bookings.changeMeetingLink(id, "https://zoom.us/j/987"));

        assertThat(changed.meetingLink()).isEqualTo("https://zoom.us/j/987");
        assertThat(as(booked.pair().applicant(), () -> bookings.mockInterview(id)).meetingLink()).isEqualTo("https://zoom.us/j/987");
        VEvent event = onlyEvent(Biweekly.parse(as(booked.pair().applicant(), () -> calendars.bookingFile(id)).content()).first());
        assertThat(event.getLocation().getValue()).isEqualTo("https://zoom.us/j/987");
        assertThat(event.getUrl().getValue()).isEqualTo("https://zoom.us/j/987");
        assertThat(event.getSequence().getValue()).isEqualTo(1);
        assertThatThrownBy(() -> as(booked.pair().mentor(), () -> bookings.changeMeetingLink(id, "javascript:alert(1)")))
                .isInstanceOf(BookingException.class).hasMessageContaining("https://");
        assertThatThrownBy(() -> as(booked.pair().applicant(), () -> bookings.changeMeetingLink(id, "https://evil.example")))
                .isInstanceOf(AuthorizationDeniedException.class);
        AccountSummary otherMentor = accounts.mentor();
        assertThatThrownBy(() -> as(otherMentor, () -> bookings.changeMeetingLink(id, "https://evil.example")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as(booked.pair().applicant(), () -> bookings.mockInterview(id)).meetingLink()).isEqualTo("https://zoom.us/j/987");
    }

    @Test
    void a_rescheduled_mock_keeps_its_link() {
        Booked booked = booked();
        as(booked.pair().mentor(), () -> bookings.changeMeetingLink(booked.mock().id(), "https://zoom.us/j/1"));
        LocalDate day = fixture.inDays(3, booked.pair().mentor());
        MockInterview moved = as(booked.pair().applicant(), () -> bookings.reschedule(booked.mock().id(),
                bookings.freeSlots(booked.pair().mentor().id(), MockFormat.RESIDENT, day, day.plusDays(1)).stream()
                        .filter(slot -> slot.start().isAfter(booked.mock().start())).findFirst().orElseThrow().start()));
        assertThat(moved.meetingLink()).isEqualTo("https://zoom.us/j/1");
    }

    @Test
    void an_applicants_feed_lists_their_real_interviews_with_the_platform_link_but_not_withdrawn_ones() throws Exception {
        AccountSummary applicant = fixture.applicantIn(MockFixture.KOLKATA);
        InterviewSummary zoom = as(applicant, () -> interviews.schedule(new InterviewPlan(
                dossiers.create(SeasonFixtures.dossier("Mayo Clinic")).id(), java.time.LocalDateTime.of(2027, 1, 12, 9, 0),
                "America/Chicago", "Zoom", "https://zoom.us/j/555", "", InterviewStatus.SCHEDULED)));
        InterviewSummary visit = as(applicant, () -> interviews.schedule(new InterviewPlan(
                dossiers.create(SeasonFixtures.dossier("Lakeshore")).id(), java.time.LocalDateTime.of(2027, 1, 14, 8, 0),
                "America/Chicago", "In person", null, "", InterviewStatus.INVITED)));
        InterviewSummary withdrawn = as(applicant, () -> interviews.schedule(new InterviewPlan(
                dossiers.create(SeasonFixtures.dossier("Withdrawn U")).id(), java.time.LocalDateTime.of(2027, 1, 15, 8, 0),
                "America/Chicago", "Zoom", null, "", InterviewStatus.WITHDRAWN)));
        String token = as(applicant, () -> calendars.newFeedToken());
        accounts.signOut();
        MockMvc http = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();

        ICalendar feed = Biweekly.parse(http.perform(get("/calendar/" + token + ".ics")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).first();

        assertThat(feed.getEvents()).extracting(event -> event.getUid().getValue())
                .containsExactly("interview-" + zoom.id() + "@matchprep", "interview-" + visit.id() + "@matchprep")
                .doesNotContain("interview-" + withdrawn.id() + "@matchprep");
        VEvent first = feed.getEvents().getFirst();
        assertThat(first.getSummary().getValue()).isEqualTo("Interview: Mayo Clinic");
        assertThat(first.getLocation().getValue()).isEqualTo("https://zoom.us/j/555");
        assertThat(first.getUrl().getValue()).isEqualTo("https://zoom.us/j/555");
        assertThat(first.getDateStart().getValue()).isEqualTo(Date.from(zoom.startsAt()));
        VEvent second = feed.getEvents().get(1);
        assertThat(second.getUrl()).isNull();
        assertThat(second.getLocation().getValue()).isEqualTo(visit.location());
        assertThat(second.getStatus().getValue()).isEqualTo("TENTATIVE");
        int sequenceBefore = first.getSequence().getValue();

        as(applicant, () -> interviews.update(zoom.id(), zoom.version(), new InterviewPlan(zoom.dossierId(),
                java.time.LocalDateTime.of(2027, 1, 12, 10, 0), "America/Chicago", "Zoom", "https://zoom.us/j/556", "",
                InterviewStatus.SCHEDULED)));
        accounts.signOut();
        VEvent moved = Biweekly.parse(http.perform(get("/calendar/" + token + ".ics")).andReturn().getResponse()
                .getContentAsString()).first().getEvents().getFirst();
        assertThat(moved.getUid().getValue()).isEqualTo("interview-" + zoom.id() + "@matchprep");
        assertThat(moved.getSequence().getValue()).isGreaterThan(sequenceBefore);
        assertThat(moved.getUrl().getValue()).isEqualTo("https://zoom.us/j/556");
    }

    @Test
    void a_new_feed_address_replaces_the_old_one_and_only_its_hash_is_stored() throws Exception {
        AccountSummary applicant = fixture.applicantIn(MockFixture.KOLKATA);
        String first = as(applicant, () -> calendars.newFeedToken());
        String second = as(applicant, () -> calendars.newFeedToken());
        accounts.signOut();
        MockMvc http = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();

        http.perform(get("/calendar/" + first + ".ics")).andExpect(status().isNotFound());
        http.perform(get("/calendar/" + second + ".ics")).andExpect(status().isOk());
        List<String> stored = jdbc.sql("select token_hash from mock_calendar_feed where account_id = ?")
                .param(applicant.id()).query(String.class).list();
        assertThat(stored).containsExactly(CalendarService.hash(second)).doesNotContain(second);
    }
}
