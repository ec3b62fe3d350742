package org.matchprep.season;

/** Where an interview stands in the season. */
public enum InterviewStatus {
    INVITED("Invited"),
    SCHEDULED("Scheduled"),
    DONE("Done"),
    WITHDRAWN("Withdrawn");

    private final String label;

    InterviewStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
