package org.matchprep.feedback;

import java.time.Instant;

/** A pairing with both people's names, as views show it. */
public record PairingSummary(long id, PairingStatus status, long applicantId, String applicantName, String applicantEmail,
                             long mentorId, String mentorName, String mentorEmail, boolean invitedByAdmin,
                             Instant createdAt, Instant respondedAt, Instant endedAt) {
}
