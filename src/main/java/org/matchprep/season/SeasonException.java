package org.matchprep.season;

/** Input the interview season refuses (a missing zone, a malformed link, an over-long field); nothing was saved. */
public class SeasonException extends RuntimeException {

    public SeasonException(String message) {
        super(message);
    }
}
