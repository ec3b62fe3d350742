package org.matchprep.answers;

/** Input the workspace refuses (over a limit, unknown part, blank title); nothing was saved. */
public class InvalidAnswerException extends RuntimeException {

    public InvalidAnswerException(String message) {
        super(message);
    }
}
