package org.matchprep.account;

/** What a person may do in MatchPrep. Each account has exactly one role. */
public enum Role {
    APPLICANT("Applicant"),
    MENTOR("Mentor"),
    ADMIN("Admin");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The Spring Security authority for this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
