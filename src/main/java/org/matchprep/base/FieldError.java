package org.matchprep.base;

/**
 * One message about one input field, as a service reports it. {@code field} is the name of the component
 * of the request record the service took (for example {@code "email"}), so a form finds the field through
 * its {@code Binder} binding of the same name, never through a label's text. An element of a list or map
 * component is named with its index or key, {@code "imgEvidence[0].url"} or {@code "scores[PACE]"} (see
 * {@link #element}). A null field means the message is about the form as a whole.
 */
public record FieldError(String field, String message) {

    public static FieldError of(String field, String message) {
        return new FieldError(field, message);
    }

    public static FieldError general(String message) {
        return new FieldError(null, message);
    }

    /** The field key of one element of a list or map component: {@code talkingPoints[1]}. */
    public static String element(String property, Object index) {
        return property + "[" + index + "]";
    }

    /** The field key of a component of one element: {@code imgEvidence[0].url}. */
    public static String element(String property, Object index, String component) {
        return element(property, index) + "." + component;
    }
}
