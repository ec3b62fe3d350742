package org.matchprep.review;

import java.time.Instant;

import org.matchprep.answers.Category;

/** An answer in a mentor's review queue. */
public record QueueItem(long answerId, long applicantId, String applicantName, String questionText, Category category,
                        ReviewStatus status, String note, Instant requestedAt, Instant updatedAt, int openThreads,
                        boolean changedSinceReview) {
}
