package org.matchprep.mock.ui;

import java.time.DayOfWeek;
import java.time.LocalDate;
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
import com.vaadin.flow.data.binder.Binder;
import org.matchprep.base.ui.FormErrors;
import org.matchprep.base.ui.Forms;
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
    /** What concerns the window as a whole, such as an overlap with another window. */
    final Paragraph error = new Paragraph();
    final Button save = new Button("Save");

    private final Binder<WindowForm> binder = Forms.binderFor(WindowForm.class);

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
        bind(weekly);
        binder.readRecord(existing != null ? entered(existing) : suggested(weekly));
        VerticalLayout form = new VerticalLayout(weekly ? day : date, start, end, formats, minutes,
                new Paragraph("Times are wall-clock times in " + zone + "; daylight-saving changes never move them."), error);
        form.setPadding(false);
        add(form);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> Forms.record(binder).ifPresent(entered -> {
            try {
                WindowSummary saved = existing == null ? availability.addWindow(entered)
                        : availability.updateWindow(existing.id(), entered);
                close();
                onSaved.accept(saved);
            } catch (AvailabilityException refused) {
                error.setText(FormErrors.show(binder, refused));
            }
        }));
        getFooter().add(new Button("Cancel", click -> close()), save);
    }

    // A weekly window has a day and no date, a one-off the other way round; the zone stays as created.
    private void bind(boolean weekly) {
        if (weekly) {
            binder.forField(day).bind("day");
            binder.forField(Forms.<LocalDate>kept()).bind("date");
        } else {
            binder.forField(Forms.<DayOfWeek>kept()).bind("day");
            binder.forField(date).bind("date");
        }
        binder.forField(start).bind("start");
        binder.forField(end).bind("end");
        binder.forField(formats).bind("formats");
        binder.forField(minutes).bind("minutes");
        binder.forField(Forms.<String>kept()).bind("zone");
    }

    private static WindowForm entered(WindowSummary existing) {
        return new WindowForm(existing.day(), existing.date(), existing.start(), existing.end(), existing.formats(),
                existing.minutes(), null);
    }

    private static WindowForm suggested(boolean weekly) {
        LocalTime nine = LocalTime.of(9, 0);
        LocalTime noon = LocalTime.of(12, 0);
        return weekly ? WindowForm.weekly(DayOfWeek.MONDAY, nine, noon, EnumSet.allOf(MockFormat.class))
                : WindowForm.once(null, nine, noon, EnumSet.allOf(MockFormat.class));
    }
}
