package org.matchprep.review.ui;

import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.matchprep.base.ui.Times;
import org.matchprep.review.SharedDossier;

/** Shared program dossiers as a titled list: the mentor's queue section and the applicant's feedback page. */
final class SharedDossierList {

    private SharedDossierList() {
    }

    static Div section(String title, List<SharedDossier> dossiers, ZoneId zone, String whenEmpty) {
        Div section = new Div();
        section.addClassName("shared-dossiers");
        H2 heading = new H2(title + (dossiers.isEmpty() ? "" : " (" + dossiers.size() + ")"));
        heading.addClassName("section-heading");
        section.add(heading);
        if (dossiers.isEmpty()) {
            Paragraph empty = new Paragraph(whenEmpty);
            empty.addClassName("empty-state");
            section.add(empty);
            return section;
        }
        Div list = new Div();
        list.addClassName("review-list");
        dossiers.forEach(dossier -> list.add(row(dossier, zone)));
        section.add(list);
        return section;
    }

    private static Div row(SharedDossier dossier, ZoneId zone) {
        Div row = new Div();
        row.addClassNames("review-row", "card");
        Anchor open = new Anchor("review/dossier/" + dossier.dossierId(), dossier.programName());
        open.addClassName("review-row-title");
        String whose = dossier.sharedWith().isEmpty() ? dossier.applicantName() + " · "
                : "Shared with " + dossier.sharedWith().stream().map(target -> target.mentorName())
                        .collect(Collectors.joining(", ")) + " · ";
        Span meta = new Span(whose + "saved " + Times.dateTime(dossier.updatedAt(), zone));
        meta.addClassName("question-meta");
        Span threads = new Span(dossier.openThreads() == 0 ? "No open comments"
                : dossier.openThreads() + (dossier.openThreads() == 1 ? " open comment thread" : " open comment threads"));
        threads.getElement().getThemeList().addAll(List.of("badge", dossier.openThreads() == 0 ? "contrast" : "primary"));
        row.add(open, meta, threads);
        return row;
    }
}
