package org.matchprep.base.ui;

import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * On a phone a grid with many columns cuts every cell to a few letters and hides the rest off to the
 * right. When the grid itself is narrower than the width its columns need, this shows one card column
 * instead (the essentials of a row, stacked) beside the columns that must stay, usually the action; wider,
 * the full columns. The grid's own width counts, not the window's, so the drawer and the page padding are
 * taken into account. Columns are switched on the server because a grid column can only be hidden on the
 * grid, not by CSS; the browser reports only when the grid crosses the width.
 */
public final class NarrowGrid<T> {

    /** The key of the card column, for tests that read its cells. */
    public static final String CARD = "card";

    private static final String WATCH_WIDTH = """
            const grid = this, below = $0;
            if (grid.__narrowObserver) grid.__narrowObserver.disconnect();
            grid.__narrow = undefined;
            grid.__narrowObserver = new ResizeObserver(() => {
              if (grid.clientWidth === 0) return;
              const narrow = grid.clientWidth < below;
              if (narrow !== grid.__narrow) {
                grid.__narrow = narrow;
                grid.dispatchEvent(new CustomEvent('narrow-change', { detail: narrow }));
              }
            });
            grid.__narrowObserver.observe(grid);
            """;

    private final Grid<T> grid;
    private final Grid.Column<T> card;
    private final List<Grid.Column<T>> kept;
    private final int minimumWidth;
    private boolean narrow;

    private NarrowGrid(Grid<T> grid, int minimumWidth, Grid.Column<T> card, List<Grid.Column<T>> kept) {
        this.grid = grid;
        this.minimumWidth = minimumWidth;
        this.card = card;
        this.kept = kept;
        card.setKey(CARD).setVisible(false);
        grid.getElement().addEventListener("narrow-change", change -> setNarrow(change.getEventData().get("event.detail").asBoolean()))
                .addEventData("event.detail");
        grid.addAttachListener(attach -> grid.getElement().executeJs(WATCH_WIDTH, minimumWidth));
    }

    /**
     * Switches {@code grid} to {@code card} (plus {@code kept}) while the grid is narrower than
     * {@code minimumWidth} pixels, the width its full columns need to be readable.
     */
    @SafeVarargs
    public static <T> NarrowGrid<T> below(int minimumWidth, Grid<T> grid, Grid.Column<T> card, Grid.Column<T>... kept) {
        return new NarrowGrid<>(grid, minimumWidth, card, List.of(kept));
    }

    /** A card of lines for the card column; the first line is the title, blank lines are left out. */
    public static Div card(String title, String... lines) {
        Span heading = new Span(title);
        heading.addClassName("grid-card-title");
        Div card = new Div(heading);
        card.addClassName("grid-card");
        for (String line : lines) {
            if (line != null && !line.isBlank()) {
                card.add(new Span(line));
            }
        }
        return card;
    }

    /** What the browser does when the grid is {@code gridWidth} pixels wide. */
    public void fit(int gridWidth) {
        setNarrow(gridWidth < minimumWidth);
    }

    public void setNarrow(boolean narrow) {
        this.narrow = narrow;
        for (Grid.Column<T> column : grid.getColumns()) {
            column.setVisible(column == card ? narrow : !narrow || kept.contains(column));
        }
        grid.getElement().getClassList().set("narrow-grid", narrow);
        if (!narrow) {
            grid.recalculateColumnWidths();
        }
    }

    public boolean isNarrow() {
        return narrow;
    }
}
