package org.matchprep.programs;

/** An applicant's profile and the version an edit must name (0 before the first save). */
public record StoredProfile(SelectionProfile profile, long version) {
}
