package org.matchprep.mock.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.NativeTableRow;
import org.junit.jupiter.api.Test;
import org.matchprep.mock.Criterion;
import org.matchprep.mock.RankVerdict;
import org.matchprep.mock.Scorecard;

class TrendFiguresTest {

    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    private static final List<Criterion> EARLIER_RUBRIC = List.of(Criterion.STRUCTURE, Criterion.CONCISION,
            Criterion.FILLER_WORDS, Criterion.PACE, Criterion.EYE_CONTACT, Criterion.PRESENCE, Criterion.SPECIFICITY,
            Criterion.IMG_QUESTIONS);

    @Test
    void every_mock_is_a_row_with_its_date_average_each_criterion_and_the_verdict_whichever_rubric_scored_it() {
        Map<Criterion, Integer> earlier = new EnumMap<>(Criterion.class);
        EARLIER_RUBRIC.forEach(criterion -> earlier.put(criterion, 1));
        Map<Criterion, Integer> current = new EnumMap<>(Criterion.class);
        Criterion.current().forEach(criterion -> current.put(criterion, 4));
        current.put(Criterion.PACE, 2);
        TrendFigures figures = new TrendFigures(List.of(
                new Scorecard(1, Instant.parse("2026-10-01T14:00:00Z"), earlier, null, List.of(), "", null, null),
                new Scorecard(2, Instant.parse("2026-10-08T20:00:00Z"), current, RankVerdict.RANK, List.of(), "", null, null)), KOLKATA);

        assertThat(figures.getSummaryText()).isEqualTo("Show the figures per mock");
        assertThat(cells(figures.table.getHead().getRows().getFirst())).startsWith("Mock date", "Average",
                        "Communication and teamwork").contains("Pace", "Handling IMG questions").endsWith("Would rank")
                .hasSize(2 + Criterion.values().length + 1);
        List<NativeTableRow> rows = figures.table.getBody().getRows();
        assertThat(rows).hasSize(2);
        assertThat(cells(rows.get(0))).containsExactlyElementsOf(concat(List.of("Oct 1, 2026", "1.0"),
                Collections.nCopies(5, "–"), Collections.nCopies(8, "1"), List.of("–")));
        // 20:00 UTC is already the next day in Kolkata; 10 criteria at 4 and pace at 2 average 3.8
        assertThat(cells(rows.get(1))).containsExactlyElementsOf(concat(List.of("Oct 9, 2026", "3.8"),
                Collections.nCopies(5, "4"), List.of("4", "4", "2", "4", "4", "4"), List.of("–", "–", "Yes")));
        assertThat(rows.getFirst().getHeaderCells().getFirst().getElement().getAttribute("scope")).isEqualTo("row");
    }

    @Test
    void the_earlier_rubrics_columns_are_left_out_once_no_scorecard_has_them() {
        Map<Criterion, Integer> current = new EnumMap<>(Criterion.class);
        Criterion.current().forEach(criterion -> current.put(criterion, 3));
        TrendFigures figures = new TrendFigures(List.of(
                new Scorecard(1, Instant.parse("2026-10-01T14:00:00Z"), current, RankVerdict.NOT_YET, List.of(), "", null, null)), KOLKATA);

        assertThat(cells(figures.table.getHead().getRows().getFirst())).doesNotContain("Specificity", "Handling IMG questions")
                .hasSize(2 + Criterion.current().size() + 1);
    }

    @SafeVarargs
    private static List<String> concat(List<String>... parts) {
        return Stream.of(parts).flatMap(List::stream).toList();
    }

    private static List<String> cells(NativeTableRow row) {
        return row.getAllCells().stream().map(Component::getElement).map(cell -> cell.getText()).toList();
    }
}
