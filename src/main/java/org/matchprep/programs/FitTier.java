package org.matchprep.programs;

/** How a program's score compares with the thresholds in {@link FitWeights}: where to spend applications. */
public enum FitTier {
    REACH("Reach"),
    TARGET("Target"),
    LIKELY("Likely");

    private final String label;

    FitTier(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static FitTier of(int score, FitWeights weights) {
        return score >= weights.likelyFrom() ? LIKELY : score >= weights.targetFrom() ? TARGET : REACH;
    }
}
