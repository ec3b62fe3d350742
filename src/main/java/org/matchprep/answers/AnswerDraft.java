package org.matchprep.answers;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * What the answer editor needs: the question, the stored parts and the version they were read at.
 * {@code version} is {@link #NOT_SAVED_YET} and {@code answerId} null until the first save.
 */
public record AnswerDraft(QuestionSummary question, Map<String, String> parts, long version, Instant updatedAt,
                          Set<Long> experienceIds, int wordsPerMinute, Long answerId) {

    public static final long NOT_SAVED_YET = -1;

    public String part(String key) {
        return parts.getOrDefault(key, "");
    }
}
