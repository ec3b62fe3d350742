package org.matchprep.mock;

/** Availability a mentor cannot save as given; the message is shown as is. */
public class AvailabilityException extends RuntimeException {

    public AvailabilityException(String message) {
        super(message);
    }
}
