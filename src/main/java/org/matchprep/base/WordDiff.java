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

    private static final Pattern TOKEN = Pattern.compile("\\s+|[^\\s]+");

    private WordDiff() {
    }

    /** The changes part by part, in the order of {@code parts}; a part missing on one side counts as empty. */
    public static List<PartDiff> byPart(List<PartName> parts, Map<String, String> before, Map<String, String> after) {
        return parts.stream()
                .map(part -> new PartDiff(part.label(), segments(before.getOrDefault(part.key(), ""),
                        after.getOrDefault(part.key(), ""))))
                .toList();
    }

    public static List<Segment> segments(String before, String after) {
        List<String> original = tokens(before);
        List<String> revised = tokens(after);
        Patch<String> patch = DiffUtils.diff(original, revised);
        List<Segment> segments = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            add(segments, Kind.SAME, original.subList(position, delta.getSource().getPosition()));
            add(segments, Kind.REMOVED, delta.getSource().getLines());
            add(segments, Kind.ADDED, delta.getTarget().getLines());
            position = delta.getSource().getPosition() + delta.getSource().size();
        }
        add(segments, Kind.SAME, original.subList(position, original.size()));
        return segments;
    }

    private static void add(List<Segment> segments, Kind kind, List<String> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        String text = String.join("", tokens);
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
