package org.matchprep.practice.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import org.matchprep.practice.RecordingSummary;
import org.matchprep.practice.Recordings;

/**
 * Length and delivery over the attempts, oldest first: a bar per attempt against the target (the band marks
 * it) and a table of every figure, which is what screen readers read.
 */
class Progress extends Div {

    Progress(List<RecordingSummary> oldestFirst) {
        addClassName("practice-progress");
        add(new H3("Over your attempts"));
        int longest = oldestFirst.stream().mapToInt(attempt -> Math.max(attempt.delivery().durationMs(),
                attempt.target().maxMs())).max().orElse(1);
        Div bars = new Div();
        bars.addClassName("progress-bars");
        bars.getElement().setAttribute("aria-hidden", "true");
        int number = 0;
        for (RecordingSummary attempt : oldestFirst) {
            number++;
            Div bar = new Div(new Span(number + ". " + Recordings.clock(attempt.delivery().durationMs())));
            bar.addClassName("progress-bar");
            bar.addClassName(attempt.target().met(attempt.delivery().durationMs()) ? "on-target" : "off-target");
            bar.getStyle().set("width", Math.max(8, attempt.delivery().durationMs() * 100 / longest) + "%");
            bars.add(bar);
        }
        add(bars);
        NativeTable table = new NativeTable();
        table.addClassName("progress-table");
        NativeTableRow head = new NativeTableRow();
        for (String title : List.of("Attempt", "Length", "Verdict", "Speaking", "Long pauses", "Pauses a minute")) {
            head.add(new NativeTableHeaderCell(title));
        }
        table.add(new NativeTableHeader(head));
        NativeTableBody body = new NativeTableBody();
        number = 0;
        for (RecordingSummary attempt : oldestFirst) {
            number++;
            NativeTableRow row = new NativeTableRow();
            row.add(new NativeTableCell(number + (attempt.best() ? " (best)" : "")),
                    new NativeTableCell(Recordings.clock(attempt.delivery().durationMs())),
                    new NativeTableCell(attempt.verdict()),
                    new NativeTableCell(attempt.delivery().speakingPercent() + "%"),
                    new NativeTableCell(String.valueOf(attempt.delivery().longPauses().size())),
                    new NativeTableCell(PracticeTexts.pausesPerMinute(attempt.delivery())));
            body.add(row);
        }
        table.add(body);
        // on a phone the table scrolls sideways inside its frame; the frame takes focus so a keyboard can scroll it
        Div frame = new Div(table);
        frame.addClassName("progress-table-frame");
        frame.getElement().setAttribute("tabindex", "0");
        frame.getElement().setAttribute("role", "region");
        frame.getElement().setAttribute("aria-label", "Figures of every attempt");
        add(frame);
    }
}
