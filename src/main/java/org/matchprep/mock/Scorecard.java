package org.matchprep.mock;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A mentor's scores for one mock, 1 to 5 per {@link Criterion}, notes per question and overall notes.
 * As read back it also names the mock ({@code bookingId}, {@code mockStart}, {@code scoredAt}).
 */
public record Scorecard(long bookingId, Instant mockStart, Map<Criterion, Integer> scores, List<QuestionNote> notes,
                        String overallNotes, Instant scoredAt) {

    public static final int OVERALL_MAX_LENGTH = 4000;

    /** What a mentor fills in. */
    public static Scorecard form(Map<Criterion, Integer> scores, List<QuestionNote> notes, String overallNotes) {
        return new Scorecard(0, null, scores, notes, overallNotes, null);
    }

    public double average() {
        return scores.values().stream().mapToInt(Integer::intValue).average().orElse(0);
    }
}
