package org.matchprep.review;

import java.time.Instant;
import java.util.List;

/**
 * Everything the review page shows of one shared item: its current text part by part, the threads the
 * viewer may see (each placed in the current text or marked outdated), and, for a mentor, their review
 * state. {@code revisionId}/{@code revisionNumber} are null for kinds without revisions.
 */
public record ReviewPage(SubjectRef subject, String noun, String applicantName, String title, String category,
                         String editLink, List<PartText> parts, Long revisionId, Integer revisionNumber,
                         Instant updatedAt, boolean viewerIsMentor, List<ThreadView> threads,
                         ReviewStatus reviewStatus, String reviewNote, Instant reviewedAt,
                         Integer reviewedRevisionNumber, boolean changedSinceReview) {

    public record PartText(String key, String label, String text) {
    }

    public long openThreads() {
        return threads.stream().filter(thread -> !thread.resolved()).count();
    }
}
