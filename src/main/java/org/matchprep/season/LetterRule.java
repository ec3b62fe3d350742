package org.matchprep.season;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a letter to a program after its interview must not do, each rule with its reason: the one place the
 * rules are written. They follow the Match's rules on communication between applicants and programs as
 * commonly explained (either side may say it is interested; neither may ask the other for a commitment),
 * not the interview guide, which says nothing about letters. Checks warn and never block: a phrase can be
 * innocent, and the applicant decides.
 */
public enum LetterRule {

    ONE_LETTER_OF_INTENT("A letter of intent goes to one program only.",
            "It tells the program it is your first choice, and only one program can be first on your rank list. "
                    + "Programs talk to each other; two letters of intent cost you the trust of both."),

    NO_RANKING_PROMISE_IN_AN_UPDATE("An update letter shows interest; it does not promise how you will rank the program.",
            "Saying you will rank a program first is a promise only a letter of intent makes, to the one program "
                    + "you will really put first. Promise nothing you cannot keep."),

    NO_ASKING_FOR_A_COMMITMENT("No letter asks where you stand, how you will be ranked or whether you will match.",
            "The Match's rules let you say you are interested but not ask a program for a commitment. A program "
                    + "cannot answer such a question, and asking reads as pressure.");

    /** Says or implies the program will be ranked first; allowed only in a letter of intent. */
    private static final Pattern RANKING_PROMISE = Pattern.compile(
            "\\b(will|would|plan to|intend to|going to|am going to) rank\\b"
                    + "|\\brank(ing)? (you|your program|your residency|[a-z]+ program)( as)? "
                    + "(first|#\\s?1|number one|no\\.? ?1|highly|at the top)"
                    + "|#\\s?1\\b|\\bnumber one (choice|program)\\b|\\btop choice\\b|\\bfirst choice\\b",
            Pattern.CASE_INSENSITIVE);

    /** Asks the program for its ranking, the applicant's chances, or a commitment. */
    private static final Pattern ASKING = Pattern.compile(
            "\\bwhere (do |would )?i stand\\b"
                    + "|\\b(will|would|do|can|could) you rank me\\b"
                    + "|\\bhow (high|highly|well) (will|would|do) you rank me\\b"
                    + "|\\b(am i|i am|i'm) (being )?(ranked|on your rank list)"
                    + "|\\blet me know (if|whether) i (will|would|am going to|could) (match|be ranked)"
                    + "|\\b(will|would|can|could) i match\\b"
                    + "|\\bmy (chances|odds) (of|to) match"
                    + "|\\b(tell|let) me know how (high|highly|well)? ?(you|i) (will |would )?(rank|ranked|be ranked)",
            Pattern.CASE_INSENSITIVE);

    private final String rule;
    private final String reason;

    LetterRule(String rule, String reason) {
        this.rule = rule;
        this.reason = reason;
    }

    /** The rule as one sentence. */
    public String rule() {
        return rule;
    }

    /** Why the rule exists. */
    public String reason() {
        return reason;
    }

    /**
     * The rules this letter seems to break. {@code otherIntentPrograms} names the other programs that have a
     * letter of intent from the same applicant (drafted or sent).
     */
    public static List<LetterWarning> check(LetterKind kind, String body, Collection<String> otherIntentPrograms) {
        String text = body == null ? "" : body;
        List<LetterWarning> warnings = new ArrayList<>();
        if (kind == LetterKind.INTENT && !otherIntentPrograms.isEmpty()) {
            warnings.add(new LetterWarning(ONE_LETTER_OF_INTENT, ONE_LETTER_OF_INTENT.rule
                    + " You also have one for " + String.join(", ", otherIntentPrograms) + "."));
        }
        if (kind == LetterKind.UPDATE) {
            found(RANKING_PROMISE, text).ifPresent(phrase -> warnings.add(new LetterWarning(NO_RANKING_PROMISE_IN_AN_UPDATE,
                    NO_RANKING_PROMISE_IN_AN_UPDATE.rule + " This one says \"" + phrase + "\".")));
        }
        found(ASKING, text).ifPresent(phrase -> warnings.add(new LetterWarning(NO_ASKING_FOR_A_COMMITMENT,
                NO_ASKING_FOR_A_COMMITMENT.rule + " This one asks \"" + phrase + "\".")));
        return warnings;
    }

    private static Optional<String> found(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? Optional.of(matcher.group().strip()) : Optional.empty();
    }
}
