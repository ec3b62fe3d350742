package org.matchprep.answers;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import org.matchprep.answers.RevisionDiff.Kind;
import org.matchprep.answers.RevisionDiff.Segment;
import org.matchprep.answers.domain.Revision;

/** Word-level diff of two revisions, per part, with java-diff-utils (Myers) over word and space tokens. */
final class WordDiff {

    private static final Pattern TOKEN = Pattern.compile("\\s+|[^\\s]+");

    private WordDiff() {
    }

    static RevisionDiff between(AnswerStructure structure, Revision from, Revision to) {
        List<RevisionDiff.PartDiff> parts = new ArrayList<>();
        for (AnswerStructure.Part part : structure.parts()) {
            String before = from.getParts().getOrDefault(part.key(), "");
            String after = to.getParts().getOrDefault(part.key(), "");
            parts.add(new RevisionDiff.PartDiff(part.label(), segments(before, after)));
        }
        return new RevisionDiff(from.getNumber(), to.getNumber(), parts);
    }

    static List<Segment> segments(String before, String after) {
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
