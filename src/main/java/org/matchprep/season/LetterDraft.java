package org.matchprep.season;

/** A letter as the applicant writes it: its kind and its text. */
public record LetterDraft(LetterKind kind, String body) {
}
