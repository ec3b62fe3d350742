package org.matchprep.programs;

/** One reason a program scored what it did: the points, the sentence that says why, and the evidence behind it if any. */
public record FitFactor(int points, String reason, Source evidence) {

    public FitFactor {
        evidence = evidence == null ? Source.NONE : evidence;
    }

    /** "+12: two current residents trained abroad", "-8: ...", "0: ...". */
    public String sentence() {
        return (points > 0 ? "+" + points : String.valueOf(points)) + ": " + reason;
    }
}
