package org.matchprep.mock.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import org.matchprep.base.WebLinks;
import org.matchprep.base.ui.FormErrors;
import org.matchprep.base.ui.Forms;
import org.matchprep.base.ui.Notices;
import org.matchprep.mock.AvailabilityException;
import org.matchprep.mock.AvailabilityService;
import org.matchprep.mock.BookingRules;

/** A mentor's buffer, notice, horizon, cancellation cut-off and default meeting link. */
class RulesForm extends Div {

    final IntegerField buffer = field("Buffer after each mock (minutes)");
    final IntegerField notice = field("Minimum notice (hours)");
    final IntegerField horizon = field("Book up to (weeks ahead)");
    final IntegerField cutoff = field("Applicants cancel up to (hours before)");
    final TextField meetingLink = new TextField("Default meeting link");
    final Button save = new Button("Save rules");

    private final Binder<BookingRules> binder = Forms.binderFor(BookingRules.class);

    RulesForm(AvailabilityService availability) {
        addClassName("filter-bar");
        bind(buffer, "bufferMinutes");
        bind(notice, "noticeHours");
        bind(horizon, "horizonWeeks");
        bind(cutoff, "cutoffHours");
        meetingLink.setMaxLength(WebLinks.MAX_LENGTH);
        meetingLink.setPlaceholder("https://zoom.us/j/123456789");
        meetingLink.setHelperText("Any video platform. New bookings start with it; change it per booking under Mock interviews.");
        meetingLink.setMinWidth("22em");
        binder.forField(meetingLink).withNullRepresentation("").bind("meetingLink");
        binder.readRecord(availability.myRules());
        save.addClickListener(click -> Forms.record(binder).ifPresent(rules -> {
            try {
                availability.updateRules(rules);
                FormErrors.clear(binder);
                Notices.success("Booking rules saved.");
            } catch (AvailabilityException refused) {
                FormErrors.showWithNotice(binder, refused);
            }
        }));
        add(buffer, notice, horizon, cutoff, meetingLink, save);
    }

    // An emptied field becomes -1, out of every range, so the service's message for that rule shows on it.
    private void bind(IntegerField field, String rule) {
        binder.forField(field).withConverter(value -> value == null ? -1 : value, rules -> rules).bind(rule);
    }

    private static IntegerField field(String label) {
        IntegerField field = new IntegerField(label);
        field.setMin(0);
        field.setStepButtonsVisible(true);
        return field;
    }
}
