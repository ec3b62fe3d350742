package org.matchprep.season.ui;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.matchprep.base.ui.AppIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.matchprep.account.Roles;
import org.matchprep.base.ui.Times;
import org.matchprep.base.ui.ViewHeader;
import org.matchprep.season.AskQuestion;
import org.matchprep.season.DaySheet;
import org.matchprep.season.DaySheetService;
import org.matchprep.season.DossierDetails;
import org.matchprep.season.InterviewSummary;
import org.springframework.security.access.AccessDeniedException;

/** A printable page with everything for one interview day, and the same as PDF. */
@Route("day-sheet")
@PageTitle("Day sheet · MatchPrep")
@RolesAllowed(Roles.APPLICANT)
public class DaySheetView extends VerticalLayout implements HasUrlParameter<Long> {

    final Div sheet = new Div();
    final Paragraph notFound = new Paragraph("This interview does not exist, or it is not yours.");
    Anchor pdf;

    private final DaySheetService daySheets;

    DaySheetView(DaySheetService daySheets) {
        this.daySheets = daySheets;
        addClassName("page");
        sheet.addClassName("season-sheet");
        notFound.setVisible(false);
        add(notFound, sheet);
    }

    @Override
    public void setParameter(BeforeEvent event, Long interviewId) {
        try {
            show(daySheets.daySheet(interviewId), interviewId);
        } catch (AccessDeniedException notMine) {
            notFound.setVisible(true);
        }
    }

    private void show(DaySheet day, long interviewId) {
        InterviewSummary interview = day.interview();
        DossierDetails dossier = day.dossier();
        pdf = Downloads.pdf("Download PDF", "day-sheet-" + interviewId + ".pdf", () -> daySheets.daySheetPdf(interviewId));
        Button print = new Button("Print", AppIcon.PRINT.create(),
                click -> UI.getCurrent().getPage().executeJs("window.print()"));
        Div actions = new Div(print, pdf);
        actions.addClassName("season-actions");
        sheet.add(new ViewHeader(dossier.name(), dossier.location()), actions,
                new Paragraph("Program time: " + Times.dateTime(interview.startsAt(), interview.programZone())
                        + " (" + interview.programZone().getId() + ")"),
                new Paragraph("Your time: " + Times.dateTime(interview.startsAt(), day.applicantZone())
                        + " (" + day.applicantZone().getId() + ")"));
        if (!interview.platform().isEmpty() || interview.link() != null) {
            sheet.add(new Paragraph(Stream.of(interview.platform(), interview.link())
                    .filter(part -> part != null && !part.isEmpty()).collect(Collectors.joining(" · "))));
        }
        text("Structure", interview.structure());
        list("Why this program", dossier.talkingPoints(), "No talking points yet: add them to the dossier.");
        list("Why you fit here", dossier.fitReasons(), "No reasons of fit yet: add one or two to the dossier.");
        text("Your general \"Why our program?\" notes", day.whyThisProgram());
        text("Strengths", dossier.strengths());
        text("Faculty", dossier.faculty());
        text("Facilities", dossier.facilities());
        text("Teaching structure", dossier.teachingStructure());
        list("IMG-friendly", dossier.imgEvidence().stream()
                .map(entry -> entry.url() == null ? entry.text() : entry.text() + " (" + entry.url() + ")").toList(),
                "No evidence noted yet.");
        list("Questions to ask", day.questions().stream().map(AskQuestion::text).toList(), "None chosen yet.");
        list("Checklist", day.checklist().stream()
                .map(item -> (item.done() ? "Done: " : "To do: ") + item.text()).toList(), "No checklist.");
    }

    private void text(String title, String text) {
        if (text != null && !text.isBlank()) {
            Paragraph body = new Paragraph(text);
            body.addClassName("season-preserve-lines");
            sheet.add(new H2(title), body);
        }
    }

    private void list(String title, List<String> items, String none) {
        sheet.add(new H2(title));
        if (items.isEmpty()) {
            Paragraph empty = new Paragraph(none);
            empty.addClassName("season-meta");
            sheet.add(empty);
            return;
        }
        UnorderedList list = new UnorderedList();
        items.forEach(item -> list.add(new ListItem(item)));
        sheet.add(list);
    }
}
