package org.matchprep.answers;

import java.time.Instant;

/** One entry of an answer's history. {@code restoredFrom} names the revision it restored, if any. */
public record RevisionSummary(long id, int number, Instant startedAt, Instant savedAt, int wordCount, Integer restoredFrom) {
}
