package org.matchprep.season.ui;

import java.time.ZoneId;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.matchprep.account.AccountService;
import org.matchprep.account.Roles;
import org.matchprep.base.ui.FormErrors;
import org.matchprep.base.ui.Forms;
import org.matchprep.base.ui.Notices;
import org.matchprep.base.ui.ViewHeader;
import org.matchprep.season.DossierDetails;
import org.matchprep.season.DossierService;
import org.matchprep.season.DossierSummary;
import org.matchprep.season.LetterService;
import org.matchprep.season.ProgramType;
import org.matchprep.season.SeasonException;
import org.matchprep.season.WhyOurProgram;
import org.matchprep.season.WhyOurProgramService;
import org.matchprep.season.domain.ProgramDossier;
import org.springframework.security.access.AccessDeniedException;

/**
 * Writes or edits one program dossier ({@code programs/dossier/new} or {@code programs/dossier/<id>}); an
 * existing one also holds the letters to the program after its interview.
 */
@Route("programs/dossier")
@PageTitle("Program dossier · MatchPrep")
@RolesAllowed(Roles.APPLICANT)
public class DossierEditor extends VerticalLayout implements HasUrlParameter<String> {

    static final String NEW = "new";

    final TextField name = new TextField("Program name");
    final TextField city = new TextField("City");
    final TextField state = new TextField("State");
    final Select<ProgramType> type = new Select<>();
    final TextField size = new TextField("Size");
    final TextArea fellowships = area("Fellowships", "Which fellowships the program offers in-house.");
    final TextArea strengths = area("Strengths", "What the program is known for.");
    final TextArea faculty = area("Faculty", "People worth mentioning: a researcher, the program director's interests.");
    final TextArea facilities = area("Facilities", "Scanners, reading rooms, a new hospital wing, simulation.");
    final TextArea teachingStructure = area("Teaching structure", "Read-outs, noon conferences, call, board preparation.");
    final EvidenceList evidence = new EvidenceList();
    final TalkingPoints talkingPoints = new TalkingPoints();
    final TalkingPoints fitReasons = new TalkingPoints("Reason you fit", ProgramDossier.MAX_FIT_REASONS, 1);
    final UnorderedList reasonWarnings = new UnorderedList();
    final Button save = new Button("Save dossier", click -> save());
    final Button delete = new Button("Delete", click -> confirmDelete());
    // by path: sharing and comments belong to the review feature, which season must not depend on
    final Anchor shareLink = new Anchor("", "Share and feedback");
    final Paragraph notFound = new Paragraph("This dossier does not exist, or it is not yours.");

    private final DossierService dossiers;
    private final LetterService letters;
    private final ZoneId myZone;
    final Div lettersSlot = new Div();
    LettersPanel lettersPanel;
    private final Binder<DossierDetails> binder = Forms.binderFor(DossierDetails.class);
    private final Div content = new Div();
    private DossierSummary existing;

    final Div narrative = new Div();

    DossierEditor(DossierService dossiers, WhyOurProgramService whyOurProgram, LetterService letters,
                  AccountService accounts) {
        this.dossiers = dossiers;
        this.letters = letters;
        this.myZone = accounts.myAccount().timeZone();
        reasonWarnings.addClassName("season-reason-warnings");
        addClassName("page");
        type.setLabel("Program type");
        type.setItems(ProgramType.values());
        type.setItemLabelGenerator(ProgramType::label);
        type.setValue(ProgramType.ACADEMIC);
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(ProgramDossier.NAME_MAX_LENGTH);
        city.setMaxLength(ProgramDossier.PLACE_MAX_LENGTH);
        state.setMaxLength(ProgramDossier.PLACE_MAX_LENGTH);
        size.setMaxLength(ProgramDossier.SIZE_MAX_LENGTH);
        size.setHelperText("For example \"6 residents a year, 3 sites\".");
        bind();
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        notFound.setVisible(false);

        FormLayout basics = form(name, city, state, type, size, fellowships, strengths);
        basics.setColspan(name, 2);
        FormLayout specifics = form(faculty, facilities, teachingStructure);
        Paragraph pointsHelp = new Paragraph("Your \"Why our program?\" answer for this program: two or three reasons "
                + "you are drawn here, then one or two reasons you fit here (family or ties to the region, where you "
                + "want to practise, your research). Tie each to something above that only this program has.");
        pointsHelp.addClassName("season-meta");
        Paragraph fitHelp = new Paragraph("Why you fit here");
        fitHelp.addClassName("season-meta");
        binder.addValueChangeListener(change -> refreshReasonWarnings());
        shareLink.setVisible(false);
        shareLink.getElement().setAttribute("aria-label", "Share and feedback: share this dossier with a mentor and read their feedback");
        Div actions = new Div(save, delete, shareLink);
        actions.addClassName("season-actions");
        showNarrative(whyOurProgram.myAnswer());
        content.add(new H3("Basics"), basics, new H3("Specifics to mention"), specifics, evidence,
                new H3("Why this program"), pointsHelp, new Paragraph("Why you are drawn here"), talkingPoints, fitHelp,
                fitReasons, reasonWarnings, narrative, actions, lettersSlot);
        content.addClassName("season-form");
        add(new ViewHeader("Program dossier", null), notFound, content);
    }

    private void bind() {
        binder.forField(name).bind("name");
        binder.forField(city).bind("city");
        binder.forField(state).bind("state");
        binder.forField(type).bind("type");
        binder.forField(size).bind("size");
        binder.forField(fellowships).bind("fellowships");
        binder.forField(strengths).bind("strengths");
        binder.forField(faculty).bind("faculty");
        binder.forField(facilities).bind("facilities");
        binder.forField(teachingStructure).bind("teachingStructure");
        binder.forField(evidence).bind("imgEvidence");
        binder.forField(talkingPoints).bind("talkingPoints");
        binder.forField(fitReasons).bind("fitReasons");
    }

    // warnings follow the text as typed, before any save, and never block one
    void refreshReasonWarnings() {
        reasonWarnings.removeAll();
        dossiers.reasonWarnings(current()).forEach(warning -> {
            ListItem item = new ListItem(warning.message());
            item.getElement().setAttribute("data-field", warning.field());
            reasonWarnings.add(item);
        });
        reasonWarnings.setVisible(reasonWarnings.getComponentCount() > 0);
    }

    private DossierDetails current() {
        return new DossierDetails(name.getValue(), city.getValue(), state.getValue(), type.getValue(), size.getValue(),
                fellowships.getValue(), strengths.getValue(), faculty.getValue(), facilities.getValue(),
                teachingStructure.getValue(), evidence.getValue(), talkingPoints.getValue(), fitReasons.getValue());
    }

    // What holds for every program stays in the general answer; show it so the two stay in step.
    private void showNarrative(WhyOurProgram answer) {
        narrative.addClassName("season-narrative");
        if (answer.questionId() == null) {
            return;
        }
        Anchor open = new Anchor("answers/" + answer.questionId(), answer.written()
                ? "Open your \"Why our program?\" answer" : "Write your \"Why our program?\" answer");
        if (answer.written()) {
            Paragraph text = new Paragraph(answer.text());
            text.addClassNames("season-preserve-lines", "season-meta");
            narrative.add(new Paragraph("Your general \"Why our program?\" notes, for every program:"), text, open);
        } else {
            narrative.add(new Paragraph("You have not written your general \"Why our program?\" answer yet; "
                    + "these points are its raw material."), open);
        }
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        existing = null;
        if (NEW.equals(parameter)) {
            binder.readRecord(DossierDetails.named("", "", "", ProgramType.ACADEMIC));
            refreshReasonWarnings();
            delete.setVisible(false);
            shareLink.setVisible(false);
            return;
        }
        try {
            show(dossiers.dossier(Long.parseLong(parameter)));
        } catch (NumberFormatException | AccessDeniedException notMine) {
            content.setVisible(false);
            notFound.setVisible(true);
        }
    }

    private void show(DossierSummary dossier) {
        existing = dossier;
        binder.readRecord(dossier.details());
        refreshReasonWarnings();
        delete.setVisible(true);
        shareLink.setHref("review/dossier/" + dossier.id());
        shareLink.setVisible(true);
        lettersPanel = new LettersPanel(letters, dossier.id(), myZone);
        lettersSlot.removeAll();
        lettersSlot.add(lettersPanel);
    }

    void save() {
        Forms.record(binder).ifPresent(details -> {
            try {
                DossierSummary saved = existing == null ? dossiers.create(details)
                        : dossiers.update(existing.id(), existing.version(), details);
                Notices.success("Saved the dossier for " + saved.name() + ".");
                UI.getCurrent().navigate(DossierListView.class);
            } catch (SeasonException refused) {
                // an edit made in another tab concerns no field and becomes a notice
                FormErrors.showWithNotice(binder, refused);
            }
        });
    }

    private void confirmDelete() {
        ConfirmDialog confirm = new ConfirmDialog("Delete the dossier for " + existing.name() + "?",
                "Its interviews (with their impressions, checklists and thank-you notes) and its letters go with it.",
                "Delete", confirmed -> {
                    dossiers.delete(existing.id());
                    Notices.success("Deleted the dossier for " + existing.name() + ".");
                    UI.getCurrent().navigate(DossierListView.class);
                });
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.open();
    }

    private static TextArea area(String label, String helper) {
        TextArea area = new TextArea(label);
        area.setMaxLength(ProgramDossier.NOTES_MAX_LENGTH);
        if (helper != null) {
            area.setHelperText(helper);
        }
        return area;
    }

    private static FormLayout form(com.vaadin.flow.component.Component... fields) {
        FormLayout form = new FormLayout(fields);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        return form;
    }
}
