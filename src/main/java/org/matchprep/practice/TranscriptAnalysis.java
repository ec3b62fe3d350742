package org.matchprep.practice;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a transcript says about how an answer was spoken, as pure functions (decision 020, "Transcription"):
 * words per minute over speaking time, filler words with their times, and which parts of the written answer
 * were said.
 */
public final class TranscriptAnalysis {

    /** A part of the written answer counts as said when at least this share of its content words was heard. */
    public static final int COVERED_PERCENT = 60;
    private static final Set<String> SOUNDS = Set.of("um", "umm", "uh", "uhh", "uhm", "erm", "er");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}']+");
    private static final Pattern PART_END = Pattern.compile("(?<=[.!?;])\\s+|\\R+");
    private static final Set<String> STOP_WORDS = Set.of("the", "and", "but", "for", "with", "that", "this",
            "was", "were", "are", "is", "has", "have", "had", "not", "you", "your", "our", "their", "they", "them",
            "from", "into", "onto", "what", "when", "where", "which", "who", "why", "how", "then", "than", "there",
            "here", "been", "being", "will", "would", "could", "should", "can", "did", "does", "also", "very",
            "just", "about", "its", "it's", "i'm", "i've", "i'd", "his", "her", "she", "him", "all", "any", "one",
            "out", "because", "so", "my", "me", "we", "us", "an", "a", "to", "of", "in", "on", "at", "by",
            "as", "or", "if", "be", "do", "it", "i");

    private TranscriptAnalysis() {
    }

    /** A filler word or phrase and when it was said ({@code atMs} is -1 when the server gave no times). */
    public record Filler(String word, int atMs) {
    }

    /** A sentence of the written answer, and whether it was said. */
    public record WrittenPart(String text, boolean covered, int heardPercent) {
    }

    /** Everything at once, for the recording's page. */
    public record Result(int wordsPerMinute, int words, List<Filler> fillers, List<WrittenPart> parts) {

        public long skipped() {
            return parts.stream().filter(part -> !part.covered()).count();
        }
    }

    public static Result of(Transcript transcript, int speakingMs, String written) {
        return new Result(wordsPerMinute(transcript.text(), speakingMs), words(transcript.text()).size(),
                fillers(transcript), written == null ? List.of() : coverage(written, transcript.text()));
    }

    /** Words said per minute of speaking time (pauses left out, so a pause does not read as slow speech). */
    public static int wordsPerMinute(String text, int speakingMs) {
        if (speakingMs <= 0) {
            return 0;
        }
        return Math.round(words(text).size() * 60_000f / speakingMs);
    }

    /**
     * Filler words, each at the time of its segment, moved along by its place among the segment's words
     * (segments are seconds long; this is close enough to click on). The rule:
     * <ul>
     * <li>"um", "uh", "erm" (and "umm", "uhh", "uhm", "er") always;</li>
     * <li>"you know" when a punctuation mark or the end of the segment follows ("you know, I", "I, you know,"),
     * not "do you know the answer";</li>
     * <li>"like" when it opens a segment or a clause (after a comma or full stop), when a comma follows it,
     * or when it is said twice in a row; not "I like radiology" or "looks like a fracture".</li>
     * </ul>
     */
    public static List<Filler> fillers(Transcript transcript) {
        List<Filler> found = new ArrayList<>();
        if (transcript.segments().isEmpty()) {
            fillersIn(transcript.text(), -1, -1, found);
        }
        for (Transcript.Segment segment : transcript.segments()) {
            fillersIn(segment.text(), segment.startMs(), segment.endMs(), found);
        }
        return found;
    }

    private record Token(String word, boolean openingClause, boolean punctuationAfter) {
    }

    private static void fillersIn(String text, int startMs, int endMs, List<Filler> found) {
        List<Token> tokens = tokens(text);
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            String word = token.word();
            String filler = null;
            if (SOUNDS.contains(word)) {
                filler = word;
            } else if (word.equals("know") && i > 0 && tokens.get(i - 1).word().equals("you")
                    && !tokens.get(i - 1).punctuationAfter() && (token.punctuationAfter() || i == tokens.size() - 1)) {
                filler = "you know";
            } else if (word.equals("like") && (token.openingClause() || token.punctuationAfter()
                    || (i > 0 && tokens.get(i - 1).word().equals("like")))) {
                filler = "like";
            }
            if (filler != null) {
                int at = startMs < 0 ? -1 : startMs + (int) ((long) (endMs - startMs) * i / Math.max(1, tokens.size()));
                found.add(new Filler(filler, at));
            }
        }
    }

    private static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        int previousEnd = 0;
        while (matcher.find()) {
            String between = text.substring(previousEnd, matcher.start());
            boolean opening = tokens.isEmpty() || between.matches(".*[,.;:!?\\-–—].*");
            if (!tokens.isEmpty() && opening) {
                Token last = tokens.removeLast();
                tokens.add(new Token(last.word(), last.openingClause(), true));
            }
            tokens.add(new Token(matcher.group().toLowerCase(Locale.ROOT), opening, false));
            previousEnd = matcher.end();
        }
        if (!tokens.isEmpty() && text.substring(previousEnd).matches(".*[,.;:!?\\-–—].*")) {
            Token last = tokens.removeLast();
            tokens.add(new Token(last.word(), last.openingClause(), true));
        }
        return tokens;
    }

    /**
     * The written answer in sentences, each marked covered when at least {@value #COVERED_PERCENT}% of its
     * content words (three letters or more, common little words left out, a plural's "s" ignored) were said.
     * Sentences without content words are left out.
     */
    public static List<WrittenPart> coverage(String written, String said) {
        Set<String> heard = new HashSet<>(contentWords(said));
        List<WrittenPart> parts = new ArrayList<>();
        for (String sentence : PART_END.split(written.strip())) {
            List<String> words = contentWords(sentence);
            if (words.isEmpty()) {
                continue;
            }
            long matched = words.stream().filter(heard::contains).count();
            int percent = (int) (matched * 100 / words.size());
            parts.add(new WrittenPart(sentence.strip(), percent >= COVERED_PERCENT, percent));
        }
        return parts;
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text == null ? "" : text);
        while (matcher.find()) {
            words.add(matcher.group().toLowerCase(Locale.ROOT));
        }
        return words;
    }

    private static List<String> contentWords(String text) {
        return words(text).stream()
                .filter(word -> word.length() >= 3 && !STOP_WORDS.contains(word) && !SOUNDS.contains(word))
                .map(TranscriptAnalysis::stem).distinct().toList();
    }

    private static String stem(String word) {
        String base = word.endsWith("'s") ? word.substring(0, word.length() - 2) : word;
        return base.length() > 4 && base.endsWith("s") && !base.endsWith("ss") ? base.substring(0, base.length() - 1) : base;
    }
}
