package org.matchprep.season;

/** The moments of an interview that have their own checklist, in the order they come. */
public enum ChecklistPhase {
    VIRTUAL_SETUP("Virtual set-up"),
    IN_PERSON_SETUP("Getting there (in person)"),
    WEEK_BEFORE("The week before"),
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
