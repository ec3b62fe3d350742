package org.matchprep.review;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A shared item as its feature provides it to the review feature: who owns it, how it is titled, and its
 * current text in named parts (in reading order). {@code revision} is the revision holding this text, or
 * null for kinds that keep no revisions. {@code category} is a short label for lists ("Behavioural",
 * "Program dossier"); {@code editLink} is the route where its owner edits it.
 */
public record ReviewSubject(long id, long ownerId, String title, String category, Instant updatedAt, List<Part> parts,
                            Revision revision, String editLink) {

    /** One titled part of the text; {@code key} stays the same while the item is edited. */
    public record Part(String key, String label, String text) {
    }

    /** The revision that holds the current text. */
    public record Revision(long id, int number) {
    }

    public ReviewSubject {
        parts = List.copyOf(parts);
    }

    /** The current text of a part; empty when the part is empty or gone. */
    public String part(String key) {
        return parts.stream().filter(part -> part.key().equals(key)).map(Part::text).findFirst().orElse("");
    }

    public boolean hasPart(String key) {
        return parts.stream().anyMatch(part -> part.key().equals(key));
    }

    /** The whole text, part key to text. */
    public Map<String, String> text() {
        Map<String, String> text = new LinkedHashMap<>();
        parts.forEach(part -> text.put(part.key(), part.text()));
        return text;
    }
}
