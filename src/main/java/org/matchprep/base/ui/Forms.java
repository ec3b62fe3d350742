package org.matchprep.base.ui;

import java.util.Optional;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ReadOnlyHasValue;
import com.vaadin.flow.data.binder.ValidationException;

/**
 * Forms that edit the request record a service takes. The fields are bound by the names of the record's
 * components, {@link Binder#writeRecord()} builds the request, and the service checks it: its
 * {@link org.matchprep.base.InvalidInputException} comes back through {@link FormErrors}.
 */
public final class Forms {

    private Forms() {
    }

    /**
     * A binder for a request record. The fields' own default checks (an email pattern, a maximum) are off:
     * the service is the one place that judges input, so a field never shows a second, different message.
     * The fields keep their client-side limits such as a maximum length.
     */
    public static <R extends Record> Binder<R> binderFor(Class<R> type) {
        Binder<R> binder = new Binder<>(type);
        binder.setDefaultValidatorsEnabled(false);
        return binder;
    }

    /**
     * The record the fields hold, or empty when a check made in the form itself (a required choice, a
     * conversion) refused it; the binder has then marked the field.
     */
    public static <R> Optional<R> record(Binder<R> binder) {
        try {
            return Optional.of(binder.writeRecord());
        } catch (ValidationException refused) {
            return Optional.empty();
        }
    }

    /**
     * Carries a component of the record the form does not let anyone edit (a zone kept as created), so
     * {@link Binder#readRecord} and {@link Binder#writeRecord} still see the whole record.
     */
    public static <T> HasValue<?, T> kept() {
        return new ReadOnlyHasValue<>(value -> { });
    }
}
