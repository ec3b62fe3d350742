package org.matchprep.review;

import java.time.Instant;
import java.util.List;

/** An item of mine (an answer, a dossier...) that at least one active mentor can read, with who and how many open threads. */
public record SharedItem(SubjectRef subject, String noun, String title, String category, Instant updatedAt,
                         List<ShareTarget> sharedWith, int openThreads) {
}
