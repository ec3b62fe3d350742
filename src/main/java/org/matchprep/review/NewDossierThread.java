package org.matchprep.review;

/**
 * A mentor's first comment on a passage of a program dossier: the passage {@code [start, end)} of part
 * {@code partKey} in the dossier's current text, and its exact text, so the server can tell when the
 * dossier changed underneath.
 */
public record NewDossierThread(long dossierId, String partKey, int start, int end, String quote, String body) {
}
