package org.matchprep.programs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.matchprep.season.ProgramType;

/** Pins the sentence and the points of every factor, what stays unknown, and the tiers' thresholds. */
class FitScorerTest {

    static final int THIS_YEAR = 2026;
    static final Source RESIDENTS = new Source("https://example.org/residents", LocalDate.of(2026, 9, 1));
    static final Source STATEMENT = new Source("https://example.org/apply", LocalDate.of(2026, 8, 1));

    static CatalogueEntry program(ProgramDetails details) {
        return new CatalogueEntry(1, 0, details, null);
    }

    static ProgramDetails plain() {
        return ProgramDetails.basic("Plain Radiology", "Chicago", "IL", "America/Chicago", ProgramType.ACADEMIC, 6);
    }

    static ProgramDetails withEverything() {
        return new ProgramDetails("Everything Radiology", "", "Tampa", "FL", "America/New_York", ProgramType.HYBRID, 6,
                true, "", Map.of(2024, 1, 2025, 2), RESIDENTS, "IMGs welcome.", STATEMENT, Source.NONE, 3, 230, 6, "");
    }

    static SelectionProfile profile(Integer step2, Integer radiologyMonths, Integer otherMonths, Integer graduated) {
        return new SelectionProfile(step2, false, radiologyMonths, otherMonths, 1, graduated, 0, false, Set.of(),
                Set.of(), Set.of(), "", 60);
    }

    @Test
    void each_program_factor_says_what_it_added_and_carries_its_evidence() {
        ProgramFit fit = FitScorer.score(program(withEverything()), profile(235, 0, 8, 2024), FitWeights.DEFAULTS, THIS_YEAR);

        assertThat(fit.factors()).extracting(FitFactor::sentence).containsExactly(
                "+12: two of its residents in 2025 trained abroad, as you did",
                "+6: the program states that it welcomes graduates of schools abroad",
                "0: requires graduation within 3 years, which you meet",
                "+4: your Step 2 CK score of 235 meets its stated minimum of 230",
                "+3: your 8 months of US clinical experience meet the 6 it requires",
                "+3: a preliminary year is attached, so one application covers both years");
        assertThat(fit.factors().get(0).evidence()).isEqualTo(RESIDENTS);
        assertThat(fit.factors().get(1).evidence()).isEqualTo(STATEMENT);
        assertThat(fit.score()).isEqualTo(50 + 12 + 6 + 4 + 3 + 3);
        assertThat(fit.tier()).isEqualTo(FitTier.LIKELY);
        assertThat(fit.unknowns()).isEmpty();
    }

    @Test
    void requirements_the_applicant_misses_count_against_with_the_figures_in_words() {
        ProgramFit fit = FitScorer.score(program(withEverything()), profile(221, 0, 2, 2019), FitWeights.DEFAULTS, THIS_YEAR);

        assertThat(fit.factors()).extracting(FitFactor::sentence).contains(
                "-15: requires graduation within 3 years; you graduated 7 years ago",
                "-15: states a Step 2 CK minimum of 230; yours is 221",
                "-10: requires 6 months of US clinical experience; you have 2");
        assertThat(fit.score()).isEqualTo(50 + 12 + 6 - 15 - 15 - 10 + 3);
        assertThat(fit.tier()).isEqualTo(FitTier.REACH);
    }

    @Test
    void residents_are_capped_and_a_year_with_none_counts_against() {
        ProgramDetails many = new ProgramDetails("Many Radiology", "", "Tampa", "FL", "America/New_York",
                ProgramType.COMMUNITY, 6, false, "", Map.of(2025, 5), RESIDENTS, "", Source.NONE, Source.NONE, null, null,
                null, "");
        ProgramDetails none = new ProgramDetails("None Radiology", "", "Tampa", "FL", "America/New_York",
                ProgramType.COMMUNITY, 6, false, "", Map.of(2024, 3, 2025, 0), RESIDENTS, "", Source.NONE, Source.NONE,
                null, null, null, "");

        assertThat(FitScorer.score(program(many), SelectionProfile.EMPTY, FitWeights.DEFAULTS, THIS_YEAR).factors())
                .extracting(FitFactor::sentence).startsWith("+18: five of its residents in 2025 trained abroad, as you did");
        assertThat(FitScorer.score(program(none), SelectionProfile.EMPTY, FitWeights.DEFAULTS, THIS_YEAR).factors())
                .extracting(FitFactor::sentence).startsWith("-6: none of its residents in 2025 trained abroad");
    }

    @Test
    void what_is_not_known_is_listed_and_adds_nothing() {
        ProgramFit fit = FitScorer.score(program(new ProgramDetails("Unknown Radiology", "", "Tampa", "FL",
                        "America/New_York", ProgramType.HYBRID, 6, false, "", Map.of(), Source.NONE, "", Source.NONE,
                        Source.NONE, 3, 230, 6, "")), SelectionProfile.EMPTY, FitWeights.DEFAULTS, THIS_YEAR);

        assertThat(fit.factors()).isEmpty();
        assertThat(fit.score()).isEqualTo(50);
        assertThat(fit.tier()).isEqualTo(FitTier.TARGET);
        assertThat(fit.unknowns()).containsExactly(
                "how many of its residents trained abroad",
                "your graduation year, against its limit of 3 years",
                "your Step 2 CK score, against its stated minimum of 230",
                "your months of US clinical experience, against the 6 it requires",
                "your US clinical experience in radiology");
    }

    @Test
    void preferences_and_constraints_say_which_region_setting_or_states() {
        SelectionProfile picky = new SelectionProfile(null, false, 0, 0, 0, null, 0, false, Set.of(Region.SOUTH),
                Set.of(ProgramType.HYBRID), Set.of("TX", "LA"), "My husband works in Houston", 30);

        assertThat(FitScorer.score(program(withEverything()), picky, FitWeights.DEFAULTS, THIS_YEAR).factors())
                .extracting(FitFactor::sentence).contains(
                        "-20: it is in FL, outside the states you said you can move to (LA, TX)",
                        "+5: it is in the South, a region you prefer",
                        "+3: it is a hybrid program, a setting you prefer");
    }

    @Test
    void what_the_applicant_brings_counts_the_same_everywhere() {
        SelectionProfile strong = new SelectionProfile(null, true, 2, 4, 3, null, 4, true, Set.of(), Set.of(), Set.of(), "", 80);

        assertThat(FitScorer.score(program(plain()), strong, FitWeights.DEFAULTS, THIS_YEAR).factors())
                .extracting(FitFactor::sentence).containsExactly(
                        "+4: you have 2 months of US clinical experience in radiology",
                        "+3: you have three letters from US physicians",
                        "+3: you have research in radiology",
                        "-8: a failed attempt at a USMLE Step weighs at many programs; show the improvement after it");
    }

    @Test
    void the_tiers_follow_the_stated_thresholds_and_changed_weights() {
        FitWeights strict = new FitWeights(50, 6, 18, -6, 6, -15, -15, 4, -10, 3, 5, 3, -20, 3, 4, 3, 3, -8, 90, 51);
        ProgramFit fit = FitScorer.score(program(plain()), SelectionProfile.EMPTY, strict, THIS_YEAR);
        assertThat(fit.score()).isEqualTo(50);
        assertThat(fit.tier()).isEqualTo(FitTier.REACH);
        assertThat(FitTier.of(51, strict)).isEqualTo(FitTier.TARGET);
        assertThat(FitTier.of(90, strict)).isEqualTo(FitTier.LIKELY);
    }
}
