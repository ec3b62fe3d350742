package org.matchprep.mock.domain;

import java.time.Duration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.matchprep.base.InvalidInputException;
import org.matchprep.base.WebLinks;
import org.matchprep.mock.AvailabilityException;

/** A mentor's booking rules; a mentor without a row has the defaults. */
@Entity
@Table(name = "mock_settings")
public class MockSettings {

    public static final int DEFAULT_BUFFER_MINUTES = 10;
    public static final int DEFAULT_NOTICE_HOURS = 12;
    public static final int DEFAULT_HORIZON_WEEKS = 4;
    public static final int DEFAULT_CUTOFF_HOURS = 12;
    public static final int MAX_BUFFER_MINUTES = 120;
    public static final int MAX_HOURS = 336;
    public static final int MAX_HORIZON_WEEKS = 52;

    @Id
    @Column(name = "mentor_id")
    private Long mentorId;

    @Column(name = "buffer_minutes", nullable = false)
    private int bufferMinutes;

    @Column(name = "notice_hours", nullable = false)
    private int noticeHours;

    @Column(name = "horizon_weeks", nullable = false)
    private int horizonWeeks;

    @Column(name = "cutoff_hours", nullable = false)
    private int cutoffHours;

    @Column(name = "meeting_link", length = WebLinks.MAX_LENGTH)
    private String meetingLink;

    @Version
    private Long version;

    protected MockSettings() {
    }

    public static MockSettings defaults(long mentorId) {
        MockSettings settings = new MockSettings();
        settings.mentorId = mentorId;
        settings.change(DEFAULT_BUFFER_MINUTES, DEFAULT_NOTICE_HOURS, DEFAULT_HORIZON_WEEKS, DEFAULT_CUTOFF_HOURS, null);
        return settings;
    }

    /** Changes the rules; refuses values out of range, naming each {@link org.matchprep.mock.BookingRules} component. */
    public void change(int bufferMinutes, int noticeHours, int horizonWeeks, int cutoffHours, String meetingLink) {
        InvalidInputException.Collector problems = InvalidInputException.collector();
        if (bufferMinutes < 0 || bufferMinutes > MAX_BUFFER_MINUTES) {
            problems.add("bufferMinutes", "The buffer is between 0 and " + MAX_BUFFER_MINUTES + " minutes.");
        }
        String hoursRange = "Notice and cancellation cut-off are between 0 and " + MAX_HOURS + " hours.";
        if (noticeHours < 0 || noticeHours > MAX_HOURS) {
            problems.add("noticeHours", hoursRange);
        }
        if (horizonWeeks < 1 || horizonWeeks > MAX_HORIZON_WEEKS) {
            problems.add("horizonWeeks", "Applicants book between 1 and " + MAX_HORIZON_WEEKS + " weeks ahead.");
        }
        if (cutoffHours < 0 || cutoffHours > MAX_HOURS) {
            problems.add("cutoffHours", hoursRange);
        }
        String link = WebLinks.check(problems, "meetingLink", "The meeting link", meetingLink);
        problems.throwIfAny(AvailabilityException::new);
        this.meetingLink = link;
        this.bufferMinutes = bufferMinutes;
        this.noticeHours = noticeHours;
        this.horizonWeeks = horizonWeeks;
        this.cutoffHours = cutoffHours;
    }

    public long getMentorId() {
        return mentorId;
    }

    public Duration buffer() {
        return Duration.ofMinutes(bufferMinutes);
    }

    public Duration notice() {
        return Duration.ofHours(noticeHours);
    }

    public Duration horizon() {
        return Duration.ofDays(7L * horizonWeeks);
    }

    public Duration cancelCutoff() {
        return Duration.ofHours(cutoffHours);
    }

    /** The link each new booking starts with, or null. */
    public String getMeetingLink() {
        return meetingLink;
    }

    public int getBufferMinutes() {
        return bufferMinutes;
    }

    public int getNoticeHours() {
        return noticeHours;
    }

    public int getHorizonWeeks() {
        return horizonWeeks;
    }

    public int getCutoffHours() {
        return cutoffHours;
    }
}
