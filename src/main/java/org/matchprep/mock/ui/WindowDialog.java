package org.matchprep.mock.ui;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.EnumSet;
import java.util.Locale;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.timepicker.TimePicker;
import org.matchprep.mock.AvailabilityException;
import org.matchprep.mock.AvailabilityService;
import org.matchprep.mock.MockFormat;
import org.matchprep.mock.WindowForm;
import org.matchprep.mock.WindowSummary;

/** Adds or edits a weekly or one-off availability window. */
class WindowDialog extends Dialog {

    final Select<DayOfWeek> day = new Select<>();
    final DatePicker date = new DatePicker("Date");
    final TimePicker start = new TimePicker("From");
    final TimePicker end = new TimePicker("Until");
    final CheckboxGroup<MockFormat> formats = new CheckboxGroup<>("Formats offered");
    final IntegerField minutes = new IntegerField("Length of each mock (minutes)");
    final Paragraph error = new Paragraph();
    final Button save = new Button("Save");

    WindowDialog(AvailabilityService availability, boolean weekly, WindowSummary existing, String zone,
                 Consumer<WindowSummary> onSaved) {
        setHeaderTitle((existing == null ? "Add " : "Edit ") + (weekly ? "weekly window" : "one-off window"));
        day.setLabel("Day of the week");
        day.setItems(DayOfWeek.values());
        day.setItemLabelGenerator(d -> d.getDisplayName(TextStyle.FULL, Locale.US));
        start.setStep(java.time.Duration.ofMinutes(15));
        end.setStep(java.time.Duration.ofMinutes(15));
        formats.setItems(MockFormat.values());
        formats.setItemLabelGenerator(f -> f.label() + " (" + f.defaultMinutes() + " min)");
        minutes.setHelperText("Leave empty to use each format's usual length.");
        minutes.setMin(10);
        minutes.setMax(120);
        error.addClassName("form-error");
        if (existing != null) {
            day.setValue(existing.day());
            date.setValue(existing.date());
            start.setValue(existing.start());
            end.setValue(existing.end());
            formats.setValue(existing.formats());
            minutes.setValue(existing.minutes());
        } else {
            day.setValue(DayOfWeek.MONDAY);
            start.setValue(LocalTime.of(9, 0));
            end.setValue(LocalTime.of(12, 0));
            formats.setValue(EnumSet.allOf(MockFormat.class));
        }
        VerticalLayout form = new VerticalLayout(weekly ? day : date, start, end, formats, minutes,
                new Paragraph("Times are wall-clock times in " + zone + "; daylight-saving changes never move them."), error);
        form.setPadding(false);
        add(form);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            WindowForm entered = new WindowForm(weekly ? day.getValue() : null, weekly ? null : date.getValue(),
                    start.getValue(), end.getValue(), formats.getValue(), minutes.getValue(), null);
            try {
                WindowSummary saved = existing == null ? availability.addWindow(entered)
                        : availability.updateWindow(existing.id(), entered);
                close();
                onSaved.accept(saved);
            } catch (AvailabilityException refused) {
                error.setText(refused.getMessage());
            }
        });
        getFooter().add(new Button("Cancel", click -> close()), save);
    }
}
