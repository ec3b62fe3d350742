package org.matchprep.review;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One kind of text that applicants share with their mentors for comments: answers, program dossiers, and
 * whatever comes next. The feature that owns the text provides one bean of this type, and the review
 * feature does everything else once for all kinds: sharing, review requests with their status, the
 * mentor's queue, threads anchored in passages, "changes since your review" and notifications.
 * <p>
 * A provider makes no access decisions: the review feature has checked ownership, sharing and pairing
 * before it asks, and asks only inside its own transactions.
 */
public interface ReviewableKind {

    /** The kind's name in links and in the database, lower-case letters and dashes: "answer". Never changes. */
    String type();

    /** What one item is called in messages to users: "answer", "dossier". */
    String noun();

    /**
     * The items as they stand now, in any order; ids that do not exist (any more) are left out. Lists
     * load many at once, so this must take a fixed number of queries, whatever the number of ids.
     */
    List<ReviewSubject> load(Collection<Long> ids);

    /**
     * The text of one revision of an item, part key to text, for kinds that keep revisions (where
     * {@link ReviewSubject#revision()} is not null): a mentor's new thread is checked against the revision
     * they read. Empty when the revision is not one of this item's.
     */
    default Optional<Map<String, String>> revisionText(long subjectId, long revisionId) {
        return Optional.empty();
    }

    /** Revision numbers by revision id, to label threads made on an earlier revision ("revision 2"). */
    default Map<Long, Integer> revisionNumbers(Collection<Long> revisionIds) {
        return Map.of();
    }

    /**
     * Freezes a revision a mentor has read, so later edits start a new one and their comments keep pointing
     * into exactly the text they saw. Nothing to do for kinds without revisions.
     */
    default void seal(long revisionId) {
    }
}
