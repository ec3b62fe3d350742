package org.matchprep.account;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** Input that breaks an account rule, with one message per offending field, so forms can show them in place. */
public class InvalidAccountInputException extends RuntimeException {

    public enum Field { EMAIL, DISPLAY_NAME, TIME_ZONE, PASSWORD, PASSWORD_REPEAT, CURRENT_PASSWORD }

    private final Map<Field, String> errors;

    public InvalidAccountInputException(Map<Field, String> errors) {
        super(String.join(" ", errors.values()));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("An invalid-input exception needs at least one error");
        }
        this.errors = Collections.unmodifiableMap(new EnumMap<>(errors));
    }

    public static InvalidAccountInputException of(Field field, String message) {
        return new InvalidAccountInputException(Map.of(field, message));
    }

    public Map<Field, String> errors() {
        return errors;
    }
}
