package org.matchprep.season;

/** One rule a letter seems to break, what in it did, and why the rule exists. Warns; never blocks a save. */
public record LetterWarning(LetterRule rule, String message) {

    public String reason() {
        return rule.reason();
    }
}
