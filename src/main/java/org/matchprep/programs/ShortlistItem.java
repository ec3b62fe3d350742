package org.matchprep.programs;

import java.time.Instant;

/** One program on a shortlist: its fit now, the applicant's note, and the dossier made from it (null if none). */
public record ShortlistItem(int position, ProgramFit fit, String note, Long dossierId, Instant addedAt) {

    public long programId() {
        return fit.program().id();
    }
}
