package org.matchprep.feedback;

/** Where each side manages its pairings, for links from other features; the views declare their routes with these. */
public final class PairingRoutes {

    /** The applicant's mentors and invitations. */
    public static final String MENTORS = "mentors";
    /** The mentor's applicants and the invitations waiting for an answer. */
    public static final String APPLICANTS = "applicants";

    private PairingRoutes() {
    }
}
