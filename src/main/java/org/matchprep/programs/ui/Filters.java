package org.matchprep.programs.ui;

import java.util.function.Function;

import com.vaadin.flow.component.select.Select;

/** The "All regions / All settings / All tiers" choices the program pages filter by. */
final class Filters {

    private Filters() {
    }

    /** A choice among {@code values} or none ({@code all}), labelled for screen readers, that runs {@code changed}. */
    static <T> Select<T> of(Select<T> select, String ariaLabel, T[] values, String all, Function<T, String> label,
                            Runnable changed) {
        select.setAriaLabel(ariaLabel);
        select.setItems(values);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(all);
        select.setItemLabelGenerator(value -> value == null ? all : label.apply(value));
        select.addValueChangeListener(change -> changed.run());
        return select;
    }
}
