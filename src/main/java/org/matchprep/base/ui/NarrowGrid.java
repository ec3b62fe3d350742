package org.matchprep.base.ui;

import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;

/**
 * On a phone a grid with many columns cuts every cell to a few letters and hides the rest off to the
 * right. Below {@link #BREAKPOINT} pixels of window width this shows one card column instead (the essentials
 * of a row, stacked) beside the columns that must stay, usually the action; wider, the full columns.
 * Columns are switched on the server because a grid column can only be hidden on the grid, not by CSS.
 */
public final class NarrowGrid<T> {

    /** The same width as the stylesheet's phone breakpoint. */
    public static final int BREAKPOINT = 640;

    /** The key of the card column, for tests that read its cells. */
    public static final String CARD = "card";

    private final Grid<T> grid;
    private final Grid.Column<T> card;
    private final List<Grid.Column<T>> kept;
    private boolean narrow;

    private NarrowGrid(Grid<T> grid, Grid.Column<T> card, List<Grid.Column<T>> kept) {
        this.grid = grid;
        this.card = card;
        this.kept = kept;
        card.setKey(CARD).setVisible(false);
        grid.addAttachListener(attach -> {
            Registration resizes = attach.getUI().getPage().addBrowserWindowResizeListener(resize -> fit(resize.getWidth()));
            grid.addDetachListener(detach -> {
                resizes.remove();
                detach.unregisterListener();
            });
            grid.getElement().executeJs("return window.innerWidth").then(Integer.class, this::fit);
        });
    }

    /** Switches {@code grid} to {@code card} (plus {@code kept}) on narrow windows. */
    @SafeVarargs
    public static <T> NarrowGrid<T> switching(Grid<T> grid, Grid.Column<T> card, Grid.Column<T>... kept) {
        return new NarrowGrid<>(grid, card, List.of(kept));
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

    public void fit(int windowWidth) {
        setNarrow(windowWidth < BREAKPOINT);
    }

    public void setNarrow(boolean narrow) {
        this.narrow = narrow;
        for (Grid.Column<T> column : grid.getColumns()) {
            column.setVisible(column == card ? narrow : !narrow || kept.contains(column));
        }
        grid.getElement().getClassList().set("narrow-grid", narrow);
    }

    public boolean isNarrow() {
        return narrow;
    }
}
