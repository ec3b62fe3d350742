package org.matchprep.programs;

/** An applicant's profile and the version an edit must name. */
public record StoredProfile(SelectionProfile profile, long version) {
}
