package org.matchprep.answers;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The applicant's home figures: answered per category, total speaking time, latest edits. */
public record WorkspaceProgress(List<CategoryProgress> categories, Duration totalSpeakingTime, List<RecentEdit> recentEdits) {

    public record CategoryProgress(Category category, int answered, int total) {
    }

    public record RecentEdit(QuestionSummary question, Instant updatedAt, int wordCount) {
    }
}
