package org.matchprep.practice;

/** How long an answer should last when spoken, and the verdict on a recording against it. */
public record Target(int minMs, int maxMs) {

    /** "60-90 s" or "up to 2:00". */
    public String label() {
        return minMs == 0 ? "up to " + Recordings.clock(maxMs) : minMs / 1000 + "-" + maxMs / 1000 + " s";
    }

    public String verdict(int durationMs) {
        if (durationMs < minMs) {
            return "Short: " + Recordings.clock(minMs - durationMs) + " under the target of " + label() + ".";
        }
        if (durationMs > maxMs) {
            return "Long: " + Recordings.clock(durationMs - maxMs) + " over the target of " + label() + ".";
        }
        return "On target (" + label() + ").";
    }

    public boolean met(int durationMs) {
        return durationMs >= minMs && durationMs <= maxMs;
    }
}
