package org.matchprep.programs;

/** The US Census Bureau's four regions, the grain at which applicants state where they want to train. */
public enum Region {
    NORTHEAST("Northeast"),
    MIDWEST("Midwest"),
    SOUTH("South"),
    WEST("West");

    private final String label;

    Region(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
