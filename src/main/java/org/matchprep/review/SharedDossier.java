package org.matchprep.review;

import java.time.Instant;
import java.util.List;

/**
 * A program dossier shared between an applicant and mentors. For the applicant, {@code sharedWith} lists
 * the mentors; for a mentor it is empty and {@code applicantName} says whose it is.
 */
public record SharedDossier(long dossierId, long applicantId, String applicantName, String programName,
                            Instant updatedAt, List<ShareTarget> sharedWith, int openThreads) {
}
