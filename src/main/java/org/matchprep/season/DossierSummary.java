package org.matchprep.season;

import java.time.Instant;

/** A saved program dossier, read at {@code version} (pass it back when saving changes). */
public record DossierSummary(long id, DossierDetails details, long version, Instant updatedAt) {

    public String name() {
        return details.name();
    }
}
