package org.matchprep.season;

import java.util.List;

/**
 * The people met at one interview with their notes, in the applicant's order. {@code notesToSend} counts
 * the notes not yet sent once the interview has taken place, and is 0 when the program asked for none
 * ({@code discouraged}) or the interview was {@code withdrawn}.
 */
public record ThankYouNotes(long interviewId, String programName, boolean tookPlace, boolean withdrawn, boolean discouraged,
                            List<ThankYouNote> people, int notesToSend) {

    public ThankYouNotes {
        people = List.copyOf(people);
    }
}
