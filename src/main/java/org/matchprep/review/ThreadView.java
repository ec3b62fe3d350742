package org.matchprep.review;

import java.time.Instant;
import java.util.List;

/**
 * A comment thread as shown beside the current text. {@code start}/{@code end} place the passage in the
 * current text of part {@code partKey}; when the passage could not be found again they are -1 and the
 * thread is outdated, shown with its original quote.
 */
public record ThreadView(long id, long mentorId, String mentorName, String partKey, String quote, int start, int end,
                         boolean exact, boolean resolved, Instant createdAt, int createdOnRevision,
                         List<CommentView> comments) {

    public boolean outdated() {
        return start < 0;
    }

    public record CommentView(long id, long authorId, String authorName, String body, Instant createdAt,
                              Instant editedAt, boolean deleted, boolean mine) {
    }
}
