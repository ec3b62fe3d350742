package org.matchprep.season;

import java.time.Instant;
import java.time.ZoneId;

/**
 * A real interview as a calendar shows it. {@code version} rises with every change of the interview, so it
 * serves as the event's SEQUENCE; the UID stays {@code interview-<id>@matchprep} for the interview's life.
 */
public record InterviewEvent(long id, String programName, String location, Instant startsAt, ZoneId programZone,
                             String platform, String link, InterviewStatus status, long version) {

    public String calendarUid() {
        return "interview-" + id + "@matchprep";
    }

    public boolean inPerson() {
        return InterviewFormat.of(platform) == InterviewFormat.IN_PERSON;
    }
}
