package org.matchprep.programs;

import java.util.List;

/** An import refused as a whole, with every line at fault; nothing of it was kept. */
public class CatalogueImportException extends CatalogueException {

    private final List<ImportProblem> problems;

    public CatalogueImportException(List<ImportProblem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> problems() {
        return problems;
    }

    private static String summary(List<ImportProblem> problems) {
        return "Nothing was imported: " + problems.size() + (problems.size() == 1 ? " problem" : " problems")
                + " to fix first. " + problems.getFirst();
    }
}
