package org.matchprep.answers.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import org.matchprep.base.ui.AppIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.matchprep.account.Roles;
import org.matchprep.answers.AnswerRoutes;
import org.matchprep.answers.ExperienceService;
import org.matchprep.answers.ExperienceSummary;
import org.matchprep.base.ui.Notices;
import org.matchprep.base.ui.ViewHeader;

/** The applicant's experience bank: a few detailed cases, written once and reused across answers. */
@Route(AnswerRoutes.EXPERIENCES)
@PageTitle("Experiences · MatchPrep")
@Menu(title = "Experiences", order = 30, icon = "vaadin:book")
@RolesAllowed(Roles.APPLICANT)
public class ExperienceListView extends VerticalLayout {

    final Button addExperience = new Button("Add experience", AppIcon.PLUS.create());
    final Div cards = new Div();
    final Div emptyState = new Div();

    private final ExperienceService experiences;

    ExperienceListView(ExperienceService experiences) {
        this.experiences = experiences;
        addClassName("page");

        addExperience.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addExperience.addClickListener(click -> openDialog(null));
        cards.addClassName("experience-list");
        buildEmptyState();

        add(new ViewHeader("Experiences",
                "Three or four detailed cases you can tell in any interview: a patient, a rotation, a research "
                        + "project. Write each one once; your answers point to them, so the story stays the same "
                        + "whichever question it answers.",
                addExperience),
                emptyState, cards);
        refresh();
    }

    void refresh() {
        List<ExperienceSummary> mine = experiences.myExperiences();
        cards.removeAll();
        mine.forEach(experience -> cards.add(card(experience)));
        emptyState.setVisible(mine.isEmpty());
        cards.setVisible(!mine.isEmpty());
        addExperience.setVisible(!mine.isEmpty());
    }

    private ExperienceCard card(ExperienceSummary experience) {
        ExperienceCard card = new ExperienceCard(experience);
        card.edit.addClickListener(click -> openDialog(experience));
        card.delete.addClickListener(click -> confirmDelete(experience));
        return card;
    }

    private void openDialog(ExperienceSummary experience) {
        new ExperienceDialog(experiences, experience, saved -> refresh()).open();
    }

    private void confirmDelete(ExperienceSummary experience) {
        String title = experience.details().title();
        ConfirmDialog confirm = new ConfirmDialog("Delete \"" + title + "\"?",
                experience.usedIn().isEmpty()
                        ? "The experience is removed from your bank. No answer uses it."
                        : "The experience is removed from your bank. Answers that use it keep their text; "
                                + "only the link to this experience goes.",
                "Delete", confirmed -> delete(experience));
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.open();
    }

    private void delete(ExperienceSummary experience) {
        experiences.delete(experience.id());
        Notices.success("Deleted \"" + experience.details().title() + "\".");
        refresh();
    }

    private void buildEmptyState() {
        Button addFirst = new Button("Add experience", AppIcon.PLUS.create(), click -> openDialog(null));
        addFirst.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        emptyState.add(new H2("Your experience bank is empty"),
                new Paragraph("Start with the case you would tell first: the one that made you choose radiology. "
                        + "Note where and when it happened, what you did, and what it shows about you. "
                        + "Add two or three more over time; most answers can draw on one of them."),
                addFirst);
        emptyState.addClassNames("card", "empty-state");
    }
}
