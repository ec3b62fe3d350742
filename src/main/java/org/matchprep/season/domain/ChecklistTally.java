package org.matchprep.season.domain;

/** How many checklist items of one interview there are, and how many are ticked. */
public record ChecklistTally(long interviewId, long done, long total) {
}
