package org.matchprep.mock;

/** What a mentor scores after a mock, 1 (needs work) to 5 (excellent). */
public enum Criterion {
    STRUCTURE("Structure"),
    CONCISION("Concision"),
    FILLER_WORDS("Filler words"),
    PACE("Pace"),
    EYE_CONTACT("Eye contact to the camera"),
    PRESENCE("Presence"),
    SPECIFICITY("Specificity"),
    IMG_QUESTIONS("Handling IMG questions");

    private final String label;

    Criterion(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
