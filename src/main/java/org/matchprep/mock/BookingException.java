package org.matchprep.mock;

/** A booking, cancellation or reschedule that cannot happen; the message is shown to the person as is. */
public class BookingException extends RuntimeException {

    public static final String JUST_TAKEN = "That slot was just taken. Pick another time.";

    public BookingException(String message) {
        super(message);
    }
}
