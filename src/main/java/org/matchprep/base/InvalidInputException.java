package org.matchprep.base;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Input a service refuses, with every problem found, each tied to the field it is about. Services validate
 * the whole request and throw once, so a form shows all its problems at the same time.
 */
public class InvalidInputException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super(errors.stream().map(FieldError::message).collect(Collectors.joining(" ")));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("An invalid-input exception needs at least one error");
        }
        this.errors = List.copyOf(errors);
    }

    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(List.of(FieldError.of(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** The message for one field, if there is one. */
    public java.util.Optional<String> messageFor(String field) {
        return errors.stream().filter(error -> field.equals(error.field())).map(FieldError::message).findFirst();
    }

    /** Collects problems while a request is checked; {@link #throwIfAny()} at the end. */
    public static final class Collector {

        private final List<FieldError> errors = new ArrayList<>();

        public Collector add(String field, String message) {
            errors.add(FieldError.of(field, message));
            return this;
        }

        public boolean has(String field) {
            return errors.stream().anyMatch(error -> field.equals(error.field()));
        }

        public void throwIfAny() {
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
        }
    }

    public static Collector collector() {
        return new Collector();
    }
}
