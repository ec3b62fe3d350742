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
    private InterviewSummary interview;

    ImpressionsForm(InterviewService interviews, InterviewSummary interview, Consumer<InterviewSummary> onSaved) {
        this.interviews = interviews;
        this.onSaved = onSaved;
        addClassName("card");
        overdue.addClassName("season-flag");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(met, culture, teaching, residentHappiness, redFlags, standout);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        add(new H2("Impressions"), overdue, form, save);
        show(interview);
    }

    void show(InterviewSummary interview) {
        this.interview = interview;
        Impressions seen = interview.impressions();
        met.setValue(seen.met());
        culture.setValue(seen.culture());
        teaching.setValue(seen.teaching());
        residentHappiness.setValue(seen.residentHappiness());
        redFlags.setValue(seen.redFlags());
        standout.setValue(seen.standout());
        overdue.setVisible(interview.impressionsOverdue());
    }

    void save() {
        Impressions impressions = new Impressions(met.getValue(), culture.getValue(), teaching.getValue(),
                residentHappiness.getValue(), redFlags.getValue(), standout.getValue());
        try {
            InterviewSummary saved = interviews.recordImpressions(interview.id(), interview.version(), impressions);
            Notices.success("Saved your impressions of " + saved.programName() + ".");
            show(saved);
            onSaved.accept(saved);
        } catch (SeasonException refused) {
            Notices.error(refused.getMessage());
        }
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
