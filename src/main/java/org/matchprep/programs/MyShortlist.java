package org.matchprep.programs;

import java.util.List;
import java.util.Optional;

/** An applicant's shortlist in their order; {@code id} is null until the first program is added. */
public record MyShortlist(Long id, List<ShortlistItem> items) {

    public MyShortlist {
        items = List.copyOf(items);
    }

    public boolean contains(long programId) {
        return items.stream().anyMatch(item -> item.programId() == programId);
    }

    public Optional<ShortlistItem> item(long programId) {
        return items.stream().filter(item -> item.programId() == programId).findFirst();
    }
}
