package org.matchprep.review;

import java.time.Instant;
import java.util.List;

import org.matchprep.review.ReviewPage.PartText;

/**
 * A shared program dossier as the review page shows it: its current text part by part (basics, strengths,
 * interview impressions...) and the threads the viewer may see, each placed in the current text or outdated.
 */
public record DossierReviewPage(long dossierId, String applicantName, String programName, List<PartText> parts,
                                Instant updatedAt, boolean viewerIsMentor, List<ThreadView> threads) {
}
