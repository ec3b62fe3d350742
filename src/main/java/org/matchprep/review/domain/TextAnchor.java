package org.matchprep.review.domain;

/**
 * Where a mentor's inline comment points: the passage they selected, a little of the text around it and
 * where it began in the revision they read. The context lets the comment find its passage again after
 * the applicant revises the text (see {@link TextAnchorMatcher}).
 *
 * @param quote  the selected passage, exactly as it stood; never blank
 * @param prefix up to {@link #CONTEXT_LENGTH} characters just before the passage (shorter at the text's start)
 * @param suffix up to {@link #CONTEXT_LENGTH} characters just after the passage (shorter at the text's end)
 * @param start  offset of the passage in that revision, in UTF-16 code units like {@link String#substring}
 */
public record TextAnchor(String quote, String prefix, String suffix, int start) {

    /** How much surrounding text an anchor remembers on each side. */
    public static final int CONTEXT_LENGTH = 32;

    public TextAnchor {
        if (quote == null || quote.isBlank()) {
            throw new IllegalArgumentException("The quoted passage must not be blank");
        }
        if (prefix == null || suffix == null) {
            throw new IllegalArgumentException("Prefix and suffix must not be null (use an empty string)");
        }
        if (prefix.length() > CONTEXT_LENGTH || suffix.length() > CONTEXT_LENGTH) {
            throw new IllegalArgumentException("Prefix and suffix hold at most " + CONTEXT_LENGTH + " characters");
        }
        if (start < 0) {
            throw new IllegalArgumentException("The passage cannot start before the text: " + start);
        }
    }

    /**
     * Anchors the selection {@code [start, end)} of {@code text}.
     *
     * @throws IllegalArgumentException when the selection is empty, lies outside the text, cuts a character
     *                                  (a surrogate pair such as an emoji) in two, or holds only whitespace
     */
    public static TextAnchor of(String text, int start, int end) {
        if (text == null) {
            throw new IllegalArgumentException("There is no text to anchor in");
        }
        if (start < 0 || end > text.length() || start >= end) {
            throw new IllegalArgumentException("The selection [" + start + ", " + end
                    + ") is empty or lies outside the text of length " + text.length());
        }
        if (splitsCharacter(text, start) || splitsCharacter(text, end)) {
            throw new IllegalArgumentException("The selection [" + start + ", " + end + ") cuts a character in two");
        }
        String quote = text.substring(start, end);
        if (quote.isBlank()) {
            throw new IllegalArgumentException("The selection [" + start + ", " + end + ") holds only whitespace");
        }
        int prefixStart = Math.max(0, start - CONTEXT_LENGTH);
        if (splitsCharacter(text, prefixStart)) {
            prefixStart++;
        }
        int suffixEnd = Math.min(text.length(), end + CONTEXT_LENGTH);
        if (splitsCharacter(text, suffixEnd)) {
            suffixEnd--;
        }
        return new TextAnchor(quote, text.substring(prefixStart, start), text.substring(end, suffixEnd), start);
    }

    static boolean splitsCharacter(String text, int offset) {
        return offset > 0 && offset < text.length()
                && Character.isHighSurrogate(text.charAt(offset - 1))
                && Character.isLowSurrogate(text.charAt(offset));
    }
}
