package org.matchprep.review;

import java.time.Instant;
import java.util.List;

import org.matchprep.answers.Category;

/** An answer of mine that at least one mentor can read, with who and how many open threads. */
public record SharedItem(long answerId, long questionId, String questionText, Category category, Instant updatedAt,
                         List<ShareTarget> sharedWith, int openThreads) {
}
