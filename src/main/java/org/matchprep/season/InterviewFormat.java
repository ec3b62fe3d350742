package org.matchprep.season;

import java.util.Locale;
import java.util.Set;

/** Whether an interview takes place on a video platform or in person; it chooses the checklist's set-up. */
public enum InterviewFormat {
    VIRTUAL,
    IN_PERSON;

    /** The tracker's platform names it; "In person" is one of the platforms offered. */
    public static final String IN_PERSON_PLATFORM = "In person";

    private static final Set<String> IN_PERSON_NAMES = Set.of("inperson", "onsite");

    /** Any other platform (Zoom, Thalamus, Teams, one the applicant typed, or none yet) counts as virtual. */
    public static InterviewFormat of(String platform) {
        String letters = platform == null ? "" : platform.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        return IN_PERSON_NAMES.contains(letters) ? IN_PERSON : VIRTUAL;
    }
}
