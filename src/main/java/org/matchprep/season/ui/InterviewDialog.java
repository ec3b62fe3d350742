package org.matchprep.season.ui;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import org.matchprep.base.ui.FormErrors;
import org.matchprep.base.ui.Forms;
import org.matchprep.base.ui.Notices;
import org.matchprep.base.ui.TimeZoneField;
import org.matchprep.season.DossierSummary;
import org.matchprep.season.InterviewFormat;
import org.matchprep.season.InterviewPlan;
import org.matchprep.season.InterviewService;
import org.matchprep.season.InterviewStatus;
import org.matchprep.season.InterviewSummary;
import org.matchprep.season.SeasonException;
import org.matchprep.season.domain.Interview;
import org.matchprep.base.WebLinks;

/** Adds an interview to the tracker, or changes one read at a known version. */
class InterviewDialog extends Dialog {

    static final List<String> PLATFORMS = List.of("Zoom", "Thalamus", "Microsoft Teams", "Webex", InterviewFormat.IN_PERSON_PLATFORM);

    // a combo box, not a Select: Select marks its value button (role=button) aria-required, which a button may
    // not carry (axe: aria-allowed-attr, critical); a combo box may be required
    final ComboBox<DossierSummary> program = new ComboBox<>();
    final DateTimePicker start = new DateTimePicker("Date and time (program's local time)");
    final TimeZoneField zone = new TimeZoneField("Program's time zone");
    final ComboBox<String> platform = new ComboBox<>("Platform");
    final TextField link = new TextField("Meeting link");
    final TextArea structure = new TextArea("Structure");
    final Select<InterviewStatus> status = new Select<>();
    final Button save;

    private final InterviewService interviews;
    private final InterviewSummary existing;
    private final Consumer<InterviewSummary> onSaved;
    private final Binder<InterviewPlan> binder = Forms.binderFor(InterviewPlan.class);

    /** {@code existing} is null for a new interview. */
    InterviewDialog(InterviewService interviews, List<DossierSummary> programs, InterviewSummary existing,
                    Consumer<InterviewSummary> onSaved) {
        this.interviews = interviews;
        this.existing = existing;
        this.onSaved = onSaved;
        setHeaderTitle(existing == null ? "New interview" : "Edit interview");
        setWidth("min(44rem, 95vw)");

        program.setLabel("Program");
        program.setItems(programs);
        program.setItemLabelGenerator(DossierSummary::name);
        start.setHelperText("As the invitation states it.");
        zone.setHelperText("Where the program is, e.g. America/New_York. Needed to convert the time to yours.");
        zone.setRequiredIndicatorVisible(true);
        platform.setItems(PLATFORMS);
        platform.setAllowCustomValue(true);
        platform.addCustomValueSetListener(custom -> platform.setValue(custom.getDetail()));
        link.setMaxLength(WebLinks.MAX_LENGTH);
        link.setPlaceholder("https://");
        structure.setMaxLength(Interview.STRUCTURE_MAX_LENGTH);
        structure.setHelperText("Rooms, interviewers, the social event the evening before.");
        status.setLabel("Status");
        status.setItems(InterviewStatus.values());
        status.setItemLabelGenerator(InterviewStatus::label);
        status.setValue(InterviewStatus.SCHEDULED);
        bind(programs);

        if (existing != null) {
            binder.readRecord(new InterviewPlan(existing.dossierId(), existing.inProgramZone().toLocalDateTime(),
                    existing.programZone().getId(), existing.platform().isEmpty() ? null : existing.platform(),
                    existing.link() == null ? "" : existing.link(), existing.structure(), existing.status()));
        } else if (programs.size() == 1) {
            program.setValue(programs.getFirst());
        }

        FormLayout form = new FormLayout(program, status, start, zone, platform, link, structure);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        form.setColspan(structure, 2);
        add(form);

        save = new Button(existing == null ? "Add interview" : "Save changes", click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), save);
    }

    private void bind(List<DossierSummary> programs) {
        // the one check made here: the plan names its dossier by id, which only the choice of a program gives
        binder.forField(program).asRequired("Choose the program this interview is for.")
                .withConverter(DossierSummary::id, id -> programs.stream().filter(dossier -> dossier.id() == id)
                        .findFirst().orElse(null))
                .bind("dossierId");
        binder.forField(start).bind("localStart");
        binder.forField(zone).bind("programZone");
        binder.forField(platform).bind("platform");
        binder.forField(link).bind("link");
        binder.forField(structure).bind("structure");
        binder.forField(status).bind("status");
    }

    void save() {
        Forms.record(binder).ifPresent(plan -> {
            try {
                InterviewSummary saved = existing == null ? interviews.schedule(plan)
                        : interviews.update(existing.id(), existing.version(), plan);
                Notices.success((existing == null ? "Added the interview with " : "Saved the interview with ")
                        + saved.programName() + ".");
                onSaved.accept(saved);
                close();
            } catch (SeasonException refused) {
                FormErrors.showWithNotice(binder, refused);
            }
        });
    }
}
