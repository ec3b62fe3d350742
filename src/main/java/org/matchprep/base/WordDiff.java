package org.matchprep.base;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

/**
 * Word-level changes between two versions of a text made of named parts (an answer's revisions, the text
 * a mentor reviewed and the text now), with java-diff-utils (Myers) over word and space tokens.
 */
public final class WordDiff {

    /** One part of a text: {@code key} finds its text in both versions, {@code label} is what readers see. */
    public record PartName(String key, String label) {
    }

    /** The changes in one part, as runs of unchanged, added and removed text. */
    public record PartDiff(String label, List<Segment> segments) {

        public boolean changed() {
            return segments.stream().anyMatch(segment -> segment.kind() != Kind.SAME);
        }
    }

    public record Segment(Kind kind, String text) {
    }

    public enum Kind { SAME, ADDED, REMOVED }

    // a word with the white space before it, and white space at the very end on its own
    private static final Pattern TOKEN = Pattern.compile("\\s*\\S+|\\s+");

    private WordDiff() {
    }

    /** The changes part by part, in the order of {@code parts}; a part missing on one side counts as empty. */
    public static List<PartDiff> byPart(List<PartName> parts, Map<String, String> before, Map<String, String> after) {
        return parts.stream()
                .map(part -> new PartDiff(part.label(), segments(before.getOrDefault(part.key(), ""),
                        after.getOrDefault(part.key(), ""))))
                .toList();
    }

    /**
     * The changes from {@code before} to {@code after} as runs of unchanged, removed and added text. Words
     * are compared with the white space in front of them, so unrelated words never line up on the spaces
     * between them; a single unchanged word between two replaced stretches joins them, so a rewritten
     * sentence reads as one removed run and one added run instead of an interleave of single words, while
     * an inserted word and a deleted one around an unchanged word stay apart.
     */
    public static List<Segment> segments(String before, String after) {
        List<String> original = tokens(before);
        List<String> revised = tokens(after);
        Patch<String> patch = DiffUtils.diff(original, revised);
        List<Run> runs = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            runs.add(Run.same(original.subList(position, delta.getSource().getPosition())));
            runs.add(Run.change(delta.getSource().getLines(), delta.getTarget().getLines()));
            position = delta.getSource().getPosition() + delta.getSource().size();
        }
        runs.add(Run.same(original.subList(position, original.size())));
        List<Segment> segments = new ArrayList<>();
        for (Run run : joinedAcrossSingleWords(runs)) {
            add(segments, Kind.SAME, run.same());
            add(segments, Kind.REMOVED, run.removed());
            add(segments, Kind.ADDED, run.added());
        }
        return segments;
    }

    /** Unchanged text, or a change (removed and added text, either may be empty). */
    private record Run(String same, String removed, String added) {

        static Run same(List<String> tokens) {
            return new Run(String.join("", tokens), "", "");
        }

        static Run change(List<String> removed, List<String> added) {
            return new Run("", String.join("", removed), String.join("", added));
        }

        boolean isChange() {
            return same.isEmpty() && !(removed.isEmpty() && added.isEmpty());
        }

        boolean isReplacement() {
            return !removed.isEmpty() && !added.isEmpty();
        }

        boolean isSingleWord() {
            return !same.isBlank() && same.strip().split("\\s+").length == 1;
        }
    }

    private static List<Run> joinedAcrossSingleWords(List<Run> runs) {
        List<Run> joined = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            Run run = runs.get(i);
            if (run.isChange() && !joined.isEmpty() && joined.getLast().isChange()) {
                Run last = joined.removeLast();
                joined.add(new Run("", last.removed() + run.removed(), last.added() + run.added()));
            } else if (run.isSingleWord() && !joined.isEmpty() && joined.getLast().isReplacement()
                    && i + 1 < runs.size() && runs.get(i + 1).isReplacement()) {
                // the word belongs to both sides: removed with the old run, added again with the new one
                Run last = joined.removeLast();
                joined.add(new Run("", last.removed() + run.same(), last.added() + run.same()));
            } else if (!run.same().isEmpty() || run.isChange()) {
                joined.add(run);
            }
        }
        return joined;
    }

    private static void add(List<Segment> segments, Kind kind, String text) {
        if (text.isEmpty()) {
            return;
        }
        if (!segments.isEmpty() && segments.getLast().kind() == kind) {
            segments.set(segments.size() - 1, new Segment(kind, segments.getLast().text() + text));
        } else {
            segments.add(new Segment(kind, text));
        }
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }
}
