package org.matchprep.review;

import java.time.Instant;
import java.util.List;

import org.matchprep.base.WordDiff.PartDiff;

/**
 * What changed in a shared item since the mentor marked their review done, word by word and part by part.
 * {@code fromRevision}/{@code toRevision} are null for kinds without revisions.
 */
public record ReviewChanges(Instant reviewedAt, Integer fromRevision, Integer toRevision, List<PartDiff> parts) {
}
