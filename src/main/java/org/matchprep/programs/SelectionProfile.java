package org.matchprep.programs;

import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;

import org.matchprep.season.ProgramType;

/**
 * What an applicant tells the fit score about themselves. Null numbers are "not yet known" (a Step 2 CK
 * score not out yet): the score then says what it could not weigh instead of guessing.
 *
 * @param step2Score        USMLE Step 2 CK score, 1-300
 * @param examFailure       any failed attempt at a USMLE Step
 * @param usRadiologyMonths months of hands-on US clinical experience in radiology
 * @param usOtherMonths     months of hands-on US clinical experience in other fields
 * @param usLetters         letters of recommendation from US physicians
 * @param graduationYear    the year of medical school graduation (past or expected)
 * @param researchItems     publications, abstracts and posters
 * @param radiologyResearch whether any of that research is in radiology
 * @param preferredRegions  empty when any region will do
 * @param preferredSettings empty when any setting will do
 * @param requiredStates    postal codes of the only states the applicant can move to (family, partner); empty when free
 * @param constraintNote    the applicant's own words about those constraints
 * @param programsPlanned   how many programs they plan to apply to
 */
public record SelectionProfile(Integer step2Score, boolean examFailure, Integer usRadiologyMonths, Integer usOtherMonths,
                               Integer usLetters, Integer graduationYear, Integer researchItems, boolean radiologyResearch,
                               Set<Region> preferredRegions, Set<ProgramType> preferredSettings,
                               Set<String> requiredStates, String constraintNote, Integer programsPlanned) {

    public static final SelectionProfile EMPTY = new SelectionProfile(null, false, null, null, null, null, null, false,
            Set.of(), Set.of(), Set.of(), "", null);

    public SelectionProfile {
        preferredRegions = preferredRegions == null || preferredRegions.isEmpty() ? Set.of()
                : Set.copyOf(EnumSet.copyOf(preferredRegions));
        preferredSettings = preferredSettings == null || preferredSettings.isEmpty() ? Set.of()
                : Set.copyOf(EnumSet.copyOf(preferredSettings));
        requiredStates = requiredStates == null ? Set.of() : Set.copyOf(new TreeSet<>(requiredStates));
        constraintNote = constraintNote == null ? "" : constraintNote;
    }

    /** US clinical experience in all fields, when anything of it is known. */
    public Integer usClinicalMonths() {
        if (usRadiologyMonths == null && usOtherMonths == null) {
            return null;
        }
        return (usRadiologyMonths == null ? 0 : usRadiologyMonths) + (usOtherMonths == null ? 0 : usOtherMonths);
    }
}
