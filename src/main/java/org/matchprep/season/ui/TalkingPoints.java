package org.matchprep.season.ui;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import com.vaadin.flow.component.AbstractCompositeField;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import org.matchprep.base.ui.FormErrors;
import org.matchprep.season.domain.ProgramDossier;

/**
 * A short list of "why this program" reasons, one area each: one field for {@code talkingPoints} (the reasons
 * you are drawn there) or {@code fitReasons}, and an error about {@code talkingPoints[i]} lands on area i.
 */
class TalkingPoints extends AbstractCompositeField<FormLayout, TalkingPoints, List<String>> implements FormErrors.Elements {

    final List<TextArea> areas;
    private boolean presenting;

    /** The reasons you are drawn to the program: two, and an optional third. */
    TalkingPoints() {
        this("Talking point", ProgramDossier.MAX_TALKING_POINTS, ProgramDossier.SUGGESTED_TALKING_POINTS);
    }

    /** {@code count} areas labelled "label 1", "label 2"…; those past {@code required} are marked optional. */
    TalkingPoints(String label, int count, int required) {
        super(List.of());
        areas = IntStream.rangeClosed(1, count).mapToObj(number -> area(label, number, number > required)).toList();
        getContent().add(areas.toArray(TextArea[]::new));
        getContent().setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        areas.forEach(area -> area.addValueChangeListener(change -> {
            if (!presenting) {
                setModelValue(texts(), true);
            }
        }));
    }

    @Override
    protected void setPresentationValue(List<String> points) {
        presenting = true;
        try {
            for (int i = 0; i < areas.size(); i++) {
                areas.get(i).setValue(i < points.size() && points.get(i) != null ? points.get(i) : "");
            }
        } finally {
            presenting = false;
        }
    }

    // every area, blank ones included, so the service's numbering is the form's
    private List<String> texts() {
        return areas.stream().map(TextArea::getValue).toList();
    }

    @Override
    public Optional<HasValidation> inputFor(String element) {
        return FormErrors.ElementKey.parse(element)
                .filter(key -> key.position() >= 0 && key.position() < areas.size())
                .map(key -> areas.get(key.position()));
    }

    @Override
    public Stream<? extends HasValidation> inputs() {
        return areas.stream();
    }

    private static TextArea area(String label, int number, boolean optional) {
        TextArea area = new TextArea(label + " " + number);
        area.setMaxLength(ProgramDossier.TALKING_POINT_MAX_LENGTH);
        if (optional) {
            area.setHelperText("Optional.");
        }
        return area;
    }
}
