package org.matchprep.answers;

/** What an admin may know about the workspace: counts, never text. */
public record WorkspaceCounts(long bankQuestions, long answersWritten, long experiences) {
}
