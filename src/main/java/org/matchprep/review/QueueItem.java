package org.matchprep.review;

import java.time.Instant;

/** An item in a mentor's review queue: an answer, a program dossier... */
public record QueueItem(SubjectRef subject, String noun, long applicantId, String applicantName, String title,
                        String category, ReviewStatus status, String note, Instant requestedAt, Instant updatedAt,
                        int openThreads, boolean changedSinceReview) {
}
