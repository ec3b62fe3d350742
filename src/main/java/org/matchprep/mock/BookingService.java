package org.matchprep.mock;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.matchprep.account.AccountSummary;
import org.matchprep.account.CurrentUser;
import org.matchprep.account.Roles;
import org.matchprep.cluster.NodeEvents;
import org.matchprep.feedback.PairingService;
import org.matchprep.mock.domain.AvailabilityWindow;
import org.matchprep.mock.domain.AvailabilityWindowRepository;
import org.matchprep.mock.domain.Booking;
import org.matchprep.mock.domain.BookingRepository;
import org.matchprep.mock.domain.DayOff;
import org.matchprep.mock.domain.DayOffRepository;
import org.matchprep.mock.domain.MockSettings;
import org.matchprep.mock.domain.MockSettingsRepository;
import org.matchprep.mock.domain.TimeRange;
import org.matchprep.notification.NewNotification;
import org.matchprep.notification.NotificationKind;
import org.matchprep.notification.Notifier;
import org.springframework.dao.DataAccessException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Booking mock interviews: a paired applicant lists a mentor's free slots and books one; either side
 * cancels; the applicant reschedules in one move. PostgreSQL's exclusion constraints have the last word
 * on double booking; this service translates their refusal into a message.
 */
@Service
@PreAuthorize(Roles.IS_SIGNED_IN)
public class BookingService {

    static final String IS_APPLICANT_OR_MENTOR = "hasAnyRole('" + Roles.APPLICANT + "', '" + Roles.MENTOR + "')";
    private static final String EXCLUSION_VIOLATION = "23P01";
    private static final String DEADLOCK_DETECTED = "40P01";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, h:mm a z", Locale.US);

    private final BookingRepository bookings;
    private final AvailabilityWindowRepository windows;
    private final DayOffRepository daysOff;
    private final MockSettingsRepository settings;
    private final PairingService pairings;
    private final People people;
    private final Notifier notifier;
    private final MockMailFiles mailFiles;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final NodeEvents nodeEvents;

    BookingService(BookingRepository bookings, AvailabilityWindowRepository windows, DayOffRepository daysOff,
                   MockSettingsRepository settings, PairingService pairings, People people, Notifier notifier,
                   MockMailFiles mailFiles, CurrentUser currentUser, Clock clock, NodeEvents nodeEvents) {
        this.nodeEvents = nodeEvents;
        this.bookings = bookings;
        this.mailFiles = mailFiles;
        this.windows = windows;
        this.daysOff = daysOff;
        this.settings = settings;
        this.pairings = pairings;
        this.people = people;
        this.notifier = notifier;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * The slots of a format I may book with a mentor I am paired with, on the days {@code from} to
     * {@code to} as my own zone names them.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.IS_APPLICANT)
    public List<FreeSlot> freeSlots(long mentorId, MockFormat format, LocalDate from, LocalDate to) {
        long me = currentUser.id();
        requirePaired(me, mentorId);
        if (format == null || from == null || to == null || to.isBefore(from)) {
            throw new BookingException("Choose a format and a range of days.");
        }
        AccountSummary applicant = people.get(me);
        AccountSummary mentor = people.get(mentorId);
        MockSettings rules = settings.of(mentorId);
        Instant now = clock.instant();
        Instant earliest = max(now.plus(rules.notice()), from.atStartOfDay(applicant.timeZone()).toInstant());
        Instant latest = min(now.plus(rules.horizon()), to.plusDays(1).atStartOfDay(applicant.timeZone()).toInstant());
        if (!earliest.isBefore(latest)) {
            return List.of();
        }
        List<Booking> mentorBusy = bookings.activeOfMentorBetween(mentorId, earliest.minus(Duration.ofDays(1)), latest.plus(Duration.ofDays(1)));
        List<Booking> myBusy = bookings.activeOfApplicantBetween(me, earliest.minus(Duration.ofDays(1)), latest.plus(Duration.ofDays(1)));
        return slotsBetween(mentorId, format, rules.buffer(), earliest, latest)
                .filter(slot -> isFree(slot, rules.buffer(), mentorBusy, myBusy))
                .map(slot -> new FreeSlot(slot.start(), slot.end(), format, applicant.timeZone(), mentor.timeZone()))
                .toList();
    }

    /** Books the slot of this format starting at {@code start}; refuses anything not offered as free. */
    @Transactional
    @PreAuthorize(Roles.IS_APPLICANT)
    public MockInterview book(long mentorId, MockFormat format, Instant start) {
        long me = currentUser.id();
        requirePaired(me, mentorId);
        Booking booking = hold(me, mentorId, format, start, null);
        MockInterview booked = view(booking);
        notifier.send(new NewNotification(mentorId, NotificationKind.MOCK_BOOKED, "mock:" + booking.getId() + ":booked",
                booked.applicantName() + " booked a " + format.label().toLowerCase(Locale.US) + " mock on "
                        + WHEN.format(start.atZone(booked.mentorZone())) + ".", link(booking)), () -> mailFiles.invitation(booked));
        nodeEvents.publish(new MentorBookingsChanged(mentorId));
        return booked;
    }

    /**
     * Cancels a mock: its applicant until the mentor's cut-off before the start, its mentor any time and
     * with a reason (the applicant is told it).
     */
    @Transactional
    @PreAuthorize(IS_APPLICANT_OR_MENTOR)
    public MockInterview cancel(long bookingId, String reason) {
        long me = currentUser.id();
        Booking booking = involving(bookingId, me);
        booking.cancel(me, reason, clock.instant(), settings.of(booking.getMentorId()).cancelCutoff());
        bookings.saveAndFlush(booking);
        MockInterview cancelled = view(booking);
        boolean byApplicant = me == booking.getApplicantId();
        long other = byApplicant ? booking.getMentorId() : booking.getApplicantId();
        ZoneId otherZone = byApplicant ? cancelled.mentorZone() : cancelled.applicantZone();
        String who = byApplicant ? cancelled.applicantName() : cancelled.mentorName();
        notifier.send(new NewNotification(other, NotificationKind.MOCK_CANCELLED, "mock:" + bookingId + ":cancelled",
                who + " cancelled the mock on " + WHEN.format(booking.getStartsAt().atZone(otherZone))
                        + (booking.getCancelReason() == null ? "." : ": " + booking.getCancelReason()), link(booking)),
                () -> mailFiles.invitation(cancelled));
        nodeEvents.publish(new MentorBookingsChanged(booking.getMentorId()));
        return cancelled;
    }

    /**
     * Moves my booking to another free slot of the same mentor and format, atomically: the old time is
     * given up only when the new one is held; if the new one cannot be booked, the old stays booked.
     * The new booking is the same calendar event (same UID, SEQUENCE raised), so calendars move it.
     */
    @Transactional
    @PreAuthorize(Roles.IS_APPLICANT)
    public MockInterview reschedule(long bookingId, Instant newStart) {
        long me = currentUser.id();
        Booking old = involving(bookingId, me);
        requirePaired(me, old.getMentorId());
        MockSettings rules = settings.of(old.getMentorId());
        old.moveAway(me, clock.instant(), rules.cancelCutoff());
        bookings.saveAndFlush(old);
        Booking replacement = hold(me, old.getMentorId(), old.getFormat(), newStart, old);
        old.replacedBy(replacement.getId());
        bookings.saveAndFlush(old);
        MockInterview moved = view(replacement);
        notifier.send(new NewNotification(old.getMentorId(), NotificationKind.MOCK_RESCHEDULED,
                "mock:" + replacement.getId() + ":rescheduled",
                moved.applicantName() + " moved the mock from " + WHEN.format(old.getStartsAt().atZone(moved.mentorZone()))
                        + " to " + WHEN.format(newStart.atZone(moved.mentorZone())) + ".", link(replacement)),
                () -> mailFiles.invitation(moved));
        nodeEvents.publish(new MentorBookingsChanged(old.getMentorId()));
        return moved;
    }

    /**
     * Sets or changes where one of my booked mocks (as its mentor) meets; blank removes the link. The
     * applicant is told, and the calendar event's SEQUENCE is raised so both calendars follow.
     */
    @Transactional
    @PreAuthorize(Roles.IS_MENTOR)
    public MockInterview changeMeetingLink(long bookingId, String link) {
        long me = currentUser.id();
        Booking booking = bookings.findById(bookingId).filter(found -> found.getMentorId() == me)
                .orElseThrow(() -> new AccessDeniedException("Not your mock interview"));
        int sequence = booking.getSequence();
        booking.changeMeetingLink(me, link);
        bookings.saveAndFlush(booking);
        MockInterview changed = view(booking);
        if (booking.getSequence() != sequence) {
            notifier.send(new NewNotification(booking.getApplicantId(), NotificationKind.MOCK_RESCHEDULED,
                    "mock:" + bookingId + ":link-" + booking.getSequence(), changed.mentorName()
                            + (changed.meetingLink() == null ? " removed the meeting link of the mock on "
                            : " set the meeting link of the mock on ")
                            + WHEN.format(booking.getStartsAt().atZone(changed.applicantZone()))
                            + (changed.meetingLink() == null ? "." : ": " + changed.meetingLink()), link(booking)),
                    () -> mailFiles.invitation(changed));
        }
        return changed;
    }

    /** My mock interviews (as applicant or mentor), booked and past, cancelled and moved, by start. */
    @Transactional(readOnly = true)
    @PreAuthorize(IS_APPLICANT_OR_MENTOR)
    public List<MockInterview> myMockInterviews() {
        return views(bookings.involving(currentUser.id()));
    }

    /** One of my mock interviews. */
    @Transactional(readOnly = true)
    @PreAuthorize(IS_APPLICANT_OR_MENTOR)
    public MockInterview mockInterview(long bookingId) {
        return view(involving(bookingId, currentUser.id()));
    }

    /**
     * The calendar event of one of my mock interviews as it stands now: for a booking that was moved,
     * the booking it was moved to (and on, through later moves), as long as that one carries the same
     * calendar event; otherwise the booking itself.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(IS_APPLICANT_OR_MENTOR)
    public MockInterview calendarEvent(long bookingId) {
        long me = currentUser.id();
        Booking booking = involving(bookingId, me);
        for (int hops = 0; hops < 1000 && booking.getStatus() == BookingStatus.RESCHEDULED
                && booking.getRescheduledTo() != null; hops++) {
            Booking current = booking;
            Optional<Booking> next = bookings.findById(current.getRescheduledTo())
                    .filter(replacement -> replacement.involves(me))
                    .filter(replacement -> replacement.calendarUid().equals(current.calendarUid()));
            if (next.isEmpty()) {
                break;
            }
            booking = next.get();
        }
        return view(booking);
    }

    // --- holding a slot ---------------------------------------------------------------------------

    /** Holds a slot for a new booking, or for the one replacing {@code moved} (null for a new mock). */
    private Booking hold(long applicantId, long mentorId, MockFormat format, Instant start, Booking moved) {
        if (format == null || start == null) {
            throw new BookingException("Choose a format and a time.");
        }
        // one booking of this mentor at a time: the next one then sees this one committed and is refused at once
        bookings.lockCalendarOf(mentorId);
        MockSettings rules = settings.of(mentorId);
        Instant now = clock.instant();
        if (!start.isAfter(now)) {
            throw new BookingException("That time has passed. Pick a later slot.");
        }
        if (start.isBefore(now.plus(rules.notice()))) {
            throw new BookingException("Mock interviews with this mentor are booked at least "
                    + rules.notice().toHours() + " hours ahead. Pick a later slot.");
        }
        if (start.isAfter(now.plus(rules.horizon()))) {
            throw new BookingException("You can book up to " + rules.getHorizonWeeks() + " weeks ahead. Pick an earlier slot.");
        }
        TimeRange slot = offeredSlot(mentorId, format, start, rules.buffer()).orElseThrow(() -> new BookingException(
                "That time is not in your mentor's availability for this format. Pick one of the free slots."));
        Instant from = slot.start().minus(Duration.ofDays(1));
        Instant to = slot.end().plus(Duration.ofDays(1));
        if (!isFree(slot, rules.buffer(), bookings.activeOfMentorBetween(mentorId, from, to), List.of())) {
            throw new BookingException(BookingException.JUST_TAKEN);
        }
        if (!isFree(slot, Duration.ZERO, List.of(), bookings.activeOfApplicantBetween(applicantId, from, to))) {
            throw new BookingException(YOU_ARE_BUSY);
        }
        Booking booking = moved == null ? new Booking(mentorId, applicantId, format, slot, rules.buffer(), now)
                : new Booking(moved, slot, rules.buffer(), now);
        if (moved == null) {
            booking.meetAt(rules.getMeetingLink());
        }
        try {
            return bookings.saveAndFlush(booking);
        } catch (DataAccessException refused) {
            throw translated(refused);
        }
    }

    private static final String YOU_ARE_BUSY = "You already have a mock interview at that time. Pick another time.";

    /**
     * A concurrent booking got there first: PostgreSQL refused ours with an exclusion violation, or, when
     * several inserts waited on each other's exclusion checks, chose ours as the deadlock victim (a cycle
     * always leaves one of them to go on, so the time is taken by someone else either way).
     */
    private static RuntimeException translated(DataAccessException refused) {
        for (Throwable cause = refused; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && EXCLUSION_VIOLATION.equals(sql.getSQLState())) {
                String message = String.valueOf(sql.getMessage());
                return new BookingException(message.contains("mock_booking_applicant_free") ? YOU_ARE_BUSY
                        : BookingException.JUST_TAKEN);
            }
            if (cause instanceof SQLException sql && DEADLOCK_DETECTED.equals(sql.getSQLState())) {
                return new BookingException(BookingException.JUST_TAKEN);
            }
        }
        return refused;
    }

    private Optional<TimeRange> offeredSlot(long mentorId, MockFormat format, Instant start, Duration buffer) {
        Set<LocalDate> off = daysOffOf(mentorId);
        for (AvailabilityWindow window : windows.ofMentor(mentorId)) {
            LocalDate date = start.atZone(window.zoneId()).toLocalDate();
            if (off.contains(date)) {
                continue;
            }
            Optional<TimeRange> match = window.slotsOn(date, format, buffer).stream()
                    .filter(slot -> slot.start().equals(start)).findFirst();
            if (match.isPresent()) {
                return match;
            }
        }
        return Optional.empty();
    }

    private Stream<TimeRange> slotsBetween(long mentorId, MockFormat format, Duration buffer, Instant from, Instant to) {
        Set<LocalDate> off = daysOffOf(mentorId);
        List<TimeRange> slots = new ArrayList<>();
        for (AvailabilityWindow window : windows.ofMentor(mentorId)) {
            ZoneId zone = window.zoneId();
            for (LocalDate date = from.atZone(zone).toLocalDate(); !date.isAfter(to.atZone(zone).toLocalDate());
                 date = date.plusDays(1)) {
                if (!off.contains(date)) {
                    slots.addAll(window.slotsOn(date, format, buffer));
                }
            }
        }
        return slots.stream()
                .filter(slot -> !slot.start().isBefore(from) && slot.start().isBefore(to))
                .sorted(Comparator.comparing(TimeRange::start))
                .distinct();
    }

    private static boolean isFree(TimeRange slot, Duration buffer, List<Booking> mentorBusy, List<Booking> applicantBusy) {
        TimeRange withBuffer = new TimeRange(slot.start(), slot.end().plus(buffer));
        return mentorBusy.stream().noneMatch(booking -> booking.blockedRange().overlaps(withBuffer))
                && applicantBusy.stream().noneMatch(booking -> booking.range().overlaps(slot));
    }

    private Set<LocalDate> daysOffOf(long mentorId) {
        return daysOff.findByMentorIdOrderByDay(mentorId).stream().map(DayOff::getDay).collect(Collectors.toSet());
    }

    // --- access ----------------------------------------------------------------------------------

    private void requirePaired(long applicantId, long mentorId) {
        if (!pairings.isPaired(applicantId, mentorId)) {
            throw new AccessDeniedException("Not your mentor");
        }
    }

    private Booking involving(long bookingId, long me) {
        return bookings.findById(bookingId).filter(booking -> booking.involves(me))
                .orElseThrow(() -> new AccessDeniedException("Not your mock interview"));
    }

    // --- views -----------------------------------------------------------------------------------

    private MockInterview view(Booking booking) {
        return people.interview(booking);
    }

    private List<MockInterview> views(List<Booking> list) {
        return people.interviews(list);
    }

    /** Where a notification about a mock leads: the person's list of mock interviews. */
    private static String link(Booking booking) {
        return "mock-interviews";
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
