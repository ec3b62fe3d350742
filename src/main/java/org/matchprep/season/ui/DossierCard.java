package org.matchprep.season.ui;

import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.matchprep.base.ui.AppIcon;
import org.matchprep.season.DossierDetails;
import org.matchprep.season.DossierSummary;

/** One dossier in the list: name, place and type, the talking points, and a way in. */
class DossierCard extends Div {

    final Button open = new Button("Open", AppIcon.EDIT.create());

    DossierCard(DossierSummary dossier) {
        DossierDetails details = dossier.details();
        addClassNames("card", "season-card");
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        open.setAriaLabel("Open dossier " + details.name());
        open.addClickListener(click -> UI.getCurrent().navigate(DossierEditor.class, String.valueOf(dossier.id())));
        Div top = new Div(new H2(details.name()), open);
        top.addClassName("season-card-top");
        add(top);

        String meta = Stream.of(details.location(), details.type().label(), details.size())
                .filter(part -> !part.isBlank()).collect(Collectors.joining(" · "));
        Paragraph metaLine = new Paragraph(meta);
        metaLine.addClassName("season-meta");
        add(metaLine);

        if (details.talkingPoints().isEmpty()) {
            Paragraph nudge = new Paragraph("No \"why this program\" talking points yet: add two or three.");
            nudge.addClassName("season-nudge");
            add(nudge);
        } else {
            UnorderedList points = new UnorderedList();
            details.talkingPoints().forEach(point -> points.add(new ListItem(point)));
            add(points);
        }
        Paragraph evidence = new Paragraph(details.imgEvidence().isEmpty() ? "No IMG-friendliness evidence yet"
                : details.imgEvidence().size() + " piece" + (details.imgEvidence().size() == 1 ? "" : "s")
                        + " of IMG-friendliness evidence");
        evidence.addClassName("season-meta");
        // by path: sharing and comments belong to the review feature, which season must not depend on
        Anchor share = new Anchor("review/dossier/" + dossier.id(), "Share and feedback");
        share.getElement().setAttribute("aria-label", "Share and feedback: " + details.name());
        add(evidence, share);
    }
}
