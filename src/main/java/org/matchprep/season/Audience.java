package org.matchprep.season;

/** Whom a question to ask is meant for. */
public enum Audience {
    PROGRAM_DIRECTOR("Program director"),
    FACULTY("Faculty"),
    RESIDENTS("Residents"),
    IMG_RELATED("IMG-related");

    private final String label;

    Audience(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
