package org.matchprep.programs.ui;

import java.util.LinkedHashMap;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
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
import org.matchprep.programs.FitWeights;
import org.matchprep.programs.domain.FitWeightsStore;

/** Admins set the points each fit-score factor adds or takes away, and where the tiers begin. */
@Route("admin/fit-weights")
@PageTitle("Fit score weights · MatchPrep")
@Menu(title = "Fit score weights", order = 84, icon = "vaadin:sliders")
@RolesAllowed(Roles.ADMIN)
public class FitWeightsView extends VerticalLayout {

    /** Each weight's label, in the order of FitWeights; the record's Javadoc and docs/fit-score.md say more. */
    static final Map<String, String> LABELS = labels();

    final Map<String, IntegerField> fields = new LinkedHashMap<>();
    final Button save = new Button("Save weights");
    final Button defaults = new Button("Back to the defaults");

    private final Binder<FitWeights> binder = Forms.binderFor(FitWeights.class);
    private final FitService fit;
    private long version;

    FitWeightsView(FitService fit) {
        this.fit = fit;
        addClassName("page");
        FormLayout factors = new FormLayout();
        FormLayout thresholds = new FormLayout();
        for (Map.Entry<String, String> weight : LABELS.entrySet()) {
            IntegerField field = new IntegerField(weight.getValue());
            field.setStepButtonsVisible(true);
            binder.forField(field).asRequired("Enter a whole number.").bind(weight.getKey());
            fields.put(weight.getKey(), field);
            (weight.getKey().endsWith("From") || weight.getKey().equals("base") ? thresholds : factors).add(field);
        }
        for (FormLayout form : new FormLayout[] {factors, thresholds}) {
            form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2),
                    new FormLayout.ResponsiveStep("60em", 3));
        }
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        defaults.addClickListener(click -> binder.readRecord(FitWeights.DEFAULTS));
        add(new ViewHeader("Fit score weights", "The points each reason adds to or takes from a program's score, for "
                + "every applicant. Positive helps, negative counts against. Changes apply at once to every page that "
                + "shows a score.", defaults), new H2("Start and tiers"), thresholds, new H2("Reasons"), factors, save);
        show(fit.weights());
    }

    void save() {
        Forms.record(binder).ifPresent(weights -> {
            try {
                show(fit.updateWeights(weights, version));
                Notices.success("Saved. Every fit score uses these weights now.");
            } catch (CatalogueException refused) {
                FormErrors.showWithNotice(binder, refused);
            }
        });
    }

    private void show(FitWeightsStore.Stored stored) {
        version = stored.version();
        binder.readRecord(stored.weights());
        FormErrors.clear(binder);
    }

    private static Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("base", "Every program starts at");
        labels.put("likelyFrom", "\"Likely\" from");
        labels.put("targetFrom", "\"Target\" from (below: reach)");
        labels.put("perImgResident", "Per resident who trained abroad (latest year)");
        labels.put("imgResidentsCap", "At most, for those residents");
        labels.put("noImgResidents", "No resident who trained abroad (latest year)");
        labels.put("statement", "Program states it welcomes IMGs");
        labels.put("graduationOutside", "Graduated longer ago than it accepts");
        labels.put("step2Below", "Step 2 CK below its stated minimum");
        labels.put("step2Meets", "Step 2 CK meets its stated minimum");
        labels.put("clinicalBelow", "Less US clinical experience than it requires");
        labels.put("clinicalMeets", "US clinical experience it requires is met");
        labels.put("preferredRegion", "In a region the applicant prefers");
        labels.put("preferredSetting", "In a setting the applicant prefers");
        labels.put("outsideRequiredStates", "Outside the only states the applicant can move to");
        labels.put("preliminaryYear", "Preliminary year attached");
        labels.put("radiologyExperience", "Applicant has US radiology experience");
        labels.put("usLetters", "Applicant has two or more US letters");
        labels.put("radiologyResearch", "Applicant has research in radiology");
        labels.put("examFailure", "Applicant failed an attempt at a USMLE Step");
        return labels;
    }
}
