package org.matchprep.mock.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.matchprep.mock.Criterion;
import org.matchprep.mock.RankVerdict;
import org.matchprep.mock.Scorecard;

class CriterionTrendsTest {

    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

    @Test
    void each_criterion_shows_its_scores_oldest_first_and_the_change_since_its_first_mock() {
        Map<Criterion, Integer> earlier = new EnumMap<>(Criterion.class);
        earlier.put(Criterion.PACE, 4);
        earlier.put(Criterion.SPECIFICITY, 2);
        List<Scorecard> cards = List.of(
                new Scorecard(1, Instant.parse("2026-10-01T14:00:00Z"), earlier, null, List.of(), "", null, null),
                card(Instant.parse("2026-10-08T14:00:00Z"), 2, 3),
                card(Instant.parse("2026-10-15T14:00:00Z"), 4, 3));

        CriterionTrends trends = new CriterionTrends(cards, CHICAGO);
        String text = trends.getElement().getTextRecursively();

        assertThat(text).contains("What programs look for", "Delivery",
                "Communication and teamwork: 2 → 4 (up 2 since Oct 8, 2026)",
                "Pace: 4 → 3 → 3 (down 1 since Oct 1, 2026)",
                "Structure: 3 → 3 (no change since Oct 8, 2026)")
                .as("the earlier rubric's criteria have no trend to improve on").doesNotContain("Specificity");
    }

    @Test
    void a_single_mock_says_so_instead_of_a_change() {
        List<Scorecard> one = List.of(card(Instant.parse("2026-10-08T14:00:00Z"), 3, 3));

        assertThat(CriterionTrends.line(Criterion.CAREER_PLAN, one, CHICAGO)).isEqualTo("A realistic career plan: 3 of 5, one mock so far");
    }

    private static Scorecard card(Instant start, int communication, int rest) {
        Map<Criterion, Integer> scores = new EnumMap<>(Criterion.class);
        Criterion.current().forEach(criterion -> scores.put(criterion, rest));
        scores.put(Criterion.COMMUNICATION_TEAMWORK, communication);
        return new Scorecard(0, start, scores, RankVerdict.RANK, List.of(), "", null, null);
    }
}
