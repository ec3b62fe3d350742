package org.matchprep.season.ui;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import org.matchprep.base.ui.ViewHeader;
import org.matchprep.season.DossierService;
import org.matchprep.season.DossierSummary;

/** The programs the applicant prepares for, one dossier each. */
@Route("programs")
@PageTitle("Programs · MatchPrep")
@Menu(title = "Programs", order = 60, icon = "vaadin:hospital")
@RolesAllowed(Roles.APPLICANT)
public class DossierListView extends VerticalLayout {

    final Button addDossier = new Button("Add program", AppIcon.PLUS.create());
    final Div cards = new Div();
    final Div emptyState = new Div();

    DossierListView(DossierService dossiers) {
        addClassName("page");
        addDossier.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addDossier.addClickListener(click -> openNew());
        cards.addClassName("season-cards");
        buildEmptyState();
        add(new ViewHeader("Programs",
                "One dossier per program that invited you: the basics, what to mention, evidence that it "
                        + "welcomes IMGs, and the two or three reasons you want to train there.",
                addDossier), emptyState, cards);

        List<DossierSummary> mine = dossiers.myDossiers();
        mine.forEach(dossier -> cards.add(new DossierCard(dossier)));
        emptyState.setVisible(mine.isEmpty());
        cards.setVisible(!mine.isEmpty());
        addDossier.setVisible(!mine.isEmpty());
    }

    private static void openNew() {
        UI.getCurrent().navigate(DossierEditor.class, DossierEditor.NEW);
    }

    private void buildEmptyState() {
        Button addFirst = new Button("Add program", AppIcon.PLUS.create(), click -> openNew());
        addFirst.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        emptyState.add(new H2("No program dossiers yet"),
                new Paragraph("Start with the program that interviews you first. Its website, current residents "
                        + "and the invitation e-mail give you the basics; add what you would mention and why you "
                        + "want to train there. Then add its interview date under Interviews."),
                addFirst);
        emptyState.addClassNames("card", "empty-state");
    }
}
