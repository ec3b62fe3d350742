package org.matchprep.mock;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.matchprep.account.CurrentUser;
import org.matchprep.account.Roles;
import org.matchprep.base.FieldError;
import org.matchprep.mock.domain.Booking;
import org.matchprep.mock.domain.BookingRepository;
import org.matchprep.mock.domain.ScorecardRecord;
import org.matchprep.mock.domain.ScorecardRepository;
import org.matchprep.notification.NewNotification;
import org.matchprep.notification.NotificationKind;
import org.matchprep.notification.Notifier;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Scorecards: the mentor scores a mock after it ends; its applicant and mentor read it; the applicant sees a trend. */
@Service
@PreAuthorize(BookingService.IS_APPLICANT_OR_MENTOR)
public class ScorecardService {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d", Locale.US);

    private final ScorecardRepository scorecards;
    private final BookingRepository bookings;
    private final People people;
    private final Notifier notifier;
    private final MockRecordings recordings;
    private final CurrentUser currentUser;
    private final Clock clock;

    ScorecardService(ScorecardRepository scorecards, BookingRepository bookings, People people, Notifier notifier,
                     MockRecordings recordings, CurrentUser currentUser, Clock clock) {
        this.scorecards = scorecards;
        this.bookings = bookings;
        this.people = people;
        this.notifier = notifier;
        this.recordings = recordings;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Saves (or corrects) my scorecard of a mock I ran, once it has ended; the applicant is told. A recording
     * attached must be one the applicant made on this mock and still shares with me.
     */
    @Transactional
    @PreAuthorize(Roles.IS_MENTOR)
    public Scorecard score(long bookingId, Scorecard form) {
        Booking booking = involving(bookingId);
        if (booking.getMentorId() != currentUser.id()) {
            throw new AccessDeniedException("Not your mock interview");
        }
        if (!booking.isBooked() || !booking.hasEnded(clock.instant())) {
            throw new BookingException("You can score a mock once it has taken place.");
        }
        if (form.recordingId() != null && recordings.readableOf(bookingId).stream()
                .noneMatch(recording -> recording.id() == form.recordingId())) {
            throw new BookingException(List.of(new FieldError("recordingId",
                    "Attach a recording made on this mock that the applicant shares with you.")));
        }
        ScorecardRecord record = scorecards.findById(bookingId).orElseGet(() -> new ScorecardRecord(bookingId));
        record.fill(form, clock.instant());
        ScorecardRecord saved = scorecards.saveAndFlush(record);
        MockInterview mock = people.interview(booking);
        notifier.send(new NewNotification(booking.getApplicantId(), NotificationKind.SCORECARD_READY,
                "mock:" + bookingId + ":scorecard", mock.mentorName() + " scored your "
                + mock.format().label().toLowerCase(Locale.US) + " mock of "
                + DAY.format(booking.getStartsAt().atZone(mock.applicantZone())) + ".", "mock-interviews"));
        return saved.toScorecard(booking.getStartsAt());
    }

    /** The scorecard of a mock I took part in, if the mentor has scored it. */
    @Transactional(readOnly = true)
    public Optional<Scorecard> scorecard(long bookingId) {
        Booking booking = involving(bookingId);
        return scorecards.findById(bookingId).map(record -> record.toScorecard(booking.getStartsAt()));
    }

    /**
     * The scorecards of every mock I took part in, by mock id: a list of mocks reads them all at once
     * instead of asking {@link #scorecard} once per mock.
     */
    @Transactional(readOnly = true)
    public Map<Long, Scorecard> scorecardsOfMyMocks() {
        List<ScorecardRecord> mine = scorecards.involving(currentUser.id());
        Map<Long, Booking> byId = bookingsOf(mine);
        return mine.stream().collect(Collectors.toMap(ScorecardRecord::getBookingId,
                record -> record.toScorecard(byId.get(record.getBookingId()).getStartsAt())));
    }

    /** The recordings made on a mock I took part in that I may listen to (to attach, or to read one attached). */
    @Transactional(readOnly = true)
    public List<MockRecordings.MockRecording> recordingsOf(long bookingId) {
        involving(bookingId);
        return recordings.readableOf(bookingId);
    }

    /** All my scorecards, oldest mock first: the trend across mocks. */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.IS_APPLICANT)
    public List<Scorecard> myScorecards() {
        List<ScorecardRecord> mine = scorecards.ofApplicant(currentUser.id());
        Map<Long, Booking> byId = bookingsOf(mine);
        return mine.stream().map(record -> record.toScorecard(byId.get(record.getBookingId()).getStartsAt())).toList();
    }

    private Map<Long, Booking> bookingsOf(List<ScorecardRecord> records) {
        if (records.isEmpty()) {
            return Map.of();
        }
        return bookings.findAllById(records.stream().map(ScorecardRecord::getBookingId).toList())
                .stream().collect(Collectors.toMap(Booking::getId, Function.identity()));
    }

    private Booking involving(long bookingId) {
        return bookings.findById(bookingId).filter(booking -> booking.involves(currentUser.id()))
                .orElseThrow(() -> new AccessDeniedException("Not your mock interview"));
    }
}
