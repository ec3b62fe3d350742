package org.matchprep.season;

/** A question an applicant writes to ask programs themselves, and whom it is for; checked by the service. */
public record OwnQuestion(Audience audience, String text) {
}
