package org.matchprep.mock.ui;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import com.vaadin.flow.component.AbstractCompositeField;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.matchprep.base.ui.FormErrors;
import org.matchprep.mock.Criterion;

/** A 1-5 choice per criterion: one field for a scorecard's {@code scores}; {@code scores[PACE]} lands on Pace. */
class ScoreChoices extends AbstractCompositeField<Div, ScoreChoices, Map<Criterion, Integer>> implements FormErrors.Elements {

    final Map<Criterion, RadioButtonGroup<Integer>> groups = new EnumMap<>(Criterion.class);
    private boolean presenting;

    ScoreChoices() {
        super(Map.of());
        for (Criterion criterion : Criterion.values()) {
            RadioButtonGroup<Integer> group = new RadioButtonGroup<>(criterion.label());
            group.setItems(1, 2, 3, 4, 5);
            group.addValueChangeListener(change -> {
                if (!presenting) {
                    setModelValue(chosen(), true);
                }
            });
            groups.put(criterion, group);
            getContent().add(group);
        }
    }

    /**
     * Once the dialog holding the choices has opened, focus goes to the first criterion's choice (the chosen
     * one, or 1), not to the dialog as a whole: a keyboard user starts scoring at once.
     */
    void focusFirstChoiceWhenShown() {
        getElement().executeJs("""
                const choices = this;
                const focusFirst = tries => {
                  const dialog = choices.closest('vaadin-dialog');
                  const radio = choices.querySelector('vaadin-radio-button[checked]') || choices.querySelector('vaadin-radio-button');
                  if (radio && dialog && dialog.opened && !dialog.hasAttribute('opening')) {
                    radio.focus();
                  } else if (tries < 40) {
                    setTimeout(() => focusFirst(tries + 1), 50);
                  }
                };
                setTimeout(() => focusFirst(0), 50);""");
    }

    @Override
    protected void setPresentationValue(Map<Criterion, Integer> scores) {
        presenting = true;
        try {
            groups.forEach((criterion, group) -> group.setValue(scores.get(criterion)));
        } finally {
            presenting = false;
        }
    }

    // only what is chosen; a criterion left out is one the service asks for
    private Map<Criterion, Integer> chosen() {
        Map<Criterion, Integer> chosen = new EnumMap<>(Criterion.class);
        groups.forEach((criterion, group) -> {
            if (group.getValue() != null) {
                chosen.put(criterion, group.getValue());
            }
        });
        return chosen;
    }

    @Override
    public Optional<HasValidation> inputFor(String element) {
        return FormErrors.ElementKey.parse(element)
                .flatMap(key -> Stream.of(Criterion.values()).filter(criterion -> criterion.name().equals(key.index())).findFirst())
                .map(groups::get);
    }

    @Override
    public Stream<? extends HasValidation> inputs() {
        return groups.values().stream();
    }
}
