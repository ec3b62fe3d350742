package org.matchprep.season;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Warns when a "Why our program?" reason could be said of any program: it must name something from the
 * dossier's specifics (faculty, facilities, teaching structure, strengths, fellowships, location). A reason
 * counts as specific when it shares a telling word with them; words every program uses do not count.
 */
final class WhyThisProgramCheck {

    static final int MIN_DRAWN = 2;
    static final int MIN_FIT = 1;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    /** Short words that still name something: MSK, IR, 3T, PET. */
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}[\\p{Lu}\\p{N}]+|\\p{N}+\\p{Lu}+");
    private static final int PREFIX = 5;
    private static final Set<String> GENERIC = Set.of("program", "programs", "residents", "resident", "residency",
            "radiology", "radiologist", "radiologists", "training", "teaching", "strong", "great", "excellent",
            "good", "with", "that", "this", "their", "have", "from", "your", "about", "which", "where", "there",
            "also", "very", "well", "many", "more", "most", "learn", "would", "like", "want", "here", "been",
            "into", "they", "them", "what", "when", "each", "every", "other", "some", "such", "than", "then",
            "were", "will", "being", "work", "year", "years", "people", "patients", "patient", "imaging",
            "focus", "culture", "environment", "supportive", "friendly", "opportunities", "opportunity",
            "diverse", "high", "volume", "best", "really", "because", "through");

    private WhyThisProgramCheck() {
    }

    static List<ReasonWarning> warnings(DossierDetails details) {
        String program = details.name() == null || details.name().isBlank() ? "this program" : details.name().strip();
        List<String> specifics = specificWords(details);
        List<ReasonWarning> warnings = new ArrayList<>();
        long drawn = written(details.talkingPoints());
        long fit = written(details.fitReasons());
        if (drawn < MIN_DRAWN) {
            warnings.add(new ReasonWarning("talkingPoints", "Write " + MIN_DRAWN + " or 3 reasons you are drawn to "
                    + program + "; you have " + drawn + "."));
        }
        if (fit < MIN_FIT) {
            warnings.add(new ReasonWarning("fitReasons", "Add 1 or 2 reasons you fit at " + program
                    + ": family or ties to the region, where you want to practise, your research."));
        }
        check(warnings, "talkingPoints", "Drawn-here reason", details.talkingPoints(), specifics, program);
        check(warnings, "fitReasons", "Reason you fit", details.fitReasons(), specifics, program);
        return warnings;
    }

    private static void check(List<ReasonWarning> warnings, String field, String label, List<String> reasons,
                              List<String> specifics, String program) {
        for (int i = 0; i < reasons.size(); i++) {
            String reason = reasons.get(i);
            if (reason == null || reason.isBlank() || namesASpecific(reason, specifics)) {
                continue;
            }
            warnings.add(new ReasonWarning(field + "[" + i + "]", label + " " + (i + 1) + " names nothing specific to "
                    + program + ". Tie it to something in this dossier: a faculty member, a facility, the teaching, "
                    + "a strength, a fellowship or the location."));
        }
    }

    private static boolean namesASpecific(String reason, List<String> specifics) {
        return words(reason).anyMatch(word -> specifics.stream().anyMatch(specific -> same(word, specific)));
    }

    private static boolean same(String word, String specific) {
        if (word.equals(specific)) {
            return true;
        }
        return word.length() >= PREFIX && specific.length() >= PREFIX
                && (word.startsWith(specific.substring(0, PREFIX)) && specific.startsWith(word.substring(0, PREFIX)));
    }

    private static List<String> specificWords(DossierDetails details) {
        List<String> words = new ArrayList<>();
        Stream.of(details.faculty(), details.facilities(), details.teachingStructure(), details.strengths(),
                details.fellowships(), details.city(), details.state())
                .filter(text -> text != null && !text.isBlank())
                .forEach(text -> words(text).forEach(words::add));
        return words;
    }

    // telling words only: acronyms, and words long enough to mean something that are not said of every program
    private static Stream<String> words(String text) {
        Stream<String> acronyms = ACRONYM.matcher(text).results().map(match -> match.group().toLowerCase(Locale.ROOT));
        Stream<String> longWords = WORD.matcher(text).results().map(match -> match.group().toLowerCase(Locale.ROOT))
                .filter(word -> word.length() >= 4 && !GENERIC.contains(word));
        return Stream.concat(acronyms, longWords);
    }

    private static long written(List<String> reasons) {
        return reasons.stream().filter(reason -> reason != null && !reason.isBlank()).count();
    }
}
