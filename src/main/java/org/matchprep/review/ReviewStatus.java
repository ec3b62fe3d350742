package org.matchprep.review;

/** Where a shared item stands in one mentor's review queue. */
public enum ReviewStatus {
    /** Shared to read, no review asked for. */
    NONE("Shared"),
    REQUESTED("Review requested"),
    IN_REVIEW("In review"),
    DONE("Reviewed");

    private final String label;

    ReviewStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
