package org.matchprep.feedback;

/** What happened to a pairing; later features (notifications, sharing) listen. */
public sealed interface PairingEvent {

    long pairingId();

    long applicantId();

    long mentorId();

    record Invited(long pairingId, long applicantId, long mentorId) implements PairingEvent {
    }

    record Accepted(long pairingId, long applicantId, long mentorId) implements PairingEvent {
    }

    record Declined(long pairingId, long applicantId, long mentorId) implements PairingEvent {
    }

    record Ended(long pairingId, long applicantId, long mentorId, long endedBy) implements PairingEvent {
    }
}
