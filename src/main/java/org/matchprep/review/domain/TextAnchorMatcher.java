package org.matchprep.review.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.bitbucket.cowwoc.diffmatchpatch.DiffMatchPatch;
import org.bitbucket.cowwoc.diffmatchpatch.DiffMatchPatch.Diff;
import org.bitbucket.cowwoc.diffmatchpatch.DiffMatchPatch.Operation;

/**
 * Finds a comment's passage again after the applicant revised the text. Tries, in turn: the quote
 * verbatim; the quote with whitespace read loosely (a re-wrapped line, a doubled space); and a passage
 * that still resembles the quote. Where the quote occurs more than once, the surrounding text decides,
 * then nearness to where the passage stood. When nothing resembles the quote closely enough the result
 * is empty, and the comment is shown as outdated with its original quote.
 *
 * <p>Approximate candidates are ranked by {@value #QUOTE_WEIGHT} × similarity of the passage to the quote
 * + {@value #CONTEXT_WEIGHT} × similarity of the text around it to the remembered context
 * + {@value #POSITION_WEIGHT} × nearness to the old position, and are accepted only when the passage
 * keeps a similarity of at least {@value #MIN_QUOTE_SIMILARITY} to the quote (similarity is one minus
 * the Levenshtein distance over the longer length).
 */
public final class TextAnchorMatcher {

    public static final double QUOTE_WEIGHT = 0.6;
    public static final double CONTEXT_WEIGHT = 0.3;
    public static final double POSITION_WEIGHT = 0.1;
    public static final double MIN_QUOTE_SIMILARITY = 0.5;

    // Bitap keeps the pattern in the bits of an int; a longer pattern fails an assert under -ea and
    // silently finds nonsense without it
    private static final int BITAP_MAX_PATTERN = 32;

    // how far beyond a rough find the diff looks for the passage's true edges (a revised passage may grow)
    private static final int SLACK = 16;

    // how much of the remembered context must reappear verbatim to mark where the passage begins or ends
    private static final int CONTEXT_PROBE = 8;

    /**
     * Where the passage stands in the new text: {@code newText.substring(start, end)}.
     *
     * @param exact true when the passage is word for word the quote; false when it was found despite edits
     */
    public record Match(int start, int end, boolean exact) {

        public Match {
            if (start < 0 || end <= start) {
                throw new IllegalArgumentException("A match needs 0 <= start < end, got [" + start + ", " + end + ")");
            }
        }
    }

    private record Candidate(int start, int end, double quote, double context, double proximity) {

        double score() {
            return QUOTE_WEIGHT * quote + CONTEXT_WEIGHT * context + POSITION_WEIGHT * proximity;
        }
    }

    private record Span(int start, int end) {
    }

    private final DiffMatchPatch dmp = new DiffMatchPatch();

    public TextAnchorMatcher() {
        dmp.matchThreshold = 0.5f;
        // how far the passage moved is weighed by the ranking, lightly; Bitap must not reject a distant find
        dmp.matchDistance = 1_000_000;
    }

    /** The passage of {@code newText} the anchored comment belongs to, or empty when it no longer exists. */
    public Optional<Match> locate(TextAnchor anchor, String newText) {
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(newText, "newText");
        return verbatim(anchor, newText)
                .or(() -> ignoringWhitespace(anchor, newText))
                .or(() -> approximately(anchor, newText));
    }

    private Optional<Match> verbatim(TextAnchor anchor, String text) {
        return bestOccurrence(text, anchor)
                .map(start -> new Match(start, start + anchor.quote().length(), true));
    }

    private Optional<Match> ignoringWhitespace(TextAnchor anchor, String newText) {
        CollapsedText text = CollapsedText.of(newText);
        TextAnchor sought = collapsed(anchor, text);
        return bestOccurrence(text.value(), sought)
                .map(start -> text.inexactMatch(start, start + sought.quote().length()));
    }

    private Optional<Match> approximately(TextAnchor anchor, String newText) {
        CollapsedText text = CollapsedText.of(newText);
        TextAnchor sought = collapsed(anchor, text);
        String value = text.value();
        return roughSpans(value, sought).stream()
                .distinct()
                .map(rough -> refined(value, sought, rough))
                .flatMap(Optional::stream)
                .map(span -> candidate(value, sought, span,
                        similarity(sought.quote(), value.substring(span.start(), span.end()))))
                .filter(candidate -> candidate.quote() >= MIN_QUOTE_SIMILARITY)
                .max(Comparator.comparingDouble(Candidate::score))
                .map(best -> text.inexactMatch(best.start(), best.end()));
    }

    /** The anchor as it reads in the collapsed text, with the old position carried over approximately. */
    private static TextAnchor collapsed(TextAnchor anchor, CollapsedText text) {
        return new TextAnchor(CollapsedText.collapse(anchor.quote()).strip(),
                CollapsedText.collapse(anchor.prefix()), CollapsedText.collapse(anchor.suffix()),
                text.collapsedOffset(anchor.start()));
    }

    private Optional<Integer> bestOccurrence(String text, TextAnchor sought) {
        Comparator<Candidate> contextThenPosition = Comparator.comparingDouble(Candidate::context)
                .thenComparingDouble(Candidate::proximity);
        String quote = sought.quote();
        return occurrences(text, quote).stream()
                .map(start -> candidate(text, sought, new Span(start, start + quote.length()), 1.0))
                .max(contextThenPosition)
                .map(Candidate::start);
    }

    private static List<Integer> occurrences(String text, String quote) {
        List<Integer> starts = new ArrayList<>();
        for (int at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
            starts.add(at);
        }
        return starts;
    }

    /**
     * Where Bitap finds the quote's head and its tail (each at most 32 characters), and the span between
     * them: a long quote may survive at one end and be edited at the other.
     */
    private List<Span> roughSpans(String text, TextAnchor sought) {
        String quote = sought.quote();
        int length = quote.length();
        String head = quote.substring(0, Math.min(length, BITAP_MAX_PATTERN));
        String tail = quote.substring(length - head.length());
        int headAt = dmp.matchMain(text, head, sought.start());
        int tailEnd = dmp.matchMain(text, tail, sought.start() + length - tail.length()) + tail.length();
        List<Span> spans = new ArrayList<>();
        if (headAt >= 0) {
            spans.add(new Span(headAt, Math.min(text.length(), headAt + length)));
        }
        if (tailEnd >= tail.length()) {
            spans.add(new Span(Math.max(0, tailEnd - length), tailEnd));
            if (headAt >= 0 && headAt < tailEnd && tailEnd - headAt <= 2 * length) {
                spans.add(new Span(headAt, tailEnd));
            }
        }
        return spans;
    }

    /**
     * Trims a rough find to the stretch that lines up with the quote (first to last common run of the
     * diff), widened to whole words where the comment began or ended on a word boundary.
     */
    private Optional<Span> refined(String text, TextAnchor sought, Span rough) {
        int windowStart = Math.max(0, rough.start() - SLACK);
        String window = text.substring(windowStart, Math.min(text.length(), rough.end() + SLACK));
        LinkedList<Diff> diffs = dmp.diffMain(sought.quote(), window, false);
        dmp.diffCleanupSemantic(diffs);
        int start = -1;
        int end = -1;
        int inWindow = 0;
        for (Diff diff : diffs) {
            if (diff.operation == Operation.EQUAL) {
                start = start < 0 ? inWindow : start;
                end = inWindow + diff.text.length();
            }
            if (diff.operation != Operation.DELETE) {
                inWindow += diff.text.length();
            }
        }
        if (start < 0) {
            return Optional.empty();
        }
        Span aligned = reachingContext(text, sought, new Span(windowStart + start, windowStart + end));
        return wholeWords(text, sought, aligned.start(), aligned.end());
    }

    /**
     * Moves an edge the diff left short (a rewritten first or last word shares no run with the old one)
     * out to where the remembered context resumes, when that brings the passage closer to the quote.
     */
    private Span reachingContext(String text, TextAnchor sought, Span span) {
        String quote = sought.quote();
        Span result = span;
        String prefixTail = sought.prefix().substring(Math.max(0, sought.prefix().length() - CONTEXT_PROBE));
        if (!prefixTail.isEmpty()) {
            int at = text.lastIndexOf(prefixTail, span.start() - prefixTail.length());
            if (at >= 0 && at + prefixTail.length() >= span.start() - SLACK) {
                result = closer(quote, text, result, new Span(at + prefixTail.length(), result.end()));
            }
        }
        String suffixHead = sought.suffix().substring(0, Math.min(sought.suffix().length(), CONTEXT_PROBE));
        if (!suffixHead.isEmpty()) {
            int at = text.indexOf(suffixHead, span.end());
            if (at >= 0 && at <= span.end() + SLACK) {
                result = closer(quote, text, result, new Span(result.start(), at));
            }
        }
        return result;
    }

    private Span closer(String quote, String text, Span current, Span widened) {
        double now = similarity(quote, text.substring(current.start(), current.end()));
        double then = similarity(quote, text.substring(widened.start(), widened.end()));
        return then >= now ? widened : current;
    }

    private static Optional<Span> wholeWords(String text, TextAnchor sought, int start, int end) {
        String quote = sought.quote();
        if (isWordChar(quote.charAt(0)) && !endsWithWordChar(sought.prefix())) {
            while (start > 0 && start < end
                    && isWordChar(text.charAt(start - 1)) && isWordChar(text.charAt(start))) {
                start--;
            }
        }
        if (isWordChar(quote.charAt(quote.length() - 1)) && !startsWithWordChar(sought.suffix())) {
            while (end < text.length() && end > start
                    && isWordChar(text.charAt(end)) && isWordChar(text.charAt(end - 1))) {
                end++;
            }
        }
        while (start < end && text.charAt(start) == ' ') {
            start++;
        }
        while (end > start && text.charAt(end - 1) == ' ') {
            end--;
        }
        return start < end ? Optional.of(new Span(start, end)) : Optional.empty();
    }

    // combining marks count as part of a word, or a Devanagari vowel sign would end one
    private static boolean isWordChar(char c) {
        int type = Character.getType(c);
        return Character.isLetterOrDigit(c)
                || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    private static boolean endsWithWordChar(String text) {
        return !text.isEmpty() && isWordChar(text.charAt(text.length() - 1));
    }

    private static boolean startsWithWordChar(String text) {
        return !text.isEmpty() && isWordChar(text.charAt(0));
    }

    private Candidate candidate(String text, TextAnchor sought, Span span, double quoteSimilarity) {
        String prefix = sought.prefix();
        String suffix = sought.suffix();
        String before = text.substring(Math.max(0, span.start() - prefix.length()), span.start());
        String after = text.substring(span.end(), Math.min(text.length(), span.end() + suffix.length()));
        int contextLength = prefix.length() + suffix.length();
        double context = contextLength == 0 ? 1.0
                : (similarity(prefix, before) * prefix.length() + similarity(suffix, after) * suffix.length())
                        / contextLength;
        double moved = Math.abs(span.start() - sought.start()) / (double) Math.max(1, text.length());
        double proximity = 1.0 - Math.min(1.0, moved);
        return new Candidate(span.start(), span.end(), quoteSimilarity, context, proximity);
    }

    private double similarity(String expected, String actual) {
        int longer = Math.max(expected.length(), actual.length());
        if (longer == 0) {
            return 1.0;
        }
        return 1.0 - (double) dmp.diffLevenshtein(dmp.diffMain(expected, actual, false)) / longer;
    }
}
