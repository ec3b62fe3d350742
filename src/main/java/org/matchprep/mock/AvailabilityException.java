package org.matchprep.mock;

import java.util.List;

import org.matchprep.base.FieldError;
import org.matchprep.base.InvalidInputException;

/**
 * Availability a mentor cannot save as given; the messages are shown as they are. Each names the component
 * of the request it is about ({@code "end"}, {@code "bufferMinutes"}), or none when it concerns the window
 * as a whole (an overlap with another window).
 */
public class AvailabilityException extends InvalidInputException {

    public AvailabilityException(String message) {
        super(message);
    }

    public AvailabilityException(List<FieldError> errors) {
        super(errors);
    }

    public static AvailabilityException of(String field, String message) {
        return new AvailabilityException(List.of(FieldError.of(field, message)));
    }
}
