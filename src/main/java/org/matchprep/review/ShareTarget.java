package org.matchprep.review;

import java.time.Instant;

/** One of my mentors, and whether (and how) an item is shared with them. */
public record ShareTarget(long mentorId, String mentorName, boolean shared, ReviewStatus status, String note,
                          Instant requestedAt) {
}
