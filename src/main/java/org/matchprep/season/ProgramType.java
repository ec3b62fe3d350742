package org.matchprep.season;

/** What kind of residency program a dossier describes. */
public enum ProgramType {
    ACADEMIC("Academic"),
    COMMUNITY("Community"),
    HYBRID("Hybrid (community with university affiliation)");

    private final String label;

    ProgramType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
