package org.matchprep.mock;

import java.time.Duration;

/** The kinds of mock interview a mentor offers, each with its usual length. */
public enum MockFormat {
    FACULTY("Faculty-style", 20),
    RESIDENT("Resident-style", 30),
    STRESS("Stress interview", 15);

    private final String label;
    private final int defaultMinutes;

    MockFormat(String label, int defaultMinutes) {
        this.label = label;
        this.defaultMinutes = defaultMinutes;
    }

    public String label() {
        return label;
    }

    public int defaultMinutes() {
        return defaultMinutes;
    }

    public Duration defaultLength() {
        return Duration.ofMinutes(defaultMinutes);
    }
}
