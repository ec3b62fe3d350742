package org.matchprep.mock.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.matchprep.base.InvalidInputException;
import org.matchprep.base.TextRules;
import org.matchprep.base.WebLinks;
import org.matchprep.mock.BookingException;
import org.matchprep.mock.BookingStatus;
import org.matchprep.mock.MockFormat;
import org.matchprep.mock.MockInterview;

/**
 * A mock interview an applicant booked with a mentor, in UTC instants. The database keeps two active
 * bookings of one mentor (or one applicant) from overlapping; see V20__create_mock_interviews.sql.
 */
@Entity
@Table(name = "mock_booking")
public class Booking {

    public static final int REASON_MAX_LENGTH = MockInterview.REASON_MAX_LENGTH;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "mentor_id", nullable = false)
    private long mentorId;

    @Column(name = "applicant_id", nullable = false)
    private long applicantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private MockFormat format;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(name = "blocked_until", nullable = false)
    private Instant blockedUntil;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private BookingStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "cancelled_by")
    private Long cancelledBy;

    @Column(name = "cancel_reason", length = REASON_MAX_LENGTH)
    private String cancelReason;

    @Column(name = "rescheduled_to")
    private Long rescheduledTo;

    @Column(nullable = false)
    private int sequence;

    /** The UID of this mock's calendar event; kept by the booking that replaces it on a reschedule. */
    @Column(name = "calendar_uid", length = 100, updatable = false)
    private String calendarUid;

    @Column(name = "meeting_link", length = WebLinks.MAX_LENGTH)
    private String meetingLink;

    @Version
    private long version;

    protected Booking() {
    }

    public Booking(long mentorId, long applicantId, MockFormat format, TimeRange slot, Duration buffer, Instant now) {
        this.mentorId = mentorId;
        this.applicantId = applicantId;
        this.format = format;
        this.startsAt = slot.start();
        this.endsAt = slot.end();
        this.blockedUntil = slot.end().plus(buffer);
        this.status = BookingStatus.BOOKED;
        this.createdAt = now;
    }

    /**
     * The booking that replaces {@code moved} at another time: the same calendar event (its UID) at the
     * sequence the move raised it to, so calendars update the event rather than replace it.
     */
    public Booking(Booking moved, TimeRange slot, Duration buffer, Instant now) {
        this(moved.mentorId, moved.applicantId, moved.format, slot, buffer, now);
        this.calendarUid = moved.calendarUid();
        this.sequence = moved.sequence;
        this.meetingLink = moved.meetingLink;
    }

    /** Where the mock meets; a new booking starts with the mentor's default link. Null: not said yet. */
    public void meetAt(String link) {
        InvalidInputException.Collector problems = InvalidInputException.collector();
        String checked = WebLinks.check(problems, "meetingLink", "The meeting link", link);
        problems.throwIfAny(BookingException::new);
        this.meetingLink = checked;
    }

    /**
     * The mentor changes where this booked mock meets; the SEQUENCE is raised so both calendars update
     * the event. Setting the same link again changes nothing.
     */
    public void changeMeetingLink(long by, String link) {
        if (by != mentorId) {
            throw new IllegalArgumentException("Only the mentor changes a booking's meeting link");
        }
        requireBooked();
        String before = meetingLink;
        meetAt(link);
        if (!Objects.equals(before, meetingLink)) {
            sequence++;
        }
    }

    /** Cancels by the applicant (before the cut-off) or the mentor (any time, with a reason). */
    public void cancel(long by, String reason, Instant now, Duration applicantCutoff) {
        requireBooked();
        if (by == applicantId) {
            if (!now.isBefore(startsAt.minus(applicantCutoff))) {
                throw new BookingException("It is too late to cancel online: less than " + applicantCutoff.toHours()
                        + " hours to go. Please contact your mentor.");
            }
        } else if (by == mentorId) {
            if (reason == null || reason.isBlank()) {
                throw new BookingException("Give the applicant a reason for cancelling.");
            }
        } else {
            throw new IllegalArgumentException("Only the applicant or the mentor cancels a booking");
        }
        if (reason != null && reason.strip().length() > REASON_MAX_LENGTH) {
            throw new BookingException("Keep the reason under " + REASON_MAX_LENGTH + " characters.");
        }
        TextRules.checkControlCharacters("The reason", reason).ifPresent(message -> {
            throw new BookingException(message);
        });
        status = BookingStatus.CANCELLED;
        cancelledAt = now;
        cancelledBy = by;
        cancelReason = reason == null || reason.isBlank() ? null : reason.strip();
        sequence++;
    }

    /** Frees this booking's time for the one that replaces it (same transaction). */
    public void moveAway(long by, Instant now, Duration applicantCutoff) {
        requireBooked();
        if (by == applicantId && !now.isBefore(startsAt.minus(applicantCutoff))) {
            throw new BookingException("It is too late to reschedule online: less than " + applicantCutoff.toHours()
                    + " hours to go. Please contact your mentor.");
        }
        status = BookingStatus.RESCHEDULED;
        cancelledAt = now;
        cancelledBy = by;
        sequence++;
    }

    /**
     * The UID of this mock's calendar event: inherited across reschedules, else {@code mock-<id>@matchprep}
     * (which the database also stores for a new booking; see V42__keep_calendar_uid_across_reschedules.sql).
     */
    public String calendarUid() {
        return calendarUid != null ? calendarUid : "mock-" + id + "@matchprep";
    }

    public void replacedBy(long newBookingId) {
        rescheduledTo = newBookingId;
    }

    public boolean involves(long accountId) {
        return applicantId == accountId || mentorId == accountId;
    }

    public boolean isBooked() {
        return status == BookingStatus.BOOKED;
    }

    public boolean hasEnded(Instant now) {
        return !endsAt.isAfter(now);
    }

    private void requireBooked() {
        if (status != BookingStatus.BOOKED) {
            throw new BookingException("This mock interview is no longer booked.");
        }
    }

    public TimeRange range() {
        return new TimeRange(startsAt, endsAt);
    }

    public TimeRange blockedRange() {
        return new TimeRange(startsAt, blockedUntil);
    }

    public Long getId() {
        return id;
    }

    public long getMentorId() {
        return mentorId;
    }

    public long getApplicantId() {
        return applicantId;
    }

    public MockFormat getFormat() {
        return format;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public BookingStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    public Long getCancelledBy() {
        return cancelledBy;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public Long getRescheduledTo() {
        return rescheduledTo;
    }

    public String getMeetingLink() {
        return meetingLink;
    }

    public int getSequence() {
        return sequence;
    }
}
