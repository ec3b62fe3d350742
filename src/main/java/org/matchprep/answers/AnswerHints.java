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
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an answer the way a mentor would on a first pass. The phrase lists are data
 * ({@code answers/hints.tsv}: kind, phrase, why, and optionally when not to flag it), so anyone can extend
 * them without touching code.
 *
 * <p>Three rules keep the hints quiet on honest clinical writing:
 * <ul>
 *   <li>Filler words ("um", "like", "you know") are not looked for: in typed text they collide with
 *       clinical and plain English ("ER", "I would like to train"). They belong to spoken practice, where
 *       the mentor's scorecard counts them.</li>
 *   <li>A cliché is answered by a concrete example in the <em>same part</em> of the answer: a number, a
 *       study, a finding or a clinical setting ("a CT", "my surgery rotation", "a patient"), a named person
 *       ("Dr. Lee") or an explicit "for example" / "such as". Linking an experience to the answer does not
 *       count; the example has to be in the words the interviewer will hear.</li>
 *   <li>A radiology red flag is not flagged in a sentence that distances itself from it
 *       ("some worry AI will replace radiologists, but..."), nor where a line of the catalogue says the
 *       phrase is clinical ("lifestyle changes").</li>
 * </ul>
 */
public final class AnswerHints {

    enum PhraseKind { CLICHE, APOLOGY, RED_FLAG }

    /** A catalogue line; {@code unless}, when set, matches the sentences in which the phrase means something else. */
    record Phrase(PhraseKind kind, String text, Pattern pattern, String why, Pattern unless) {
    }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** What makes a part concrete: see the class comment. */
    static final Pattern CONCRETE = Pattern.compile(String.join("|",
            "\\d",
            "\\b(two|three|four|five|six|seven|eight|nine|ten|twelve|dozens?)\\b",
            "\\bfor (example|instance)\\b|\\bsuch as\\b|\\bwhen I\\b|\\bduring my\\b",
            "\\b(a|the|one|this|that|my|first) case\\b|\\bcase (of|where|in which)\\b",
            "\\b(a|the|one|this|that|my|our|her|his) patient\\b|\\bpatients\\b",
            "\\b(rotation|elective|clerkship|observership|sub-?internship|attending|tumou?r board|conference|night shift|clinic|ward|reading room|on call)s?\\b",
            "\\b(CT|MRI|PET|X-?rays?|ultrasound|radiographs?|angiogra\\w*|scans?|biops\\w+|mammogra\\w*|fluoroscop\\w*|"
                    + "fracture|stroke|embolism|infarct\\w*|ha?emorrhage|bleed|nodule|lesion|dissection|appendicitis|"
                    + "tumou?rs?|staging|poster|abstract|publication)\\b",
            "\\b(Dr|Mr|Mrs|Ms)\\.? [A-Z]"), FLAGS);

    /** Words with which a sentence reports a view in order to disagree with it, or denies it. */
    static final Pattern DISTANCED = Pattern.compile(
            "\\b(not|never|no longer|myth|misconception|reputation|although|though|despite|rather than|instead of|"
                    + "contrary|fears?|feared|worry|worries|worried|claims?|claimed|described|assumed?|said|says)\\b|n['’]t\\b"
                    + "|\\b(some|others|many|people|headlines)\\b[^.!?;]*\\b(think|believe|argue|predict|expect)", FLAGS);

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?;\\n]");

    private static final AnswerHints STANDARD = new AnswerHints(load("/answers/hints.tsv"));

    private final List<Phrase> phrases;

    AnswerHints(List<Phrase> phrases) {
        this.phrases = List.copyOf(phrases);
    }

    public static AnswerHints standard() {
        return STANDARD;
    }

    /** Hints for an answer of this structure with these parts (part key to text). */
    public List<Hint> review(AnswerStructure structure, Map<String, String> parts) {
        List<Hint> hints = new ArrayList<>();
        for (Phrase phrase : phrases) {
            switch (phrase.kind()) {
                case CLICHE -> {
                    if (parts.values().stream().anyMatch(part -> clicheStandsAlone(phrase, part))) {
                        hints.add(new Hint(Hint.Kind.CLICHE, "\"" + phrase.text() + "\" stands without a concrete example.",
                                phrase.why()));
                    }
                }
                case RED_FLAG -> {
                    if (parts.values().stream().anyMatch(part -> raisesRedFlag(phrase, part))) {
                        hints.add(new Hint(Hint.Kind.RED_FLAG, "\"" + phrase.text() + "\" can hurt you in a radiology interview.",
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

    private static boolean clicheStandsAlone(Phrase cliche, String part) {
        return part != null && cliche.pattern().matcher(part).find() && !CONCRETE.matcher(part).find();
    }

    private static boolean raisesRedFlag(Phrase redFlag, String part) {
        if (part == null) {
            return false;
        }
        Matcher matcher = redFlag.pattern().matcher(part);
        while (matcher.find()) {
            String sentence = sentenceAround(part, matcher.start(), matcher.end());
            boolean otherMeaning = redFlag.unless() != null && redFlag.unless().matcher(sentence).find();
            if (!otherMeaning && !DISTANCED.matcher(sentence).find()) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Hint> apologyWithoutEvidence(AnswerStructure structure, Map<String, String> parts, Phrase phrase) {
        String evidencePart = switch (structure) {
            case IMG_PATTERN -> "evidence";
            case RED_FLAG_PATTERN -> "change";
            default -> null;
        };
        if (evidencePart == null || !isBlank(parts.get(evidencePart))) {
            return Optional.empty();
        }
        String all = String.join("\n", parts.values());
        if (!phrase.pattern().matcher(all).find()) {
            return Optional.empty();
        }
        return Optional.of(new Hint(Hint.Kind.APOLOGY_WITHOUT_EVIDENCE,
                "\"" + phrase.text() + "\" apologises, and no evidence follows yet.", phrase.why()));
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
        if (columns.length != 3 && columns.length != 4) {
            throw new IllegalStateException("A hint line needs kind, phrase and why (and optionally unless) separated by tabs: " + line);
        }
        PhraseKind kind = PhraseKind.valueOf(columns[0].strip().toUpperCase(Locale.ROOT));
        String text = columns[1].strip();
        Pattern pattern = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(text) + "(?![\\p{L}\\p{N}])", FLAGS);
        Pattern unless = columns.length == 4 ? Pattern.compile(columns[3].strip(), FLAGS) : null;
        return new Phrase(kind, text, pattern, columns[2].strip(), unless);
    }
}
