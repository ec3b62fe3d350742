package org.matchprep.feedback;

import java.time.Instant;

/**
 * An applicant's request to invite a mentor who has no account yet, as the applicant and admins see it.
 * {@code status}: "PENDING" (waiting for an admin), "APPROVED" (mailed, waiting for the mentor) or "DECLINED".
 */
public record MentorInvitationSummary(long id, long applicantId, String applicantName, String mentorName,
                                      String mentorEmail, String status, Instant requestedAt) {

    public boolean pending() {
        return "PENDING".equals(status);
    }
}
