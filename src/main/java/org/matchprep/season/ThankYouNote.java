package org.matchprep.season;

import java.time.Instant;
import java.time.LocalDate;

/** One person met at an interview and the note for them; {@code sentOn} is null until the applicant marks it sent. */
public record ThankYouNote(long id, long interviewId, String name, String role, String specificThing, String note,
                           LocalDate sentOn, Instant updatedAt, long version) {

    public boolean sent() {
        return sentOn != null;
    }

    public PersonNote toPersonNote() {
        return new PersonNote(name, role, specificThing, note);
    }

    /** "Dr. Amara Okafor (Program director)", or the name alone. */
    public String nameAndRole() {
        return role.isEmpty() ? name : name + " (" + role + ")";
    }
}
