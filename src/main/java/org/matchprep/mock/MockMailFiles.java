package org.matchprep.mock;

import java.time.Clock;
import java.util.List;

import org.matchprep.mail.MailAttachment;
import org.springframework.stereotype.Component;

/**
 * The calendar file a mock's mail carries: the invitation while booked (a move raises its SEQUENCE), the
 * cancellation once cancelled, so the person's calendar follows from the mail alone.
 */
@Component
class MockMailFiles {

    private final People people;
    private final Clock clock;

    MockMailFiles(People people, Clock clock) {
        this.people = people;
        this.clock = clock;
    }

    List<MailAttachment> invitation(MockInterview mock) {
        String ics = MockCalendar.invitation(mock, people.get(mock.applicantId()).email(), people.get(mock.mentorId()).email(),
                clock.instant());
        return List.of(new MailAttachment("mock-interview-" + mock.id() + ".ics", "text/calendar; charset=utf-8; method="
                + (mock.booked() ? "REQUEST" : "CANCEL"), ics.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
