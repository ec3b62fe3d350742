package org.matchprep.base.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.data.binder.Binder;
import org.matchprep.base.FieldError;
import org.matchprep.base.InvalidInputException;

/**
 * Puts a service's field errors onto the fields of a form: each error goes to the field bound under the
 * same property name in the form's {@link Binder}. What has no field on the form (or no field at all) is
 * returned, for the form to show as a notice, so no message is ever dropped.
 */
public final class FormErrors {

    private FormErrors() {
    }

    /** Shows each error on its bound field; returns the messages that found no field, joined. */
    public static String show(Binder<?> binder, InvalidInputException refused) {
        clear(binder);
        List<String> unplaced = new ArrayList<>();
        for (FieldError error : refused.errors()) {
            HasValidation field = error.field() == null ? null : fieldOf(binder, error.field());
            if (field == null) {
                unplaced.add(error.message());
            } else {
                field.setErrorMessage(error.message());
                field.setInvalid(true);
            }
        }
        return String.join(" ", unplaced);
    }

    /** Shows the errors, and the ones without a field as an error notice. */
    public static void showWithNotice(Binder<?> binder, InvalidInputException refused) {
        String rest = show(binder, refused);
        if (!rest.isEmpty()) {
            Notices.error(rest);
        }
    }

    /** Removes the messages an earlier attempt left on the fields. */
    public static void clear(Binder<?> binder) {
        binder.getFields().forEach(field -> {
            if (field instanceof HasValidation validated) {
                validated.setInvalid(false);
                validated.setErrorMessage(null);
            }
        });
    }

    private static HasValidation fieldOf(Binder<?> binder, String property) {
        return binder.getBinding(property)
                .map(binding -> binding.getField() instanceof HasValidation validated ? validated : null)
                .orElse(null);
    }
}
