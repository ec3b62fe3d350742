package org.matchprep.review;

import java.time.Instant;
import java.util.List;

import org.matchprep.answers.QuestionSummary;

/**
 * Everything the review view shows: the answer's current text part by part, the threads the viewer may
 * see (each placed in the current text or marked outdated), and, for a mentor, their review state.
 */
public record ReviewPage(long answerId, String applicantName, QuestionSummary question, List<PartText> parts,
                         long revisionId, int revisionNumber, Instant updatedAt, boolean viewerIsMentor,
                         List<ThreadView> threads, ReviewStatus reviewStatus, String reviewNote,
                         Integer reviewedRevisionNumber) {

    public record PartText(String key, String label, String text) {
    }

    /** True when the mentor reviewed an earlier revision than the one shown now. */
    public boolean changedSinceReview() {
        return reviewedRevisionNumber != null && reviewedRevisionNumber < revisionNumber;
    }

    public long openThreads() {
        return threads.stream().filter(thread -> !thread.resolved()).count();
    }
}
