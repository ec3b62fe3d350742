package org.matchprep.mock.ui;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import org.matchprep.base.ui.Times;
import org.matchprep.mock.Criterion;
import org.matchprep.mock.Scorecard;

/** The figures behind the trend chart, one row per mock: for reading the exact scores, and for screen readers. */
class TrendFigures extends NativeDetails {

    final NativeTable table = new NativeTable();

    TrendFigures(List<Scorecard> scorecards, ZoneId zone) {
        super("Show the figures per mock");
        addClassName("trend-figures");
        table.setCaptionText("Scores per mock from 1 to 5, oldest first");
        NativeTableRow head = table.getHead().addRow();
        header(head, "col", "Mock date");
        header(head, "col", "Average");
        // the earlier rubric's columns only while its scorecards are in the list
        List<Criterion> shown = Arrays.stream(Criterion.values())
                .filter(criterion -> scorecards.stream().anyMatch(card -> card.scores().containsKey(criterion))).toList();
        for (Criterion criterion : shown) {
            header(head, "col", criterion.label());
        }
        header(head, "col", "Would rank");
        for (Scorecard card : scorecards) {
            NativeTableRow row = table.getBody().addRow();
            header(row, "row", Times.date(card.mockStart(), zone));
            row.addDataCell().setText(String.format(Locale.US, "%.1f", card.average()));
            for (Criterion criterion : shown) {
                Integer score = card.scores().get(criterion);
                row.addDataCell().setText(score == null ? "–" : score.toString());
            }
            row.addDataCell().setText(card.wouldRank() == null ? "–" : card.wouldRank().label());
        }
        // a phone scrolls the table sideways instead of squeezing a dozen columns
        Div scroller = new Div(table);
        scroller.addClassName("trend-figures-scroller");
        setContent(scroller);
    }

    private static void header(NativeTableRow row, String scope, String text) {
        NativeTableHeaderCell cell = row.addHeaderCell();
        cell.setText(text);
        cell.getElement().setAttribute("scope", scope);
    }
}
