package org.matchprep.programs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Scores one program for one applicant: a base, plus or minus each factor in {@link FitWeights}, every
 * factor with the sentence that explains it. Pure arithmetic on what the catalogue and the profile hold;
 * it predicts nothing, and what is not known is listed rather than guessed.
 */
final class FitScorer {

    private static final String[] WORDS = {"no", "one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten"};

    private FitScorer() {
    }

    static ProgramFit score(CatalogueEntry entry, SelectionProfile profile, FitWeights weights, int currentYear) {
        ProgramDetails program = entry.details();
        List<FitFactor> factors = new ArrayList<>();
        List<String> unknowns = new ArrayList<>();

        imgResidents(program, weights, factors, unknowns);
        if (!program.statement().isEmpty()) {
            factors.add(new FitFactor(weights.statement(), "the program states that it welcomes graduates of schools "
                    + "abroad", program.statementSource()));
        }
        graduation(program, profile, weights, currentYear, factors, unknowns);
        step2(program, profile, weights, factors, unknowns);
        clinical(program, profile, weights, factors, unknowns);
        preferences(entry, profile, weights, factors);
        if (program.preliminaryYearAttached()) {
            factors.add(new FitFactor(weights.preliminaryYear(), "a preliminary year is attached, so one application "
                    + "covers both years", null));
        }
        applicant(profile, weights, factors, unknowns);

        int score = weights.base() + factors.stream().mapToInt(FitFactor::points).sum();
        return new ProgramFit(entry, score, FitTier.of(score, weights), factors, unknowns);
    }

    private static void imgResidents(ProgramDetails program, FitWeights weights, List<FitFactor> factors,
                                     List<String> unknowns) {
        program.latestImgCount().ifPresentOrElse(latest -> {
            int count = latest.getValue();
            if (count == 0) {
                factors.add(new FitFactor(weights.noImgResidents(), "none of its residents in " + latest.getKey()
                        + " trained abroad", program.imgResidentsSource()));
            } else {
                int points = Math.min(count * weights.perImgResident(), weights.imgResidentsCap());
                factors.add(new FitFactor(points, words(count) + " of its residents in " + latest.getKey()
                        + " trained abroad, as you did", program.imgResidentsSource()));
            }
        }, () -> unknowns.add("how many of its residents trained abroad"));
    }

    private static void graduation(ProgramDetails program, SelectionProfile profile, FitWeights weights, int currentYear,
                                   List<FitFactor> factors, List<String> unknowns) {
        Integer limit = program.maxYearsSinceGraduation();
        if (limit == null) {
            return;
        }
        if (profile.graduationYear() == null) {
            unknowns.add("your graduation year, against its limit of " + limit + " years");
            return;
        }
        int since = Math.max(0, currentYear - profile.graduationYear());
        if (since > limit) {
            factors.add(new FitFactor(weights.graduationOutside(), "requires graduation within " + limit + " years; "
                    + "you graduated " + since + " years ago", null));
        } else {
            factors.add(new FitFactor(0, "requires graduation within " + limit + " years, which you meet", null));
        }
    }

    private static void step2(ProgramDetails program, SelectionProfile profile, FitWeights weights,
                              List<FitFactor> factors, List<String> unknowns) {
        Integer minimum = program.minStep2Score();
        if (minimum == null) {
            return;
        }
        if (profile.step2Score() == null) {
            unknowns.add("your Step 2 CK score, against its stated minimum of " + minimum);
        } else if (profile.step2Score() < minimum) {
            factors.add(new FitFactor(weights.step2Below(), "states a Step 2 CK minimum of " + minimum + "; yours is "
                    + profile.step2Score(), null));
        } else {
            factors.add(new FitFactor(weights.step2Meets(), "your Step 2 CK score of " + profile.step2Score()
                    + " meets its stated minimum of " + minimum, null));
        }
    }

    private static void clinical(ProgramDetails program, SelectionProfile profile, FitWeights weights,
                                 List<FitFactor> factors, List<String> unknowns) {
        Integer required = program.minUsClinicalMonths();
        if (required == null) {
            return;
        }
        Integer months = profile.usClinicalMonths();
        if (months == null) {
            unknowns.add("your months of US clinical experience, against the " + required + " it requires");
        } else if (months < required) {
            factors.add(new FitFactor(weights.clinicalBelow(), "requires " + required + " months of US clinical "
                    + "experience; you have " + months, null));
        } else {
            factors.add(new FitFactor(weights.clinicalMeets(), "your " + months + " months of US clinical experience "
                    + "meet the " + required + " it requires", null));
        }
    }

    private static void preferences(CatalogueEntry entry, SelectionProfile profile, FitWeights weights,
                                    List<FitFactor> factors) {
        ProgramDetails program = entry.details();
        if (!profile.requiredStates().isEmpty() && !profile.requiredStates().contains(program.state())) {
            factors.add(new FitFactor(weights.outsideRequiredStates(), "it is in " + program.state() + ", outside the "
                    + "states you said you can move to (" + String.join(", ", profile.requiredStates()) + ")", null));
        }
        if (profile.preferredRegions().contains(entry.region())) {
            factors.add(new FitFactor(weights.preferredRegion(), "it is in the " + entry.region().label()
                    + ", a region you prefer", null));
        }
        if (profile.preferredSettings().contains(program.setting())) {
            factors.add(new FitFactor(weights.preferredSetting(), "it is a " + program.setting().label().toLowerCase()
                    .replaceFirst(" \\(.*", "") + " program, a setting you prefer", null));
        }
    }

    /** What the applicant brings counts the same at every program: it moves the whole list between tiers. */
    private static void applicant(SelectionProfile profile, FitWeights weights, List<FitFactor> factors,
                                  List<String> unknowns) {
        if (profile.usRadiologyMonths() == null) {
            unknowns.add("your US clinical experience in radiology");
        } else if (profile.usRadiologyMonths() > 0) {
            factors.add(new FitFactor(weights.radiologyExperience(), "you have " + profile.usRadiologyMonths()
                    + (profile.usRadiologyMonths() == 1 ? " month" : " months") + " of US clinical experience in radiology",
                    null));
        }
        if (profile.usLetters() != null && profile.usLetters() >= 2) {
            factors.add(new FitFactor(weights.usLetters(), "you have " + words(profile.usLetters())
                    + " letters from US physicians", null));
        }
        if (profile.radiologyResearch()) {
            factors.add(new FitFactor(weights.radiologyResearch(), "you have research in radiology", null));
        }
        if (profile.examFailure()) {
            factors.add(new FitFactor(weights.examFailure(), "a failed attempt at a USMLE Step weighs at many programs; "
                    + "show the improvement after it", null));
        }
    }

    static String words(int count) {
        return count >= 0 && count < WORDS.length ? WORDS[count] : String.valueOf(count);
    }

    /** The reasons, one sentence each, as the page and the exports show them. */
    static String explain(ProgramFit fit) {
        return fit.factors().stream().map(FitFactor::sentence).collect(Collectors.joining("; "));
    }

    static Map<FitTier, Long> tally(List<ProgramFit> fits) {
        return fits.stream().collect(Collectors.groupingBy(ProgramFit::tier, Collectors.counting()));
    }
}
