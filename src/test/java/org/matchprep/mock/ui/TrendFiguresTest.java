package org.matchprep.mock.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.NativeTableRow;
import org.junit.jupiter.api.Test;
import org.matchprep.mock.Criterion;
import org.matchprep.mock.Scorecard;

class TrendFiguresTest {

    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");

    @Test
    void every_mock_is_a_row_with_its_date_average_and_each_criterion() {
        Map<Criterion, Integer> second = scores(4);
        second.put(Criterion.PACE, 2);
        TrendFigures figures = new TrendFigures(List.of(
                new Scorecard(1, Instant.parse("2026-10-01T14:00:00Z"), scores(1), List.of(), "", null),
                new Scorecard(2, Instant.parse("2026-10-08T20:00:00Z"), second, List.of(), "", null)), KOLKATA);

        assertThat(figures.getSummaryText()).isEqualTo("Show the figures per mock");
        assertThat(cells(figures.table.getHead().getRows().getFirst())).startsWith("Mock date", "Average", "Structure")
                .contains("Pace", "Handling IMG questions").hasSize(2 + Criterion.values().length);
        List<NativeTableRow> rows = figures.table.getBody().getRows();
        assertThat(rows).hasSize(2);
        assertThat(cells(rows.get(0))).containsExactly("Oct 1, 2026", "1.0", "1", "1", "1", "1", "1", "1", "1", "1");
        // 20:00 UTC is already the next day in Kolkata
        assertThat(cells(rows.get(1))).containsExactly("Oct 9, 2026", "3.8", "4", "4", "4", "2", "4", "4", "4", "4");
        assertThat(rows.getFirst().getHeaderCells().getFirst().getElement().getAttribute("scope")).isEqualTo("row");
    }

    private static List<String> cells(NativeTableRow row) {
        return row.getAllCells().stream().map(Component::getElement).map(cell -> cell.getText()).toList();
    }

    private static Map<Criterion, Integer> scores(int score) {
        Map<Criterion, Integer> scores = new EnumMap<>(Criterion.class);
        for (Criterion criterion : Criterion.values()) {
            scores.put(criterion, score);
        }
        return scores;
    }
}
