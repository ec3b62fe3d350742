package org.matchprep.mock.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.IntegerField;
import org.matchprep.base.ui.Notices;
import org.matchprep.mock.AvailabilityException;
import org.matchprep.mock.AvailabilityService;
import org.matchprep.mock.BookingRules;

/** A mentor's buffer, notice, horizon and cancellation cut-off. */
class RulesForm extends Div {

    final IntegerField buffer = field("Buffer after each mock (minutes)");
    final IntegerField notice = field("Minimum notice (hours)");
    final IntegerField horizon = field("Book up to (weeks ahead)");
    final IntegerField cutoff = field("Applicants cancel up to (hours before)");
    final Button save = new Button("Save rules");

    RulesForm(AvailabilityService availability) {
        addClassName("filter-bar");
        BookingRules current = availability.myRules();
        buffer.setValue(current.bufferMinutes());
        notice.setValue(current.noticeHours());
        horizon.setValue(current.horizonWeeks());
        cutoff.setValue(current.cutoffHours());
        save.addClickListener(click -> {
            try {
                availability.updateRules(new BookingRules(value(buffer), value(notice), value(horizon), value(cutoff)));
                Notices.success("Booking rules saved.");
            } catch (AvailabilityException refused) {
                Notices.error(refused.getMessage());
            }
        });
        add(buffer, notice, horizon, cutoff, save);
    }

    private static IntegerField field(String label) {
        IntegerField field = new IntegerField(label);
        field.setMin(0);
        field.setStepButtonsVisible(true);
        return field;
    }

    private static int value(IntegerField field) {
        return field.getValue() == null ? -1 : field.getValue();
    }
}
