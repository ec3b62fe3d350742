package org.matchprep.mock;

/**
 * The mentor's answer to "Would you rank this applicant?", as a program's interviewer would put it after
 * the same conversation. Stored by name; never rename one. Scorecards from before the question have none.
 */
public enum RankVerdict {
    RANK_HIGHLY("Yes, high on my list"),
    RANK("Yes"),
    NOT_YET("Not yet: more practice first"),
    WOULD_NOT_RANK("No");

    private final String label;

    RankVerdict(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
