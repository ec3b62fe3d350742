package org.matchprep.answers.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import org.matchprep.answers.ExperienceDetails;
import org.matchprep.answers.ExperienceService;
import org.matchprep.answers.ExperienceSummary;
import org.matchprep.answers.InvalidAnswerException;
import org.matchprep.answers.domain.Experience;
import org.matchprep.base.ui.FormErrors;
import org.matchprep.base.ui.Forms;
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
    private final Binder<ExperienceDetails> binder = Forms.binderFor(ExperienceDetails.class);

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
        binder.forField(title).bind("title");
        binder.forField(setting).bind("setting");
        binder.forField(when).bind("when");
        binder.forField(whatHappened).bind("whatHappened");
        binder.forField(whatItShows).bind("whatItShows");
        if (existing != null) {
            binder.readRecord(existing.details());
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
        Forms.record(binder).ifPresent(details -> {
            try {
                ExperienceSummary saved = existing == null ? experiences.create(details)
                        : experiences.update(existing.id(), existing.version(), details);
                Notices.success((existing == null ? "Added " : "Saved ") + "\"" + saved.details().title() + "\".");
                onSaved.accept(saved);
                close();
            } catch (InvalidAnswerException refused) {
                // an edit in another tab concerns no field and becomes a notice
                FormErrors.showWithNotice(binder, refused);
            }
        });
    }
}
