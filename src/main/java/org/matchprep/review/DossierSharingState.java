package org.matchprep.review;

import java.util.List;

/** How one of my program dossiers is shared: with each mentor I am actively paired with. */
public record DossierSharingState(long dossierId, String programName, List<ShareTarget> mentors) {
}
