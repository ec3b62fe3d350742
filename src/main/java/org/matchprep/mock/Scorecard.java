package org.matchprep.mock;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * A mentor's scores for one mock, 1 to 5 per {@link Criterion}, whether they would rank the applicant, notes
 * per question and overall notes. As read back it also names the mock ({@code bookingId}, {@code mockStart},
 * {@code scoredAt}). A scorecard from the earlier rubric holds only the criteria it had and no
 * {@code wouldRank}.
 */
public record Scorecard(long bookingId, Instant mockStart, Map<Criterion, Integer> scores, RankVerdict wouldRank,
                        List<QuestionNote> notes, String overallNotes, Instant scoredAt,
                        Long recordingId) {

    public static final int OVERALL_MAX_LENGTH = 4000;

    /** What a mentor fills in. */
    public static Scorecard form(Map<Criterion, Integer> scores, RankVerdict wouldRank, List<QuestionNote> notes,
                                 String overallNotes) {
        return form(scores, wouldRank, notes, overallNotes, null);
    }

    /** What a mentor fills in, with a recording of the mock attached (or null for none). */
    public static Scorecard form(Map<Criterion, Integer> scores, RankVerdict wouldRank, List<QuestionNote> notes,
                                 String overallNotes, Long recordingId) {
        return new Scorecard(0, null, scores, wouldRank, notes, overallNotes, null, recordingId);
    }

    /** The average of every score on the card, whichever rubric it was scored with. */
    public double average() {
        return scores.values().stream().mapToInt(Integer::intValue).average().orElse(0);
    }

    /** The average of one part of the rubric; empty when the card scored none of it (an earlier rubric). */
    public OptionalDouble average(Criterion.Group group) {
        return scores.entrySet().stream().filter(score -> score.getKey().group() == group)
                .mapToInt(Map.Entry::getValue).average();
    }

    /** Scored before the rubric asked what programs look for: some current criteria have no score. */
    public boolean isEarlierRubric() {
        return !scores.keySet().containsAll(Criterion.current());
    }
}
