package org.matchprep.review;

/**
 * A mentor's first comment on a passage: the passage {@code [start, end)} of part {@code partKey} in the
 * revision they were reading, and its exact text, so the server can tell when the text moved underneath.
 */
public record NewThread(long answerId, long revisionId, String partKey, int start, int end, String quote, String body) {
}
