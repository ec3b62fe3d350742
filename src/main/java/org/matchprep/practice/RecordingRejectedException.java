package org.matchprep.practice;

/** An upload that is not kept (too long, too large, empty, truncated, not audio); the message is for the user. */
public class RecordingRejectedException extends RuntimeException {

    public RecordingRejectedException(String message) {
        super(message);
    }
}
