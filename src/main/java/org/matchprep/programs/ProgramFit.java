package org.matchprep.programs;

import java.util.List;

/** A program's fit score for one applicant, with every factor that made it and what could not be weighed. */
public record ProgramFit(CatalogueEntry program, int score, FitTier tier, List<FitFactor> factors, List<String> unknowns) {

    public ProgramFit {
        factors = List.copyOf(factors);
        unknowns = List.copyOf(unknowns);
    }
}
