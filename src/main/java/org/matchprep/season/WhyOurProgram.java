package org.matchprep.season;

/**
 * The applicant's "Why our program?" answer from the answers workspace: the question to open it by,
 * and its text (empty while not written). {@code questionId} is null when the bank has no such question.
 */
public record WhyOurProgram(Long questionId, String text) {

    public static final WhyOurProgram NONE = new WhyOurProgram(null, "");

    public boolean written() {
        return !text.isBlank();
    }
}
