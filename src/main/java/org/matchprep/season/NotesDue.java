package org.matchprep.season;

/** Thank-you notes still to send for one interview, for the tracker. */
public record NotesDue(long interviewId, String programName, int count) {
}
