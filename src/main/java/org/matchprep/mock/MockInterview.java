package org.matchprep.mock;

import java.time.Instant;
import java.time.ZoneId;

/** A booked (or formerly booked) mock interview, with both people's names and zones, and where it meets (a link, or null). */
public record MockInterview(long id, long applicantId, String applicantName, ZoneId applicantZone,
                            long mentorId, String mentorName, ZoneId mentorZone, MockFormat format,
                            Instant start, Instant end, BookingStatus status, String cancelReason, int sequence,
                            String calendarUid, String meetingLink) {

    public static final int REASON_MAX_LENGTH = 500;

    public boolean booked() {
        return status == BookingStatus.BOOKED;
    }
}
