package org.matchprep.feedback;

/** A pairing request the rules refuse (no such mentor, already paired, not your invitation...). Nothing changed. */
public class PairingException extends RuntimeException {

    public PairingException(String message) {
        super(message);
    }
}
