package org.matchprep.answers;

/** A suggestion about an answer, never a rule: what was noticed and why it matters. */
public record Hint(Kind kind, String message, String why) {

    public enum Kind { CLICHE, RED_FLAG, MISSING_RESULT, APOLOGY_WITHOUT_EVIDENCE }
}
