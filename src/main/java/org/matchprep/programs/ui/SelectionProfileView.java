package org.matchprep.programs.ui;

import java.util.Arrays;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.matchprep.account.Roles;
import org.matchprep.base.ui.FormErrors;
import org.matchprep.base.ui.Forms;
import org.matchprep.base.ui.Notices;
import org.matchprep.base.ui.ViewHeader;
import org.matchprep.programs.CatalogueException;
import org.matchprep.programs.FitService;
import org.matchprep.programs.Region;
import org.matchprep.programs.SelectionProfile;
import org.matchprep.programs.StoredProfile;
import org.matchprep.programs.UsState;
import org.matchprep.programs.domain.ApplicantProfile;
import org.matchprep.season.ProgramType;

/** The applicant tells the fit score about their exams, US experience, research and where they can go. */
@Route("programs/profile")
@PageTitle("Selection profile · MatchPrep")
@Menu(title = "Selection profile", order = 56, icon = "vaadin:clipboard-user")
@RolesAllowed(Roles.APPLICANT)
public class SelectionProfileView extends VerticalLayout {

    final IntegerField step2Score = new IntegerField("Step 2 CK score");
    final Checkbox examFailure = new Checkbox("I failed an attempt at a USMLE Step");
    final IntegerField usRadiologyMonths = new IntegerField("Months of US clinical experience in radiology");
    final IntegerField usOtherMonths = new IntegerField("Months of US clinical experience in other fields");
    final IntegerField usLetters = new IntegerField("Letters from US physicians");
    final IntegerField graduationYear = new IntegerField("Year of medical school graduation");
    final IntegerField researchItems = new IntegerField("Publications, abstracts and posters");
    final Checkbox radiologyResearch = new Checkbox("Some of my research is in radiology");
    final MultiSelectComboBox<Region> preferredRegions = new MultiSelectComboBox<>("Regions I prefer");
    final MultiSelectComboBox<ProgramType> preferredSettings = new MultiSelectComboBox<>("Settings I prefer");
    final MultiSelectComboBox<String> requiredStates = new MultiSelectComboBox<>("The only states I can move to");
    final TextArea constraintNote = new TextArea("About those constraints (for your mentor)");
    final IntegerField programsPlanned = new IntegerField("Programs I plan to apply to");
    final Button save = new Button("Save profile");

    private final Binder<SelectionProfile> binder = Forms.binderFor(SelectionProfile.class);
    private final FitService fit;
    private long version;

    SelectionProfileView(FitService fit) {
        this.fit = fit;
        addClassName("page");

        step2Score.setHelperText("Empty until your score is out.");
        usRadiologyMonths.setHelperText("Hands-on electives and sub-internships; not observerships.");
        graduationYear.setHelperText("Past, or expected.");
        preferredRegions.setItems(Region.values());
        preferredRegions.setItemLabelGenerator(Region::label);
        preferredRegions.setHelperText("Empty when any region will do.");
        preferredSettings.setItems(ProgramType.values());
        preferredSettings.setItemLabelGenerator(ProgramType::label);
        preferredSettings.setHelperText("Empty when any setting will do.");
        requiredStates.setItems(Arrays.stream(UsState.values()).map(Enum::name).toList());
        requiredStates.setItemLabelGenerator(code -> code + " · " + UsState.valueOf(code).stateName());
        requiredStates.setHelperText("Only when family or work ties you to them; programs elsewhere then count against.");
        constraintNote.setMaxLength(ApplicantProfile.NOTE_MAX_LENGTH);
        for (IntegerField number : new IntegerField[] {step2Score, usRadiologyMonths, usOtherMonths, usLetters,
                graduationYear, researchItems, programsPlanned}) {
            number.setStepButtonsVisible(false);
        }

        binder.forField(step2Score).bind("step2Score");
        binder.forField(examFailure).bind("examFailure");
        binder.forField(usRadiologyMonths).bind("usRadiologyMonths");
        binder.forField(usOtherMonths).bind("usOtherMonths");
        binder.forField(usLetters).bind("usLetters");
        binder.forField(graduationYear).bind("graduationYear");
        binder.forField(researchItems).bind("researchItems");
        binder.forField(radiologyResearch).bind("radiologyResearch");
        binder.forField(preferredRegions).bind("preferredRegions");
        binder.forField(preferredSettings).bind("preferredSettings");
        binder.forField(requiredStates).bind("requiredStates");
        binder.forField(constraintNote).bind("constraintNote");
        binder.forField(programsPlanned).bind("programsPlanned");
        show(fit.myProfile());

        FormLayout form = new FormLayout(step2Score, examFailure, usRadiologyMonths, usOtherMonths, usLetters,
                graduationYear, researchItems, radiologyResearch, preferredRegions, preferredSettings, requiredStates,
                programsPlanned, constraintNote);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        form.setColspan(constraintNote, 2);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        Anchor scores = new Anchor("programs/fit", "See your program fit");
        add(new ViewHeader("Selection profile", "What the fit score weighs about you. Only you and your mentors see "
                + "it. Leave what you do not know yet empty: the score then says what it could not weigh.",
                (Component) scores), form, save);
    }

    void save() {
        Forms.record(binder).ifPresent(profile -> {
            try {
                show(fit.saveMyProfile(profile, version));
                FormErrors.clear(binder);
                Notices.success("Saved. Your program fit uses it now.");
            } catch (CatalogueException refused) {
                FormErrors.showWithNotice(binder, refused);
            }
        });
    }

    private void show(StoredProfile stored) {
        version = stored.version();
        binder.readRecord(stored.profile());
    }
}
