package org.matchprep.season.domain;

import org.matchprep.season.SeasonException;

/** Trimming and length checks with messages that name the field as the form labels it. */
final class Texts {

    private Texts() {
    }

    static String optional(String field, String value, int max) {
        String text = value == null ? "" : value.strip();
        if (text.length() > max) {
            throw new SeasonException(field + " has " + text.length() + " characters; the limit is " + max + ".");
        }
        return text;
    }

    static String required(String field, String value, int max) {
        String text = optional(field, value, max);
        if (text.isEmpty()) {
            throw new SeasonException(field + " is required.");
        }
        return text;
    }
}
