package org.matchprep.answers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an answer the way a mentor would on a first pass. The phrase lists are data
 * ({@code answers/hints.tsv}: kind, phrase, why), so anyone can extend them without touching code.
 */
public final class AnswerHints {

    enum PhraseKind { CLICHE, FILLER, APOLOGY }

    record Phrase(PhraseKind kind, String text, Pattern pattern, String why) {
    }

    // A cliché followed by something concrete in the same sentence is no longer a cliché.
    private static final Pattern CONCRETE = Pattern.compile(
            "\\d|for example|for instance|such as|when i|during|case|patient|rotation|elective",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?\\n]");

    private static final AnswerHints STANDARD = new AnswerHints(load("/answers/hints.tsv"));

    private final List<Phrase> phrases;

    AnswerHints(List<Phrase> phrases) {
        this.phrases = List.copyOf(phrases);
    }

    public static AnswerHints standard() {
        return STANDARD;
    }

    /** Hints for an answer of this structure with these parts; {@code hasLinkedExperience} counts as concrete. */
    public List<Hint> review(AnswerStructure structure, Map<String, String> parts, boolean hasLinkedExperience) {
        String all = String.join("\n", parts.values());
        List<Hint> hints = new ArrayList<>();
        for (Phrase phrase : phrases) {
            switch (phrase.kind()) {
                case CLICHE -> {
                    if (!hasLinkedExperience && standsAlone(phrase.pattern(), all)) {
                        hints.add(new Hint(Hint.Kind.CLICHE, "\"" + phrase.text() + "\" stands without a concrete example.",
                                phrase.why()));
                    }
                }
                case FILLER -> {
                    long count = phrase.pattern().matcher(all).results().count();
                    if (count > 0) {
                        hints.add(new Hint(Hint.Kind.FILLER, "\"" + phrase.text() + "\" appears " + times(count) + ".",
                                phrase.why()));
                    }
                }
                case APOLOGY -> apologyWithoutEvidence(structure, parts, phrase).ifPresent(hints::add);
            }
        }
        if (structure == AnswerStructure.STAR && isBlank(parts.get("result")) && hasAnyText(parts)) {
            hints.add(new Hint(Hint.Kind.MISSING_RESULT, "This STAR answer has no result yet.",
                    "Interviewers remember the result and what you learned; without it the story has no point."));
        }
        return hints;
    }

    private static java.util.Optional<Hint> apologyWithoutEvidence(AnswerStructure structure, Map<String, String> parts,
                                                                   Phrase phrase) {
        String evidencePart = switch (structure) {
            case IMG_PATTERN -> "evidence";
            case RED_FLAG_PATTERN -> "change";
            default -> null;
        };
        if (evidencePart == null || !isBlank(parts.get(evidencePart))) {
            return java.util.Optional.empty();
        }
        String all = String.join("\n", parts.values());
        if (!phrase.pattern().matcher(all).find()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Hint(Hint.Kind.APOLOGY_WITHOUT_EVIDENCE,
                "\"" + phrase.text() + "\" apologises, and no evidence follows yet.", phrase.why()));
    }

    private static boolean standsAlone(Pattern cliche, String text) {
        Matcher matcher = cliche.matcher(text);
        while (matcher.find()) {
            if (!CONCRETE.matcher(sentenceAround(text, matcher.start(), matcher.end())).find()) {
                return true;
            }
        }
        return false;
    }

    private static String sentenceAround(String text, int start, int end) {
        int from = start;
        while (from > 0 && !SENTENCE_END.matcher(String.valueOf(text.charAt(from - 1))).matches()) {
            from--;
        }
        Matcher next = SENTENCE_END.matcher(text);
        int to = next.find(end) ? next.end() : text.length();
        return text.substring(from, to);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static boolean hasAnyText(Map<String, String> parts) {
        return parts.values().stream().anyMatch(text -> !isBlank(text));
    }

    private static String times(long count) {
        return count == 1 ? "once" : count + " times";
    }

    static List<Phrase> load(String resource) {
        try (InputStream in = AnswerHints.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            List<Phrase> phrases = new ArrayList<>();
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .forEach(line -> phrases.add(parse(line)));
            return phrases;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Phrase parse(String line) {
        String[] columns = line.split("\t");
        if (columns.length != 3) {
            throw new IllegalStateException("A hint line needs kind, phrase and why separated by tabs: " + line);
        }
        PhraseKind kind = PhraseKind.valueOf(columns[0].strip().toUpperCase(Locale.ROOT));
        String text = columns[1].strip();
        Pattern pattern = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(text) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        return new Phrase(kind, text, pattern, columns[2].strip());
    }
}
