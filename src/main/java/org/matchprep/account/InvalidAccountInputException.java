package org.matchprep.account;

import java.util.List;

import org.matchprep.base.FieldError;
import org.matchprep.base.InvalidInputException;

/**
 * Input that breaks an account rule, with one message per offending field, named as the component of the
 * request record ({@code "email"}, {@code "newPasswordRepeat"}), so forms can show them in place.
 */
public class InvalidAccountInputException extends InvalidInputException {

    public InvalidAccountInputException(List<FieldError> errors) {
        super(errors);
    }
}
