package org.matchprep.account.ui;

import java.util.EnumMap;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import org.matchprep.account.InvalidAccountInputException;
import org.matchprep.account.InvalidAccountInputException.Field;

/** Puts the service's per-field messages onto the form fields they belong to. */
final class FieldErrors {

    private final Map<Field, HasValidation> fields = new EnumMap<>(Field.class);

    FieldErrors bind(Field field, HasValidation component) {
        fields.put(field, component);
        return this;
    }

    void clear() {
        fields.values().forEach(component -> {
            component.setInvalid(false);
            component.setErrorMessage(null);
        });
    }

    /** Shows every message on its field; returns the ones that have no field here. */
    String show(InvalidAccountInputException exception) {
        clear();
        StringBuilder unplaced = new StringBuilder();
        exception.errors().forEach((field, message) -> {
            HasValidation component = fields.get(field);
            if (component == null) {
                unplaced.append(message).append(' ');
            } else {
                component.setErrorMessage(message);
                component.setInvalid(true);
            }
        });
        return unplaced.toString().strip();
    }
}
