package org.matchprep.base;

/**
 * Trimming, length and control-character checks. A problem is reported under the request's field key ({@code "city"}) with a
 * message that names the field as the form labels it ({@code "City has ..."}).
 */
public final class Texts {

    private Texts() {
    }

    public static String optional(InvalidInputException.Collector problems, String field, String label, String value, int max) {
        String text = value == null ? "" : value.strip();
        if (text.length() > max) {
            problems.add(field, label + " has " + text.length() + " characters; the limit is " + max + ".");
        }
        TextRules.checkControlCharacters(problems, field, label, text);
        return text;
    }

    public static String required(InvalidInputException.Collector problems, String field, String label, String value, int max) {
        String text = optional(problems, field, label, value, max);
        if (text.isEmpty()) {
            problems.add(field, label + " is required.");
        }
        return text;
    }
}
