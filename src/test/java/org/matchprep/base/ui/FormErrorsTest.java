package org.matchprep.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import com.vaadin.flow.component.AbstractCompositeField;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import org.junit.jupiter.api.Test;
import org.matchprep.base.FieldError;
import org.matchprep.base.InvalidInputException;

class FormErrorsTest {

    public record Request(String name, String zone, List<String> points) {
    }

    private final TextField name = new TextField("Zone");
    private final TextField zone = new TextField("Name");
    private final Points points = new Points();
    private final Binder<Request> binder = Forms.binderFor(Request.class);

    FormErrorsTest() {
        binder.forField(name).bind("name");
        binder.forField(zone).bind("zone");
        binder.forField(points).bind("points");
    }

    @Test
    void an_error_goes_to_the_field_bound_under_its_name_whatever_the_label() {
        String rest = FormErrors.show(binder, InvalidInputException.of("name", "Enter a name."));

        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Enter a name.");
        assertThat(zone.isInvalid()).isFalse();
        assertThat(rest).isEmpty();
    }

    @Test
    void an_error_about_an_element_goes_to_the_input_its_field_keeps_for_it() {
        FormErrors.show(binder, InvalidInputException.of(FieldError.element("points", 1), "Too long."));

        assertThat(points.areas.get(1).isInvalid()).isTrue();
        assertThat(points.areas.get(1).getErrorMessage()).isEqualTo("Too long.");
        assertThat(points.areas.get(0).isInvalid()).isFalse();
    }

    @Test
    void what_has_no_visible_field_is_returned_for_a_notice() {
        zone.setVisible(false);

        String rest = FormErrors.show(binder, new InvalidInputException(List.of(FieldError.general("Changed elsewhere."),
                FieldError.of("zone", "Choose a zone."), FieldError.of("nothing", "No such field."),
                FieldError.of(FieldError.element("points", 7), "No such row."))));

        assertThat(rest).isEqualTo("Changed elsewhere. Choose a zone. No such field. No such row.");
        assertThat(zone.isInvalid()).isFalse();
    }

    @Test
    void showing_again_clears_the_messages_of_the_last_attempt_including_element_inputs() {
        FormErrors.show(binder, new InvalidInputException(List.of(FieldError.of("name", "Enter a name."),
                FieldError.of(FieldError.element("points", 0), "Too long."))));

        FormErrors.show(binder, InvalidInputException.of("zone", "Choose a zone."));

        assertThat(name.isInvalid()).isFalse();
        assertThat(points.areas.get(0).isInvalid()).isFalse();
        assertThat(zone.isInvalid()).isTrue();
    }

    @Test
    void inputs_kept_by_key_outside_a_binder_are_found_the_same_way() {
        TextField situation = new TextField("Situation");
        TextField action = new TextField("Action");

        String rest = FormErrors.show(Map.of("parts[situation]", situation, "parts[action]", action),
                new InvalidInputException(List.of(FieldError.of("parts[situation]", "Too long."),
                        FieldError.of("parts", "The whole answer is too long."))));

        assertThat(situation.isInvalid()).isTrue();
        assertThat(action.isInvalid()).isFalse();
        assertThat(rest).isEqualTo("The whole answer is too long.");
    }

    @Test
    void element_keys_read_as_index_and_component() {
        assertThat(FormErrors.ElementKey.parse("[2].url")).contains(new FormErrors.ElementKey("2", "url"));
        assertThat(FormErrors.ElementKey.parse("[PACE]")).hasValueSatisfying(key -> {
            assertThat(key.component()).isNull();
            assertThat(key.position()).isEqualTo(-1);
        });
        assertThat(FormErrors.ElementKey.parse("url")).isEmpty();
    }

    /** Two text inputs as one list field, as the dossier's talking points are. */
    static class Points extends AbstractCompositeField<Div, Points, List<String>> implements FormErrors.Elements {

        final List<TextField> areas = List.of(new TextField("Point 1"), new TextField("Point 2"));

        Points() {
            super(List.of());
            areas.forEach(getContent()::add);
        }

        @Override
        protected void setPresentationValue(List<String> newPresentationValue) {
        }

        @Override
        public Optional<HasValidation> inputFor(String element) {
            return FormErrors.ElementKey.parse(element).filter(key -> key.position() >= 0 && key.position() < areas.size())
                    .map(key -> areas.get(key.position()));
        }

        @Override
        public Stream<? extends HasValidation> inputs() {
            return areas.stream();
        }
    }
}
