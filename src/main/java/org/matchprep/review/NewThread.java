package org.matchprep.review;

/**
 * A mentor's first comment on a passage: the passage {@code [start, end)} of part {@code partKey} and its
 * exact text, so the server can tell when the text moved underneath. {@code revisionId} is the revision the
 * mentor was reading, for kinds that keep revisions; null otherwise (the current text is checked).
 */
public record NewThread(SubjectRef subject, Long revisionId, String partKey, int start, int end, String quote,
                        String body) {
}
