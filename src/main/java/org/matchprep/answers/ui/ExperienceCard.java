package org.matchprep.answers.ui;

import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.matchprep.base.ui.AppIcon;
import org.matchprep.answers.ExperienceDetails;
import org.matchprep.answers.ExperienceSummary;
import org.matchprep.answers.QuestionSummary;

/** One experience as a card: what it is, what it shows, and which answers use it. */
class ExperienceCard extends Div {

    final ExperienceSummary experience;
    final Button edit = new Button("Edit", AppIcon.EDIT.create());
    final Button delete = new Button("Delete", AppIcon.TRASH.create());

    ExperienceCard(ExperienceSummary experience) {
        this.experience = experience;
        ExperienceDetails details = experience.details();
        addClassNames("card", "experience-card");

        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        edit.setAriaLabel("Edit " + details.title());
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        delete.setAriaLabel("Delete " + details.title());
        Div actions = new Div(edit, delete);
        actions.addClassName("experience-actions");
        Div top = new Div(new H2(details.title()), actions);
        top.addClassName("experience-top");
        add(top);

        String where = Stream.of(details.setting(), details.when()).filter(part -> !part.isBlank())
                .collect(Collectors.joining(" · "));
        if (!where.isEmpty()) {
            Paragraph meta = new Paragraph(where);
            meta.addClassName("experience-meta");
            add(meta);
        }
        addSection("What happened", details.whatHappened());
        addSection("What it shows", details.whatItShows());
        add(usedIn());
    }

    private void addSection(String label, String text) {
        if (text.isBlank()) {
            return;
        }
        Span heading = new Span(label);
        heading.addClassName("experience-label");
        Paragraph body = new Paragraph(text);
        body.addClassName("experience-text");
        add(new Div(heading, body));
    }

    private Div usedIn() {
        Span heading = new Span("Used in:");
        heading.addClassName("experience-label");
        Div section = new Div(heading);
        section.addClassName("experience-used-in");
        if (experience.usedIn().isEmpty()) {
            Paragraph none = new Paragraph("Not used in any answer yet");
            none.addClassName("experience-unused");
            section.add(none);
        } else {
            UnorderedList questions = new UnorderedList();
            for (QuestionSummary question : experience.usedIn()) {
                questions.add(new ListItem(question.text()));
            }
            section.add(questions);
        }
        return section;
    }
}
