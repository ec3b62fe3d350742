package org.matchprep.answers;

import java.util.List;

import org.matchprep.base.FieldError;
import org.matchprep.base.InvalidInputException;

/**
 * Input the workspace refuses (over a limit, unknown part, blank title); nothing was saved. Each error names
 * the component of the request it is about ({@code "title"}, {@code "parts[situation]"}), or none when it
 * concerns the request as a whole.
 */
public class InvalidAnswerException extends InvalidInputException {

    public InvalidAnswerException(String message) {
        super(message);
    }

    public InvalidAnswerException(List<FieldError> errors) {
        super(errors);
    }

    public static InvalidAnswerException of(String field, String message) {
        return new InvalidAnswerException(List.of(FieldError.of(field, message)));
    }
}
