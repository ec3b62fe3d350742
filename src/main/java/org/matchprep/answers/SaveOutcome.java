package org.matchprep.answers;

import java.time.Instant;

/** A save that reached the database: the new version to send next time, and the revision it went into. */
public record SaveOutcome(long version, Instant savedAt, int revisionNumber) {
}
