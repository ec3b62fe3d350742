package org.matchprep.base;

import java.util.Locale;

/**
 * Turns what someone typed into a search box into a case-insensitive SQL {@code LIKE} pattern for
 * "contains", with {@code %}, {@code _} and {@code \} taken literally. Queries using it must say
 * {@code escape '\'}: Hibernate on PostgreSQL otherwise switches backslash escaping off.
 */
public final class LikePatterns {

    private LikePatterns() {
    }

    /** The pattern, or "" when there is nothing to search for. */
    public static String containing(String search) {
        if (search == null || search.isBlank()) {
            return "";
        }
        String literal = search.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + literal + "%";
    }
}
