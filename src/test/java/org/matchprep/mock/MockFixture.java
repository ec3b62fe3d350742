package org.matchprep.mock;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;

import org.matchprep.account.AccountSummary;
import org.matchprep.account.Role;
import org.matchprep.account.domain.Account;
import org.matchprep.account.domain.AccountRepository;
import org.matchprep.feedback.domain.Pairing;
import org.matchprep.feedback.domain.PairingRepository;
import org.matchprep.mock.domain.AvailabilityWindow;
import org.matchprep.mock.domain.AvailabilityWindowRepository;
import org.matchprep.mock.domain.Booking;
import org.matchprep.mock.domain.BookingRepository;
import org.matchprep.mock.domain.TimeRange;
import org.matchprep.mock.domain.MockSettings;
import org.matchprep.mock.domain.MockSettingsRepository;
import org.matchprep.testing.Accounts;
import org.springframework.stereotype.Component;

/** Mentors and applicants in given zones, paired, with availability: each test gets its own. */
@Component
public class MockFixture {

    public static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    public static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final Accounts accounts;
    private final AccountRepository accountRepository;
    private final PairingRepository pairings;
    private final AvailabilityWindowRepository windows;
    private final MockSettingsRepository settings;
    private final BookingRepository bookings;
    private final Clock clock;

    MockFixture(Accounts accounts, AccountRepository accountRepository, PairingRepository pairings,
                AvailabilityWindowRepository windows, MockSettingsRepository settings, BookingRepository bookings,
                Clock clock) {
        this.bookings = bookings;
        this.accounts = accounts;
        this.accountRepository = accountRepository;
        this.pairings = pairings;
        this.windows = windows;
        this.settings = settings;
        this.clock = clock;
    }

    public AccountSummary mentorIn(ZoneId zone) {
        return in(accounts.create(Role.MENTOR), zone);
    }

    public AccountSummary applicantIn(ZoneId zone) {
        return in(accounts.create(Role.APPLICANT), zone);
    }

    public AccountSummary in(AccountSummary account, ZoneId zone) {
        Account entity = accountRepository.findById(account.id()).orElseThrow();
        entity.moveTo(zone);
        return accountRepository.saveAndFlush(entity).toSummary();
    }

    public void pair(AccountSummary applicant, AccountSummary mentor) {
        pairings.saveAndFlush(Pairing.byAdmin(applicant.id(), mentor.id(), Instant.now()));
    }

    /** A Chicago mentor paired with a Kolkata applicant. */
    public Pair pairedCouple() {
        AccountSummary mentor = mentorIn(CHICAGO);
        AccountSummary applicant = applicantIn(KOLKATA);
        pair(applicant, mentor);
        return new Pair(applicant, mentor);
    }

    public record Pair(AccountSummary applicant, AccountSummary mentor) {
    }

    /** The date, in the mentor's zone, a few days from now: well inside notice and horizon. */
    public LocalDate inDays(int days, AccountSummary mentor) {
        return LocalDate.now(clock.withZone(mentor.timeZone())).plusDays(days);
    }

    /** A one-off window offering every format from 09:00 to 12:00 mentor time. */
    public AvailabilityWindow morning(AccountSummary mentor, LocalDate date) {
        return windows.saveAndFlush(AvailabilityWindow.once(mentor.id(), date, LocalTime.of(9, 0), LocalTime.of(12, 0),
                mentor.timeZone(), EnumSet.allOf(MockFormat.class), null));
    }

    public AvailabilityWindow weekly(AccountSummary mentor, DayOfWeek day, LocalTime start, LocalTime end) {
        return windows.saveAndFlush(AvailabilityWindow.weekly(mentor.id(), day, start, end, mentor.timeZone(),
                EnumSet.allOf(MockFormat.class), null));
    }

    /** When 09:00 mentor time on that date is. */
    public Instant at(AccountSummary mentor, LocalDate date, int hour, int minute) {
        return date.atTime(hour, minute).atZone(mentor.timeZone()).toInstant();
    }

    /** A mock that took place {@code daysAgo} days ago at this hour (UTC), booked straight into the table. */
    public long pastMock(Pair pair, int daysAgo, MockFormat format) {
        Instant start = Instant.now().minus(java.time.Duration.ofDays(daysAgo)).truncatedTo(java.time.temporal.ChronoUnit.HOURS);
        Booking booking = new Booking(pair.mentor().id(), pair.applicant().id(), format,
                new TimeRange(start, start.plus(format.defaultLength())), java.time.Duration.ofMinutes(10), start.minusSeconds(86400));
        return bookings.saveAndFlush(booking).getId();
    }

    public void rules(AccountSummary mentor, int buffer, int notice, int horizonWeeks, int cutoff) {
        MockSettings mine = settings.of(mentor.id());
        mine.change(buffer, notice, horizonWeeks, cutoff, mine.getMeetingLink());
        settings.saveAndFlush(mine);
    }

    /** The mentor's default meeting link, kept with their other rules. */
    public void meetingLink(AccountSummary mentor, String link) {
        MockSettings mine = settings.of(mentor.id());
        mine.change(mine.getBufferMinutes(), mine.getNoticeHours(), mine.getHorizonWeeks(), mine.getCutoffHours(), link);
        settings.saveAndFlush(mine);
    }
}
