package org.matchprep.season;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One letter to a program, with what it seems to do against the rules for letters. */
public record LetterSummary(long id, long dossierId, String programName, LetterKind kind, String body,
                            LocalDate sentOn, Instant updatedAt, long version, List<LetterWarning> warnings) {

    public LetterSummary {
        warnings = List.copyOf(warnings);
    }

    public boolean sent() {
        return sentOn != null;
    }

    public LetterDraft toDraft() {
        return new LetterDraft(kind, body);
    }
}
