package org.matchprep.answers.ui;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.matchprep.answers.ExperienceDetails;
import org.matchprep.answers.ExperienceService;
import org.matchprep.answers.ExperienceSummary;
import org.matchprep.answers.InvalidAnswerException;
import org.matchprep.answers.domain.Experience;
import org.matchprep.base.ui.Notices;

/** Adds an experience to the bank, or edits one read at a known version. */
class ExperienceDialog extends Dialog {

    final TextField title = new TextField("Title");
    final TextField setting = new TextField("Setting");
    final TextField when = new TextField("When");
    final TextArea whatHappened = new TextArea("What happened");
    final TextArea whatItShows = new TextArea("What it shows");
    final Button save;

    private final ExperienceService experiences;
    private final ExperienceSummary existing;
    private final Consumer<ExperienceSummary> onSaved;

    /** {@code existing} is null for a new experience. */
    ExperienceDialog(ExperienceService experiences, ExperienceSummary existing, Consumer<ExperienceSummary> onSaved) {
        this.experiences = experiences;
        this.existing = existing;
        this.onSaved = onSaved;
        setHeaderTitle(existing == null ? "New experience" : "Edit experience");
        setWidth("min(44rem, 95vw)");

        title.setMaxLength(Experience.TITLE_MAX_LENGTH);
        title.setRequiredIndicatorVisible(true);
        title.setHelperText("A name you will recognise, such as \"CT angiogram that changed the plan\".");
        setting.setMaxLength(Experience.SETTING_MAX_LENGTH);
        setting.setHelperText("Where: hospital, rotation, country.");
        when.setMaxLength(Experience.WHEN_MAX_LENGTH);
        when.setHelperText("For example \"Internship, 2023\".");
        whatHappened.setMaxLength(Experience.WHAT_HAPPENED_MAX_LENGTH);
        whatHappened.setHelperText("The facts in order: the situation, what you did, how it ended.");
        whatHappened.setMinRows(4);
        whatItShows.setMaxLength(Experience.WHAT_IT_SHOWS_MAX_LENGTH);
        whatItShows.setHelperText("The qualities it proves, such as judgement, teamwork or persistence.");
        whatItShows.setMinRows(2);
        if (existing != null) {
            ExperienceDetails details = existing.details();
            title.setValue(details.title());
            setting.setValue(details.setting());
            when.setValue(details.when());
            whatHappened.setValue(details.whatHappened());
            whatItShows.setValue(details.whatItShows());
        }

        FormLayout form = new FormLayout(title, setting, when, whatHappened, whatItShows);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        form.setColspan(title, 2);
        form.setColspan(whatHappened, 2);
        form.setColspan(whatItShows, 2);
        add(form);

        save = new Button(existing == null ? "Add experience" : "Save changes", click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), save);
    }

    void save() {
        ExperienceDetails details = new ExperienceDetails(title.getValue(), setting.getValue(), when.getValue(),
                whatHappened.getValue(), whatItShows.getValue());
        clearErrors();
        try {
            ExperienceSummary saved = existing == null ? experiences.create(details)
                    : experiences.update(existing.id(), existing.version(), details);
            Notices.success((existing == null ? "Added " : "Saved ") + "\"" + saved.details().title() + "\".");
            onSaved.accept(saved);
            close();
        } catch (InvalidAnswerException refused) {
            show(refused.getMessage());
        }
    }

    private List<LabelledField> fields() {
        return List.of(new LabelledField(title.getLabel(), title), new LabelledField(setting.getLabel(), setting),
                new LabelledField(when.getLabel(), when), new LabelledField(whatHappened.getLabel(), whatHappened),
                new LabelledField(whatItShows.getLabel(), whatItShows));
    }

    // The domain names a refused field by the label shown here ("Title is required."), so the message
    // goes next to its field; anything else (an edit in another tab) is a notice.
    private void show(String message) {
        for (LabelledField field : fields()) {
            if (message.startsWith(field.label() + " ")) {
                field.component().setErrorMessage(message);
                field.component().setInvalid(true);
                return;
            }
        }
        Notices.error(message);
    }

    private void clearErrors() {
        fields().forEach(field -> {
            field.component().setInvalid(false);
            field.component().setErrorMessage(null);
        });
    }

    private record LabelledField(String label, HasValidation component) {
    }
}
