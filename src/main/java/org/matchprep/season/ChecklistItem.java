package org.matchprep.season;

/** One item of an interview's checklist; {@code own} when the applicant added it (and may delete it). */
public record ChecklistItem(long id, ChecklistPhase phase, String text, boolean done, boolean own) {

    public static final int TEXT_MAX_LENGTH = 300;
}
