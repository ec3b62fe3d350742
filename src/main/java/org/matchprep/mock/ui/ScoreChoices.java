package org.matchprep.mock.ui;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import com.vaadin.flow.component.AbstractCompositeField;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.matchprep.base.ui.FormErrors;
import org.matchprep.mock.Criterion;

/**
 * A 1-5 choice per criterion of the current rubric, in its two parts, each level described: one field for a
 * scorecard's {@code scores}; {@code scores[PACE]} lands on Pace.
 */
class ScoreChoices extends AbstractCompositeField<Div, ScoreChoices, Map<Criterion, Integer>> implements FormErrors.Elements {

    final Map<Criterion, RadioButtonGroup<Integer>> groups = new EnumMap<>(Criterion.class);
    private boolean presenting;

    ScoreChoices() {
        super(Map.of());
        for (Criterion.Group part : List.of(Criterion.Group.PROGRAMS_LOOK_FOR, Criterion.Group.DELIVERY)) {
            getContent().add(new H3(part.label()));
            for (Criterion criterion : Criterion.of(part)) {
                RadioButtonGroup<Integer> group = new RadioButtonGroup<>(criterion.label());
                group.setItems(1, 2, 3, 4, 5);
                group.addClassName("score-choice");
                describeChosenLevel(group, criterion);
                group.addValueChangeListener(change -> {
                    describeChosenLevel(group, criterion);
                    if (!presenting) {
                        setModelValue(chosen(), true);
                    }
                });
                groups.put(criterion, group);
                getContent().add(group, levels(criterion));
            }
        }
    }

    /** The helper line says what the criterion asks, then what the chosen score means: read out with the choice. */
    private static void describeChosenLevel(RadioButtonGroup<Integer> group, Criterion criterion) {
        Integer score = group.getValue();
        group.setHelperText(score == null ? criterion.meaning() : score + " of 5: " + criterion.level(score));
    }

    /** Every level of a criterion in a sentence, folded away until asked for. */
    private static NativeDetails levels(Criterion criterion) {
        OrderedList list = new OrderedList();
        for (int score = 1; score <= 5; score++) {
            list.add(new ListItem(criterion.level(score)));
        }
        NativeDetails details = new NativeDetails("What 1 to 5 mean for " + criterion.label().toLowerCase(Locale.US), list);
        details.addClassName("score-levels");
        return details;
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
