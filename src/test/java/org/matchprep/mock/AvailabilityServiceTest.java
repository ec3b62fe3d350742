package org.matchprep.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.matchprep.account.AccountSummary;
import org.matchprep.account.Role;
import org.matchprep.testing.IntegrationTest;
import org.matchprep.testing.Who;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;

class AvailabilityServiceTest extends IntegrationTest {

    static final WindowForm MONDAY_MORNING = WindowForm.weekly(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0),
            Set.of(MockFormat.FACULTY, MockFormat.STRESS));

    @Autowired
    AvailabilityService service;

    @Autowired
    MockFixture fixture;

    private AccountSummary chicagoMentor() {
        AccountSummary mentor = fixture.mentorIn(MockFixture.CHICAGO);
        accounts.signIn(mentor);
        return mentor;
    }

    /** Runs {@code action} as every kind of caller: only a mentor gets through. */
    private void onlyMentors(Who who, Consumer<AccountSummary> action) {
        AccountSummary me = who == Who.MENTOR ? chicagoMentor() : signedIn(who);
        if (who == Who.MENTOR) {
            action.accept(me);
        } else {
            assertThatThrownBy(() -> action.accept(me)).isInstanceOf(AuthorizationDeniedException.class);
        }
    }

    // --- who may call what -----------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(Who.class)
    void managing_windows_is_for_mentors_only(Who who) {
        onlyMentors(who, me -> {
            WindowSummary added = service.addWindow(MONDAY_MORNING);
            WindowSummary changed = service.updateWindow(added.id(), MONDAY_MORNING.withMinutes(25));
            assertThat(changed.minutes()).isEqualTo(25);
            assertThat(service.myWindows()).extracting(WindowSummary::id).containsExactly(added.id());
            service.deleteWindow(added.id());
            assertThat(service.myWindows()).isEmpty();
        });
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void managing_days_off_is_for_mentors_only(Who who) {
        onlyMentors(who, me -> {
            DayOffSummary off = service.addDayOff(LocalDate.of(2027, 1, 1));
            assertThat(service.myDaysOff()).containsExactly(off);
            service.removeDayOff(off.id());
            assertThat(service.myDaysOff()).isEmpty();
        });
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void changing_booking_rules_is_for_mentors_only(Who who) {
        onlyMentors(who, me -> {
            assertThat(service.myRules()).isEqualTo(new BookingRules(10, 12, 4, 12, null));
            service.updateRules(new BookingRules(15, 24, 8, 6, null));
            assertThat(service.myRules()).isEqualTo(new BookingRules(15, 24, 8, 6, null));
        });
    }

    @Test
    void a_mentor_cannot_change_or_delete_another_mentors_window_or_day_off() {
        AccountSummary owner = chicagoMentor();
        WindowSummary window = service.addWindow(MONDAY_MORNING);
        DayOffSummary off = service.addDayOff(LocalDate.of(2027, 1, 1));

        chicagoMentor();

        assertThatThrownBy(() -> service.updateWindow(window.id(), MONDAY_MORNING)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.deleteWindow(window.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.removeDayOff(off.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.deleteWindow(Long.MAX_VALUE)).isInstanceOf(AccessDeniedException.class)
                .hasMessage("Not your availability");
        assertThat(service.myWindows()).isEmpty();
        assertThat(as(owner, () -> service.myWindows())).hasSize(1);
    }

    @Test
    void a_mentor_made_applicant_can_no_longer_change_their_own_availability() {
        AccountSummary mentor = chicagoMentor();
        WindowSummary window = service.addWindow(MONDAY_MORNING);
        DayOffSummary off = service.addDayOff(LocalDate.of(2027, 1, 1));
        accounts.signIn(accounts.changeRole(mentor, Role.APPLICANT));

        assertThatThrownBy(() -> service.myWindows()).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> service.updateWindow(window.id(), MONDAY_MORNING.withMinutes(25)))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> service.deleteWindow(window.id())).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> service.removeDayOff(off.id())).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> service.myRules()).isInstanceOf(AuthorizationDeniedException.class);
    }

    // --- rules ----------------------------------------------------------------------------------

    @Test
    void a_window_is_kept_in_the_mentors_zone_unless_another_is_named() {
        chicagoMentor();

        assertThat(service.addWindow(MONDAY_MORNING).zone()).isEqualTo(MockFixture.CHICAGO);
        // 09:00 Berlin is 02:00 Chicago: no overlap
        assertThat(service.addWindow(MONDAY_MORNING.inZone("Europe/Berlin")).zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
    }

    @Test
    void every_problem_with_a_window_is_named_by_its_form_component() {
        chicagoMentor();

        AvailabilityException refused = catchThrowableOfType(AvailabilityException.class, () -> service.addWindow(
                new WindowForm(null, null, LocalTime.of(12, 0), LocalTime.of(9, 0), Set.of(), 200, null)));

        assertThat(refused.fields()).containsExactly("date", "end", "formats", "minutes");
        assertThat(refused.messageFor("end")).contains("A window must start before it ends, on the same day.");
        assertThat(service.myWindows()).isEmpty();
    }

    @Test
    void an_unknown_time_zone_is_refused_with_a_message() {
        chicagoMentor();

        assertThatThrownBy(() -> service.addWindow(MONDAY_MORNING.inZone("Mars/Olympus_Mons")))
                .isInstanceOf(AvailabilityException.class).hasMessageContaining("Unknown time zone");
        assertThat(service.myWindows()).isEmpty();
    }

    @Test
    void overlapping_windows_are_refused_with_a_message_also_across_zones() {
        chicagoMentor();
        service.addWindow(MONDAY_MORNING);

        assertThatThrownBy(() -> service.addWindow(WindowForm.weekly(DayOfWeek.MONDAY, LocalTime.of(11, 30),
                LocalTime.of(13, 0), Set.of(MockFormat.FACULTY))))
                .isInstanceOf(AvailabilityException.class).hasMessageContaining("overlaps your window on Mondays 09:00–12:00");
        // 17:00 Berlin is 10:00 Chicago
        assertThatThrownBy(() -> service.addWindow(WindowForm.weekly(DayOfWeek.MONDAY, LocalTime.of(17, 0),
                LocalTime.of(18, 0), Set.of(MockFormat.FACULTY)).inZone("Europe/Berlin")))
                .isInstanceOf(AvailabilityException.class).hasMessageContaining("overlaps");
        LocalDate aMonday = LocalDate.of(2027, 2, 1);
        assertThatThrownBy(() -> service.addWindow(WindowForm.once(aMonday, LocalTime.of(8, 0), LocalTime.of(9, 30),
                Set.of(MockFormat.STRESS)))).isInstanceOf(AvailabilityException.class).hasMessageContaining("overlaps");
        // back to back is fine
        service.addWindow(WindowForm.once(aMonday, LocalTime.of(12, 0), LocalTime.of(13, 0), Set.of(MockFormat.STRESS)));
        assertThat(service.myWindows()).hasSize(2);
    }

    @Test
    void bad_rules_and_shapes_are_refused_with_a_message() {
        chicagoMentor();

        assertThatThrownBy(() -> service.updateRules(new BookingRules(-1, 12, 4, 12, null)))
                .isInstanceOf(AvailabilityException.class).hasMessageContaining("buffer");
        assertThatThrownBy(() -> service.updateRules(new BookingRules(10, 12, 0, 12, null)))
                .isInstanceOf(AvailabilityException.class).hasMessageContaining("weeks ahead");
        assertThatThrownBy(() -> service.addWindow(new WindowForm(null, null, LocalTime.of(9, 0), LocalTime.of(10, 0),
                Set.of(MockFormat.FACULTY), null, null))).isInstanceOf(AvailabilityException.class)
                .hasMessageContaining("day of the week or a date");
        assertThatThrownBy(() -> service.addDayOff(null)).isInstanceOf(AvailabilityException.class);
        service.addDayOff(LocalDate.of(2027, 1, 1));
        assertThatThrownBy(() -> service.addDayOff(LocalDate.of(2027, 1, 1))).isInstanceOf(AvailabilityException.class)
                .hasMessageContaining("already");
        assertThat(service.myRules()).isEqualTo(new BookingRules(10, 12, 4, 12, null));
    }
}
