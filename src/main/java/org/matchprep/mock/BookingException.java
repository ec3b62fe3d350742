package org.matchprep.mock;

import java.util.List;

import org.matchprep.base.FieldError;
import org.matchprep.base.InvalidInputException;

/**
 * A booking, cancellation, reschedule or scorecard that cannot happen; the message is shown to the person
 * as is. A scorecard's refusals name the {@link Scorecard} component they are about ({@code "scores[PACE]"}).
 */
public class BookingException extends InvalidInputException {

    public static final String JUST_TAKEN = "That slot was just taken. Pick another time.";

    public BookingException(String message) {
        super(message);
    }

    public BookingException(List<FieldError> errors) {
        super(errors);
    }
}
