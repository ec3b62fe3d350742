package org.matchprep.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import org.junit.jupiter.api.Test;

class FormsTest {

    public record Invitation(String email, String note, String zone) {
    }

    private final EmailField email = new EmailField("Email");
    private final TextField note = new TextField("Note");
    private final Binder<Invitation> binder = Forms.binderFor(Invitation.class);

    FormsTest() {
        binder.forField(email).bind("email");
        binder.forField(note).bind("note");
        binder.forField(Forms.<String>kept()).bind("zone");
    }

    @Test
    void the_record_is_written_from_the_fields_and_keeps_what_the_form_does_not_edit() {
        binder.readRecord(new Invitation("a@example.org", "Hello", "America/Chicago"));
        note.setValue("Hello again");

        assertThat(Forms.record(binder)).contains(new Invitation("a@example.org", "Hello again", "America/Chicago"));
    }

    @Test
    void the_fields_own_checks_are_off_so_the_service_is_the_one_to_judge() {
        email.setValue("not an address");

        assertThat(Forms.record(binder)).hasValueSatisfying(invitation ->
                assertThat(invitation.email()).isEqualTo("not an address"));
        assertThat(email.isInvalid()).isFalse();
    }
}
