package org.matchprep.programs;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import org.matchprep.season.ProgramType;

/**
 * Everything the catalogue records about one program, as an admin writes it. The three requirements at
 * the end are optional: null means the program states none (or nobody has found out).
 *
 * @param state                   two-letter postal code ("IL")
 * @param timeZone                IANA zone id ("America/Chicago")
 * @param imgResidentsByYear      residents who trained abroad, by the academic year (its first calendar year), sorted
 * @param maxYearsSinceGraduation the longest time since medical school graduation the program accepts
 * @param minStep2Score           the lowest USMLE Step 2 CK score the program states it considers
 * @param minUsClinicalMonths     the months of US clinical experience the program requires
 */
public record ProgramDetails(String name, String institution, String city, String state, String timeZone,
                             ProgramType setting, Integer positionsPerYear, boolean preliminaryYearAttached,
                             String fellowships, Map<Integer, Integer> imgResidentsByYear,
                             Source imgResidentsSource, String statement, Source statementSource,
                             Source matchListSource, Integer maxYearsSinceGraduation, Integer minStep2Score,
                             Integer minUsClinicalMonths, String notes) {

    public ProgramDetails {
        imgResidentsByYear = Collections.unmodifiableSortedMap(
                imgResidentsByYear == null ? new TreeMap<>() : new TreeMap<>(imgResidentsByYear));
        imgResidentsSource = imgResidentsSource == null ? Source.NONE : imgResidentsSource;
        statementSource = statementSource == null ? Source.NONE : statementSource;
        matchListSource = matchListSource == null ? Source.NONE : matchListSource;
    }

    /** The latest academic year with a count of residents who trained abroad, and that count. */
    public Optional<Map.Entry<Integer, Integer>> latestImgCount() {
        return imgResidentsByYear.isEmpty() ? Optional.empty()
                : Optional.of(((SortedMap<Integer, Integer>) imgResidentsByYear).lastEntry());
    }

    /** A program with its basic facts only, for forms and tests to start from. */
    public static ProgramDetails basic(String name, String city, String state, String timeZone, ProgramType setting,
                                       int positionsPerYear) {
        return new ProgramDetails(name, "", city, state, timeZone, setting, positionsPerYear, false, "", Map.of(),
                Source.NONE, "", Source.NONE, Source.NONE, null, null, null, "");
    }
}
