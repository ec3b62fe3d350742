package org.matchprep.base;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What any text the app stores must not contain: control characters (C0, DEL and C1) other than tab, line feed
 * and carriage return. PostgreSQL refuses U+0000 in text and jsonb, so a pasted NUL would fail every save
 * and a Retry could never succeed; the other controls are invisible and only ever arrive by accident. Refusing
 * (rather than stripping) keeps what is stored exactly what was typed, and the message says what to remove.
 */
public final class TextRules {

    private TextRules() {
    }

    /** The message for a text with a control character, naming the field as the form labels it; empty when fine. */
    public static Optional<String> checkControlCharacters(String label, String text) {
        OptionalInt code = firstControlCharacter(text);
        if (code.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(label + " contains an invisible control character (" + codeName(code.getAsInt())
                + ") that cannot be saved. It usually comes with pasted text: delete it or retype that passage.");
    }

    /** Adds the message under {@code field} when the text has a control character. */
    public static void checkControlCharacters(InvalidInputException.Collector problems, String field, String label,
                                              String text) {
        checkControlCharacters(label, text).ifPresent(message -> problems.add(field, message));
    }

    /** Throws an {@link InvalidInputException} for {@code field} when the text has a control character. */
    public static void requireNoControlCharacters(String field, String label, String text) {
        checkControlCharacters(label, text).ifPresent(message -> {
            throw InvalidInputException.of(field, message);
        });
    }

    public static boolean hasControlCharacters(String text) {
        return firstControlCharacter(text).isPresent();
    }

    static OptionalInt firstControlCharacter(String text) {
        if (text == null) {
            return OptionalInt.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return OptionalInt.of(c);
            }
        }
        return OptionalInt.empty();
    }

    private static String codeName(int code) {
        return "U+" + String.format(Locale.ROOT, "%04X", code);
    }
}
