package org.matchprep.mock;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
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
import org.matchprep.season.InterviewEvent;
import org.matchprep.season.InterviewStatus;

/**
 * Writes mock interviews as iCalendar (RFC 5545/5546) with biweekly. One event per mock with the stable
 * UID {@code mock-<id>@matchprep} of its first booking, kept when the mock is rescheduled (the new
 * booking inherits it); its SEQUENCE is raised on every change, so a calendar updates the event it
 * already has. A moved-away booking is left out of feeds. Times are written in UTC. A mock with a
 * meeting link has it as LOCATION and URL. Feeds also carry real interviews (UID {@code interview-<id>@matchprep}).
 */
final class MockCalendar {

    static final String PRODUCT_ID = "-//MatchPrep//Mock interviews//EN";
    private static final DateTimeFormatter PROGRAM_TIME = DateTimeFormatter.ofPattern("EEE d MMM yyyy, h:mm a", Locale.US);

    private MockCalendar() {
    }

    /** The invitation for one booking: METHOD:REQUEST while booked, METHOD:CANCEL once cancelled (or moved, for old rows). */
    static String invitation(MockInterview mock, String applicantEmail, String mentorEmail, Instant now) {
        ICalendar calendar = calendar(mock.booked() ? Method.request() : Method.cancel());
        calendar.addEvent(event(mock, applicantEmail, mentorEmail, now));
        return Biweekly.write(calendar).go();
    }

    /**
     * A feed (METHOD:PUBLISH) of booked mocks and of real interviews from the tracker, for a calendar app
     * to subscribe to.
     */
    static String feed(String name, List<MockInterview> mocks, List<InterviewEvent> interviews, Instant now) {
        ICalendar calendar = calendar(Method.publish());
        calendar.setName(name);
        mocks.stream().filter(MockInterview::booked).forEach(mock -> calendar.addEvent(event(mock, null, null, now)));
        interviews.forEach(interview -> calendar.addEvent(event(interview, now)));
        return Biweekly.write(calendar).go();
    }

    /**
     * A real interview: its length is not known, so the event has a start only (RFC 5545 reads that as
     * ending when it starts) rather than a made-up end. It meets at its platform link; in person, at the
     * program's place.
     */
    private static VEvent event(InterviewEvent interview, Instant now) {
        VEvent event = new VEvent();
        event.setUid(interview.calendarUid());
        event.setSequence((int) Math.min(Integer.MAX_VALUE, interview.version()));
        event.setDateTimeStamp(Date.from(now));
        event.setDateStart(Date.from(interview.startsAt()), true);
        event.setSummary("Interview: " + interview.programName());
        String platform = interview.platform().isBlank() ? "" : " on " + interview.platform();
        event.setDescription("Your " + interview.status().label().toLowerCase(Locale.US) + " interview with "
                + interview.programName() + platform + ", " + PROGRAM_TIME.format(interview.startsAt()
                .atZone(interview.programZone())) + " in the program's time (" + interview.programZone().getId() + ").");
        event.setStatus(interview.status() == InterviewStatus.INVITED ? Status.tentative() : Status.confirmed());
        if (interview.link() != null) {
            event.setLocation(interview.link());
            event.setUrl(interview.link());
        } else if (interview.inPerson() && !interview.location().isBlank()) {
            event.setLocation(interview.location());
        } else if (!interview.platform().isBlank()) {
            event.setLocation(interview.platform());
        }
        return event;
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
        if (mock.meetingLink() != null) {
            event.setLocation(mock.meetingLink());
            event.setUrl(mock.meetingLink());
        }
        if (mentorEmail != null) {
            event.setOrganizer(new Organizer(mock.mentorName(), mentorEmail));
        }
        if (applicantEmail != null) {
            event.addAttendee(new Attendee(mock.applicantName(), applicantEmail));
        }
        return event;
    }
}
