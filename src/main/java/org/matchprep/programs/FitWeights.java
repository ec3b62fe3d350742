package org.matchprep.programs;

/**
 * Every number the fit score uses, in one place. The defaults are the advising office's judgement, not a
 * statistical model: an admin can change them on the weights page, and each factor's sentence says what
 * it added. {@code docs/fit-score.md} explains each one.
 *
 * @param base                  where every program starts
 * @param perImgResident        for each current resident who trained abroad, in the latest year recorded
 * @param imgResidentsCap       the most the residents who trained abroad can add
 * @param noImgResidents        the latest year recorded has none
 * @param statement             the program states it welcomes graduates of schools abroad
 * @param graduationOutside     the applicant graduated longer ago than the program accepts
 * @param step2Below            the applicant's Step 2 CK score is below the program's stated minimum
 * @param step2Meets            the score meets a stated minimum
 * @param clinicalBelow         fewer months of US clinical experience than the program requires
 * @param clinicalMeets         the required months are met
 * @param preferredRegion       the program is in a region the applicant prefers
 * @param preferredSetting      the program has a setting the applicant prefers
 * @param outsideRequiredStates the program is outside the only states the applicant can move to
 * @param preliminaryYear       a preliminary year is attached (one application instead of two)
 * @param radiologyExperience   the applicant has US clinical experience in radiology
 * @param usLetters             the applicant has at least two letters from US physicians
 * @param radiologyResearch     the applicant has research in radiology
 * @param examFailure           the applicant failed an attempt at a USMLE Step
 * @param likelyFrom            a score from here up is "likely"
 * @param targetFrom            a score from here up (below likelyFrom) is "target"; below is "reach"
 */
public record FitWeights(int base, int perImgResident, int imgResidentsCap, int noImgResidents, int statement,
                         int graduationOutside, int step2Below, int step2Meets, int clinicalBelow, int clinicalMeets,
                         int preferredRegion, int preferredSetting, int outsideRequiredStates, int preliminaryYear,
                         int radiologyExperience, int usLetters, int radiologyResearch, int examFailure,
                         int likelyFrom, int targetFrom) {

    public static final FitWeights DEFAULTS = new FitWeights(50, 6, 18, -6, 6, -15, -15, 4, -10, 3, 5, 3, -20, 3, 4, 3,
            3, -8, 65, 45);
}
