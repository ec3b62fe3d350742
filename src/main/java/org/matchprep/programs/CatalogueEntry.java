package org.matchprep.programs;

import java.time.Instant;

/** One program as the catalogue holds it; {@code version} comes back with an edit so that two editors cannot overwrite each other. */
public record CatalogueEntry(long id, long version, ProgramDetails details, Instant updatedAt) {

    public String name() {
        return details.name();
    }

    public Region region() {
        return UsState.valueOf(details.state()).region();
    }
}
