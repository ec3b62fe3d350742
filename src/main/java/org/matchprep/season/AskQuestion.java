package org.matchprep.season;

/** A question the applicant may ask on an interview day; {@code own} when they wrote it themselves. */
public record AskQuestion(long id, Audience audience, String text, boolean own) {
}
