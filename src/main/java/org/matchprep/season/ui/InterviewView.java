package org.matchprep.season.ui;

import java.time.ZoneId;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import org.matchprep.base.ui.AppIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.matchprep.account.AccountService;
import org.matchprep.account.Roles;
import org.matchprep.base.ui.Notices;
import org.matchprep.base.ui.Times;
import org.matchprep.base.ui.ViewHeader;
import org.matchprep.season.ChecklistService;
import org.matchprep.season.DossierService;
import org.matchprep.season.InterviewService;
import org.matchprep.season.InterviewSummary;
import org.matchprep.season.QuestionsToAskService;
import org.matchprep.season.ThankYouService;
import org.springframework.security.access.AccessDeniedException;

/** One interview: when and how, the impressions written afterwards, the thank-you notes, and what hangs off it. */
@Route("interviews")
@PageTitle("Interview · MatchPrep")
@RolesAllowed(Roles.APPLICANT)
public class InterviewView extends VerticalLayout implements HasUrlParameter<Long> {

    final Paragraph notFound = new Paragraph("This interview does not exist, or it is not yours.");
    final Div content = new Div();
    final Paragraph programTime = new Paragraph();
    final Paragraph myTime = new Paragraph();
    final Button edit = new Button("Edit", AppIcon.EDIT.create());
    final Button delete = new Button("Delete", AppIcon.TRASH.create());
    final Button daySheet = new Button("Day sheet", AppIcon.PRINT.create());
    ImpressionsForm impressions;
    QuestionsPanel questionsPanel;
    ChecklistPanel checklistPanel;
    ThankYouPanel thankYouPanel;

    private final InterviewService interviews;
    private final QuestionsToAskService questions;
    private final ChecklistService checklists;
    private final ThankYouService thankYous;
    private final ZoneId myZone;
    private final ViewHeaderSlot header = new ViewHeaderSlot();
    private InterviewSummary interview;

    InterviewView(InterviewService interviews, DossierService dossiers, QuestionsToAskService questions,
                  ChecklistService checklists, ThankYouService thankYous, AccountService accounts) {
        this.interviews = interviews;
        this.questions = questions;
        this.checklists = checklists;
        this.thankYous = thankYous;
        this.myZone = accounts.myAccount().timeZone();
        addClassName("page");
        notFound.setVisible(false);
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        edit.addClickListener(click -> new InterviewDialog(interviews, dossiers.myDossiers(), interview, this::show).open());
        delete.addClickListener(click -> confirmDelete());
        daySheet.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        daySheet.addClickListener(click -> UI.getCurrent().navigate(DaySheetView.class, interview.id()));
        add(header, notFound, content);
    }

    @Override
    public void setParameter(BeforeEvent event, Long interviewId) {
        try {
            show(interviews.interview(interviewId));
        } catch (AccessDeniedException notMine) {
            content.setVisible(false);
            notFound.setVisible(true);
            header.set(new ViewHeader("Interview", null));
        }
    }

    void show(InterviewSummary shown) {
        this.interview = shown;
        header.set(new ViewHeader(shown.programName(), shown.location().isEmpty() ? null : shown.location(), daySheet, edit,
                delete));
        programTime.setText("Program time: " + Times.dateTime(shown.startsAt(), shown.programZone()) + " ("
                + shown.programZone().getId() + ")");
        myTime.setText("Your time: " + Times.dateTime(shown.startsAt(), myZone) + " (" + myZone.getId() + ")");
        content.removeAll();
        Div when = new Div(new H2(shown.status().label()), programTime, myTime);
        when.addClassName("card");
        if (!shown.platform().isEmpty()) {
            when.add(new Paragraph("Platform: " + shown.platform()));
        }
        if (shown.link() != null) {
            Anchor link = new Anchor(shown.link(), shown.link(), AnchorTarget.BLANK);
            link.getElement().setAttribute("rel", "noopener noreferrer");
            when.add(new Div(link));
        }
        if (!shown.structure().isEmpty()) {
            Paragraph structure = new Paragraph(shown.structure());
            structure.addClassName("season-preserve-lines");
            when.add(structure);
        }
        impressions = new ImpressionsForm(interviews, shown, saved -> this.interview = saved);
        questionsPanel = new QuestionsPanel(questions, shown.id());
        checklistPanel = new ChecklistPanel(checklists, shown.id());
        thankYouPanel = new ThankYouPanel(thankYous, shown.id(), myZone);
        content.add(when, questionsPanel, checklistPanel, impressions, thankYouPanel);
        content.addClassName("season-stack");
    }

    private void confirmDelete() {
        ConfirmDialog confirm = new ConfirmDialog("Delete the interview with " + interview.programName() + "?",
                "Its impressions, chosen questions, checklist and thank-you notes go with it. The dossier and its letters "
                        + "stay.", "Delete", confirmed -> {
                    interviews.delete(interview.id());
                    Notices.success("Deleted the interview with " + interview.programName() + ".");
                    UI.getCurrent().navigate(InterviewListView.class);
                });
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.open();
    }

    /** Keeps the header in place when it is rebuilt with the program's name. */
    private static class ViewHeaderSlot extends Div {

        void set(ViewHeader header) {
            removeAll();
            add(header);
        }
    }
}
