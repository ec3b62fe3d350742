package org.matchprep.mock;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Attendee;
import biweekly.property.Method;
import biweekly.property.Organizer;
import biweekly.property.Status;

/**
 * Writes mock interviews as iCalendar (RFC 5545/5546) with biweekly. One event per mock with the stable
 * UID {@code mock-<id>@matchprep} of its first booking, kept when the mock is rescheduled (the new
 * booking inherits it); its SEQUENCE is raised on every change, so a calendar updates the event it
 * already has. A moved-away booking is left out of feeds. Times are written in UTC.
 */
final class MockCalendar {

    static final String PRODUCT_ID = "-//MatchPrep//Mock interviews//EN";

    private MockCalendar() {
    }

    /** The invitation for one booking: METHOD:REQUEST while booked, METHOD:CANCEL once cancelled (or moved, for old rows). */
    static String invitation(MockInterview mock, String applicantEmail, String mentorEmail, Instant now) {
        ICalendar calendar = calendar(mock.booked() ? Method.request() : Method.cancel());
        calendar.addEvent(event(mock, applicantEmail, mentorEmail, now));
        return Biweekly.write(calendar).go();
    }

    /** A feed of booked mocks (METHOD:PUBLISH), for a calendar app to subscribe to. */
    static String feed(String name, List<MockInterview> mocks, Instant now) {
        ICalendar calendar = calendar(Method.publish());
        calendar.setName(name);
        mocks.stream().filter(MockInterview::booked).forEach(mock -> calendar.addEvent(event(mock, null, null, now)));
        return Biweekly.write(calendar).go();
    }

    private static ICalendar calendar(Method method) {
        ICalendar calendar = new ICalendar();
        calendar.setProductId(PRODUCT_ID);
        calendar.setMethod(method);
        return calendar;
    }

    private static VEvent event(MockInterview mock, String applicantEmail, String mentorEmail, Instant now) {
        VEvent event = new VEvent();
        event.setUid(mock.calendarUid());
        event.setSequence(mock.sequence());
        event.setDateTimeStamp(Date.from(now));
        event.setDateStart(Date.from(mock.start()), true);
        event.setDateEnd(Date.from(mock.end()), true);
        event.setSummary(mock.format().label() + " mock interview: " + mock.applicantName() + " with " + mock.mentorName());
        event.setDescription("A " + mock.format().label().toLowerCase(Locale.US) + " mock interview booked in MatchPrep.");
        event.setStatus(mock.booked() ? Status.confirmed() : Status.cancelled());
        if (mentorEmail != null) {
            event.setOrganizer(new Organizer(mock.mentorName(), mentorEmail));
        }
        if (applicantEmail != null) {
            event.addAttendee(new Attendee(mock.applicantName(), applicantEmail));
        }
        return event;
    }
}
