package org.matchprep.answers;

import java.util.List;

/** What changed between two revisions, word by word, part by part. */
public record RevisionDiff(int fromNumber, int toNumber, List<PartDiff> parts) {

    public record PartDiff(String label, List<Segment> segments) {

        public boolean changed() {
            return segments.stream().anyMatch(segment -> segment.kind() != Kind.SAME);
        }
    }

    public record Segment(Kind kind, String text) {
    }

    public enum Kind { SAME, ADDED, REMOVED }
}
