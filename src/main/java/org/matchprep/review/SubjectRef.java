package org.matchprep.review;

/**
 * Names one shared item: its kind ({@link ReviewableKind#type()}, e.g. "answer") and its id in that kind.
 * Links to its review page read {@code review/<type>/<id>}.
 */
public record SubjectRef(String type, long id) {

    public SubjectRef {
        if (type == null || !type.matches("[a-z][a-z-]*")) {
            throw new IllegalArgumentException("A subject type is lower-case letters and dashes: " + type);
        }
    }

    public static SubjectRef of(String type, long id) {
        return new SubjectRef(type, id);
    }

    /** The route of its review page, relative to the app root. */
    public String link() {
        return "review/" + type + "/" + id;
    }
}
