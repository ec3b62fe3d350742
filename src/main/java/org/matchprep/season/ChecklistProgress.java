package org.matchprep.season;

/** How many checklist items of an interview are ticked. */
public record ChecklistProgress(int done, int total) {

    public static final ChecklistProgress NONE = new ChecklistProgress(0, 0);

    public String label() {
        return done + " of " + total;
    }

    public boolean complete() {
        return total > 0 && done == total;
    }
}
