package org.matchprep.season.domain;

/** How many thank-you notes of one interview are still to send. */
public record NotesDueCount(long interviewId, long count) {
}
