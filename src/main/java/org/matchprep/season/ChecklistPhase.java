package org.matchprep.season;

/** The moments of an interview that have their own checklist. */
public enum ChecklistPhase {
    VIRTUAL_SETUP("Virtual set-up"),
    DAY_BEFORE("The day before"),
    DAY_OF("On the day"),
    AFTER("Within 24 hours after");

    private final String label;

    ChecklistPhase(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
