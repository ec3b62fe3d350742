package org.matchprep.base.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.data.binder.Binder;
import org.matchprep.base.FieldError;
import org.matchprep.base.InvalidInputException;

/**
 * Puts a service's field errors onto the fields of a form: each error goes to the field bound under the
 * same property name in the form's {@link Binder}; an error about one element of a list or map
 * ({@code "imgEvidence[0].url"}) goes to the input the bound field keeps for that element, when the field
 * is one of {@link Elements}. What has no (visible) field on the form, or no field at all, is returned for
 * the form to show as a notice, so no message is ever dropped.
 */
public final class FormErrors {

    private FormErrors() {
    }

    /**
     * A field made of several inputs, one per element of a list or map component (rows of evidence, a
     * score per criterion), which knows the input an element's error belongs to.
     */
    public interface Elements {

        /** The input for what follows the property name in a field key, such as {@code "[0].url"}. */
        Optional<HasValidation> inputFor(String element);

        /** Every input, so the messages of an earlier attempt can be cleared. */
        Stream<? extends HasValidation> inputs();
    }

    /** What follows a property name in a field key: {@code "[0].url"} is index {@code "0"}, component {@code "url"}. */
    public record ElementKey(String index, String component) {

        private static final Pattern FORM = Pattern.compile("\\[([^\\]]+)](?:\\.(.+))?");

        public static Optional<ElementKey> parse(String element) {
            Matcher matcher = FORM.matcher(element);
            return matcher.matches() ? Optional.of(new ElementKey(matcher.group(1), matcher.group(2))) : Optional.empty();
        }

        /** The index as a position in a list, or -1 when it is not a number. */
        public int position() {
            try {
                return Integer.parseInt(index);
            } catch (NumberFormatException notAPosition) {
                return -1;
            }
        }
    }

    /** Shows each error on its bound field; returns the messages that found no field, joined. */
    public static String show(Binder<?> binder, InvalidInputException refused) {
        clear(binder);
        return place(refused, field -> fieldOf(binder, field));
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
        binder.getFields().flatMap(FormErrors::inputsOf).forEach(FormErrors::clear);
    }

    /**
     * For inputs that are not bound in a Binder because the request is not a record (an answer's parts by
     * key): shows each error on the input under its field key; returns the messages that found none.
     */
    public static String show(Map<String, ? extends HasValidation> inputs, InvalidInputException refused) {
        clear(inputs);
        return place(refused, field -> Optional.ofNullable((HasValidation) inputs.get(field)).filter(FormErrors::shown));
    }

    public static void clear(Map<String, ? extends HasValidation> inputs) {
        inputs.values().forEach(FormErrors::clear);
    }

    private static String place(InvalidInputException refused, Function<String, Optional<HasValidation>> inputFor) {
        List<String> unplaced = new ArrayList<>();
        for (FieldError error : refused.errors()) {
            Optional<HasValidation> input = error.field() == null ? Optional.empty() : inputFor.apply(error.field());
            input.ifPresentOrElse(field -> {
                field.setErrorMessage(error.message());
                field.setInvalid(true);
            }, () -> unplaced.add(error.message()));
        }
        return String.join(" ", unplaced);
    }

    private static Optional<HasValidation> fieldOf(Binder<?> binder, String key) {
        Optional<HasValue<?, ?>> bound = binder.getBinding(key).map(Binder.Binding::getField);
        if (bound.isPresent()) {
            return bound.filter(HasValidation.class::isInstance).map(HasValidation.class::cast).filter(FormErrors::shown);
        }
        int bracket = key.indexOf('[');
        if (bracket <= 0) {
            return Optional.empty();
        }
        return binder.getBinding(key.substring(0, bracket)).map(Binder.Binding::getField)
                .filter(Elements.class::isInstance)
                .flatMap(field -> ((Elements) field).inputFor(key.substring(bracket)))
                .filter(FormErrors::shown);
    }

    private static Stream<? extends HasValidation> inputsOf(HasValue<?, ?> field) {
        Stream<? extends HasValidation> own = field instanceof HasValidation validated ? Stream.of(validated) : Stream.empty();
        return field instanceof Elements elements ? Stream.concat(own, elements.inputs()) : own;
    }

    // a message on a field nobody sees would be lost; it becomes a notice instead
    private static boolean shown(HasValidation field) {
        return !(field instanceof Component component) || component.isVisible();
    }

    private static void clear(HasValidation field) {
        field.setInvalid(false);
        field.setErrorMessage(null);
    }
}
