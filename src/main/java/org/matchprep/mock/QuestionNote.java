package org.matchprep.mock;

/** A note on one question practised in a mock; {@code questionId} links the applicant's question when known. */
public record QuestionNote(String questionTitle, Long questionId, String note) {

    public static final int TITLE_MAX_LENGTH = 300;
    public static final int NOTE_MAX_LENGTH = 2000;
}
