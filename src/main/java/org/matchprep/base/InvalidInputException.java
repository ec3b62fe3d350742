package org.matchprep.base;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Input a service refuses, with every problem found, each tied to the field it is about. Services validate
 * the whole request and throw once, so a form shows all its problems at the same time. Features extend it
 * ({@code SeasonException}, ...) so callers can still catch what a feature refuses; a refusal that concerns
 * no single field (an edit made meanwhile elsewhere) is a {@linkplain FieldError#general general} error.
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

    /** A refusal about the request as a whole. */
    protected InvalidInputException(String message) {
        this(List.of(FieldError.general(message)));
    }

    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(List.of(FieldError.of(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** The message for one field, if there is one. */
    public Optional<String> messageFor(String field) {
        return errors.stream().filter(error -> field.equals(error.field())).map(FieldError::message).findFirst();
    }

    /** The fields with a message, in the order they were found (null for a general message). */
    public List<String> fields() {
        return errors.stream().map(FieldError::field).toList();
    }

    /** Collects problems while a request is checked; {@link #throwIfAny()} at the end. */
    public static final class Collector {

        private final List<FieldError> errors = new ArrayList<>();

        public Collector add(String field, String message) {
            errors.add(FieldError.of(field, message));
            return this;
        }

        /** A problem with the request as a whole. */
        public Collector general(String message) {
            errors.add(FieldError.general(message));
            return this;
        }

        public boolean has(String field) {
            return errors.stream().anyMatch(error -> field.equals(error.field()));
        }

        public boolean isEmpty() {
            return errors.isEmpty();
        }

        public void throwIfAny() {
            throwIfAny(InvalidInputException::new);
        }

        /** Throws the feature's own kind of refusal, such as {@code SeasonException::new}, when anything was found. */
        public <E extends InvalidInputException> void throwIfAny(Function<List<FieldError>, E> refusal) {
            if (!errors.isEmpty()) {
                throw refusal.apply(errors);
            }
        }
    }

    public static Collector collector() {
        return new Collector();
    }
}
