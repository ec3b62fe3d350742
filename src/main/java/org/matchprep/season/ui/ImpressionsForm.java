package org.matchprep.season.ui;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import org.matchprep.base.ui.FormErrors;
import org.matchprep.base.ui.Forms;
import org.matchprep.base.ui.Notices;
import org.matchprep.season.Impressions;
import org.matchprep.season.InterviewService;
import org.matchprep.season.InterviewSummary;
import org.matchprep.season.SeasonException;
import org.matchprep.season.domain.Interview;

/** The same-day impressions of one interview. */
class ImpressionsForm extends Div {

    final TextArea met = area("Who you met");
    final TextArea culture = area("Culture");
    final TextArea teaching = area("Teaching");
    final TextArea residentHappiness = area("Resident happiness");
    final TextArea redFlags = area("Red flags");
    final TextArea standout = area("Standout moments");
    final Paragraph overdue = new Paragraph("More than a day has passed: write down what you remember now, "
            + "before the programs blur together.");
    final Button save = new Button("Save impressions", click -> save());

    private final InterviewService interviews;
    private final Consumer<InterviewSummary> onSaved;
    private final Binder<Impressions> binder = Forms.binderFor(Impressions.class);
    private InterviewSummary interview;

    ImpressionsForm(InterviewService interviews, InterviewSummary interview, Consumer<InterviewSummary> onSaved) {
        this.interviews = interviews;
        this.onSaved = onSaved;
        addClassName("card");
        overdue.addClassName("season-flag");
        met.setHelperText("For thank-you notes, list each person under \"People you met\" below as well.");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(met, culture, teaching, residentHappiness, redFlags, standout);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        add(new H2("Impressions"), overdue, form, save);
        binder.forField(met).bind("met");
        binder.forField(culture).bind("culture");
        binder.forField(teaching).bind("teaching");
        binder.forField(residentHappiness).bind("residentHappiness");
        binder.forField(redFlags).bind("redFlags");
        binder.forField(standout).bind("standout");
        show(interview);
    }

    void show(InterviewSummary interview) {
        this.interview = interview;
        binder.readRecord(interview.impressions());
        FormErrors.clear(binder);
        overdue.setVisible(interview.impressionsOverdue());
    }

    void save() {
        Forms.record(binder).ifPresent(impressions -> {
            try {
                InterviewSummary saved = interviews.recordImpressions(interview.id(), interview.version(), impressions);
                Notices.success("Saved your impressions of " + saved.programName() + ".");
                show(saved);
                onSaved.accept(saved);
            } catch (SeasonException refused) {
                FormErrors.showWithNotice(binder, refused);
            }
        });
    }

    List<TextArea> fields() {
        return List.of(met, culture, teaching, residentHappiness, redFlags, standout);
    }

    private static TextArea area(String label) {
        TextArea area = new TextArea(label);
        area.setMaxLength(Interview.IMPRESSION_MAX_LENGTH);
        return area;
    }
}
