package org.matchprep.review;

/** A sharing or comment request that cannot be carried out; the message is for the user. */
public class ReviewException extends RuntimeException {

    public ReviewException(String message) {
        super(message);
    }
}
