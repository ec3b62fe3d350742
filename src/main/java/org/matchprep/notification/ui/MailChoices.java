package org.matchprep.notification.ui;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.timepicker.TimePicker;
import org.matchprep.base.InvalidInputException;
import org.matchprep.base.ui.Notices;
import org.matchprep.notification.MailDelivery;
import org.matchprep.notification.MailPreferenceService;
import org.matchprep.notification.MailPreferences;
import org.matchprep.notification.MailTopic;

/**
 * How I hear of each topic by e-mail, folded under a summary line that says what happens now: right away,
 * in the daily digest (at a time in my own zone), or not by e-mail.
 */
class MailChoices extends NativeDetails {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.US);

    final Map<MailTopic, Select<MailDelivery>> choices = new EnumMap<>(MailTopic.class);
    final TimePicker digestTime = new TimePicker("Daily digest at");
    final Button save = new Button("Save e-mail choices");
    private final MailPreferenceService preferences;

    MailChoices(MailPreferenceService preferences, ZoneId zone) {
        this.preferences = preferences;
        addClassNames("card", "mail-choices");
        Div fields = new Div();
        fields.addClassName("mail-choice-fields");
        for (MailTopic topic : MailTopic.values()) {
            Select<MailDelivery> choice = new Select<>();
            choice.setLabel(topic.label());
            choice.setHelperText(topic.description());
            choice.setItems(MailDelivery.values());
            choice.setItemLabelGenerator(MailDelivery::label);
            choices.put(topic, choice);
            fields.add(choice);
        }
        digestTime.setStep(Duration.ofMinutes(30));
        digestTime.setHelperText("In your time zone, " + zone.getId() + ". The digest comes only when there is news.");
        fields.add(digestTime);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        Div body = new Div(new Paragraph("Everything also appears under the bell. Each e-mail has a link to stop that "
                + "kind of e-mail without signing in."), fields, save);
        setContent(body);
        show(preferences.mine());
    }

    private void save() {
        Map<MailTopic, MailDelivery> wanted = new EnumMap<>(MailTopic.class);
        choices.forEach((topic, choice) -> wanted.put(topic, choice.getValue()));
        try {
            show(preferences.change(new MailPreferences(wanted, digestTime.getValue())));
            Notices.success("E-mail choices saved.");
        } catch (InvalidInputException refused) {
            digestTime.setInvalid(refused.fields().contains("digestTime"));
            digestTime.setErrorMessage(refused.messageFor("digestTime").orElse(null));
            Notices.error(refused.getMessage());
        }
    }

    private void show(MailPreferences current) {
        current.deliveries().forEach((topic, delivery) -> choices.get(topic).setValue(delivery));
        digestTime.setValue(current.digestTime());
        digestTime.setInvalid(false);
        setSummaryText(summary(current));
    }

    /** One line for the folded state: what comes at once, what waits for the digest and when. */
    static String summary(MailPreferences current) {
        long immediate = current.deliveries().values().stream().filter(delivery -> delivery == MailDelivery.IMMEDIATE).count();
        long digest = current.deliveries().values().stream().filter(delivery -> delivery == MailDelivery.DIGEST).count();
        if (immediate == 0 && digest == 0) {
            return "E-mail: off. Open to choose what reaches you by e-mail.";
        }
        LocalTime at = current.digestTime();
        return "E-mail: " + (immediate == 0 ? "nothing right away" : immediate + " kind" + (immediate == 1 ? "" : "s") + " right away")
                + (digest == 0 ? "" : ", " + digest + " in a daily digest at " + TIME.format(at))
                + ". Open to change.";
    }
}
