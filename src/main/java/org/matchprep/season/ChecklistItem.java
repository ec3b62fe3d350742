package org.matchprep.season;

/** One item of an interview's checklist. */
public record ChecklistItem(long id, ChecklistPhase phase, String text, boolean done) {
}
