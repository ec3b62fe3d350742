package org.matchprep.review.domain;

import java.util.Arrays;

/**
 * A text read with every run of whitespace as one space, so that re-wrapping a line or doubling a space
 * does not count as an edit of the passage. Remembers where each character came from, so that a span
 * found here can be mapped back onto the real text.
 */
final class CollapsedText {

    private final String original;
    private final String value;
    private final int[] origins;

    private CollapsedText(String original, String value, int[] origins) {
        this.original = original;
        this.value = value;
        this.origins = origins;
    }

    static CollapsedText of(String original) {
        StringBuilder value = new StringBuilder(original.length());
        int[] origins = new int[original.length()];
        boolean inWhitespace = false;
        for (int i = 0; i < original.length(); i++) {
            char c = original.charAt(i);
            boolean whitespace = Character.isWhitespace(c) || Character.isSpaceChar(c);
            if (whitespace && inWhitespace) {
                continue;
            }
            origins[value.length()] = i;
            value.append(whitespace ? ' ' : c);
            inWhitespace = whitespace;
        }
        return new CollapsedText(original, value.toString(), Arrays.copyOf(origins, value.length()));
    }

    static String collapse(String text) {
        return of(text).value;
    }

    String value() {
        return value;
    }

    /** Where an offset of the real text falls in the collapsed one. */
    int collapsedOffset(int originalOffset) {
        int found = Arrays.binarySearch(origins, originalOffset);
        return found >= 0 ? found : -found - 1;
    }

    /** The passage of the real text behind the collapsed span {@code [start, end)}, never cutting a surrogate pair. */
    TextAnchorMatcher.Match inexactMatch(int start, int end) {
        int originalStart = origins[start];
        int originalEnd = origins[end - 1] + 1;
        if (TextAnchor.splitsCharacter(original, originalStart)) {
            originalStart--;
        }
        if (TextAnchor.splitsCharacter(original, originalEnd)) {
            originalEnd++;
        }
        return new TextAnchorMatcher.Match(originalStart, originalEnd, false);
    }
}
