package org.matchprep.answers.ui;

import java.time.Duration;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.matchprep.base.ui.AppIcon;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.dom.Element;
import org.matchprep.account.AccountSummary;
import org.matchprep.answers.AnswerDraft;
import org.matchprep.answers.AnswerHints;
import org.matchprep.answers.AnswerService;
import org.matchprep.answers.AnswerStructure;
import org.matchprep.answers.EditConflictException;
import org.matchprep.answers.ExperienceService;
import org.matchprep.answers.ExperienceSummary;
import org.matchprep.answers.Hint;
import org.matchprep.answers.InvalidAnswerException;
import org.matchprep.answers.SaveOutcome;
import org.matchprep.answers.SpeakingTime;
import org.matchprep.answers.TimingNote;
import org.matchprep.answers.domain.Answer;
import org.matchprep.base.FieldError;
import org.matchprep.base.ui.Clicks;
import org.matchprep.base.ui.FormErrors;
import org.matchprep.base.ui.ReadOnlyHtml;

/**
 * Edits one answer in its structure. Text is saved shortly after typing pauses (never more than a few
 * seconds later); counts, speaking time and hints follow the text; conflicts with another tab are shown,
 * never overwritten silently.
 */
public class AnswerEditor extends Div {

    /** How long typing must pause before the text is sent and saved. */
    static final int SAVE_AFTER_PAUSE_MILLIS = 800;

    private final AnswerService answers;
    private final ZoneId zone;
    private final long questionId;
    private final BrowserDrafts drafts;
    final Map<String, TextArea> fields = new LinkedHashMap<>();
    // counts, totals, notes and hints are read-only: one node of escaped HTML each (see ReadOnlyHtml)
    private final Map<String, Element> partCounts = new LinkedHashMap<>();
    final Span total = new Span();
    /** Where the speaking-time numbers come from; follows the pace. */
    final Paragraph timingNote = new Paragraph();
    /** The worked outline, shown and hidden in the browser: the same shared HTML for every answer of a structure. */
    Element outline;
    /** Built when the applicant chooses to change it: the pace is set once and applies to every answer. */
    IntegerField pace;
    private int savedWordsPerMinute;
    /** Built when the applicant chooses to change the links: most visits to an answer only write. */
    MultiSelectComboBox<ExperienceSummary> experiencesUsed;
    private final ExperienceService experiences;
    /** The hints with their heading and note, redrawn after every pause in typing. */
    final Div hintBox = new Div();
    final SaveStatus status;
    final Button history = new Button("History", AppIcon.CLOCK.create());
    private final Div preview = new Div();
    // not the whole draft: its text is in the fields, and the session would keep a second copy of it
    private AnswerStructure structure;
    private long version;
    private boolean dirty;
    // set when the text reached the server changed (and was saved); the pause after it then has nothing left to do
    private boolean changedSincePause;
    private boolean offeredUnsavedText;

    /** {@code pageHeading}: the question is the page's main heading (its own page), not one under the page's (a tab). */
    AnswerEditor(AnswerService answers, ExperienceService experiences, AccountSummary applicant, long questionId,
                 boolean pageHeading) {
        this.answers = answers;
        this.experiences = experiences;
        this.zone = applicant.timeZone();
        this.questionId = questionId;
        this.drafts = new BrowserDrafts(getElement(), applicant.id(), questionId);
        this.status = new SaveStatus(this::save);
        addClassName("answer-editor");
        // The browser asks before closing the tab while any editor holds text the server has not saved.
        // Typing shows "Editing…" at once, before the pause sends the text, so "Saved" never shows over
        // text the server has not received.
        getElement().executeJs("""
                this.addEventListener('input', event => {
                  if (!event.target.closest('.answer-part')) { return; }
                  this.dataset.unsaved = 'true';
                  const status = this.querySelector('.save-status');
                  if (status) { status.dataset.state = 'editing'; status.firstElementChild.textContent = 'Editing…'; }
                });""");
        addAttachListener(attach -> attach.getUI().getPage().executeJs("""
                if (!window.matchprepUnsavedGuard) {
                  window.matchprepUnsavedGuard = true;
                  window.addEventListener('beforeunload', e => {
                    if (document.querySelector('.answer-editor[data-unsaved="true"]')) { e.preventDefault(); e.returnValue = ''; }
                  });
                }"""));
        addAttachListener(attach -> {
            drafts.keepTyping();
            if (!offeredUnsavedText) {
                offeredUnsavedText = true;
                drafts.read(this::offerUnsavedText);
            }
        });
        AnswerDraft draft = answers.open(questionId);
        structure = draft.question().structure();
        useVersion(draft.version());

        HtmlContainer question = pageHeading ? new H1(draft.question().text()) : new H2(draft.question().text());
        question.addClassName("answer-question");
        add(question);
        if (draft.question().guidance() != null) {
            getElement().appendChild(ReadOnlyHtml.element("p", "answer-guidance",
                    ReadOnlyHtml.text(draft.question().guidance())));
        }

        // a plain link: the practice feature builds on answers, so answers must not import it back
        Anchor practise = new Anchor("practice/" + questionId, "Practise aloud");
        practise.addClassName("answer-practise");
        Div toolbar = new Div(status, history, practise);
        toolbar.addClassName("answer-toolbar");
        history.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Clicks.onClick(history, () -> new RevisionHistoryDialog(answers, zone, questionId, this::reload).open());
        add(toolbar);

        Div partsBox = new Div();
        partsBox.addClassName("answer-parts");
        for (AnswerStructure.Part part : structure().parts()) {
            partsBox.add(partField(part, draft.part(part.key())));
        }
        outline = ReadOnlyHtml.element("div", null, OUTLINES.computeIfAbsent(structure, AnswerEditor::outlineHtml));
        getElement().appendChild(outline);
        add(partsBox);

        savedWordsPerMinute = draft.wordsPerMinute();
        total.addClassName("answer-total");
        Button choosePace = new Button("Change pace");
        choosePace.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        Div timing = new Div(total, choosePace);
        timing.addClassName("answer-timing");
        Clicks.onClick(choosePace, () -> {
            timing.replace(choosePace, paceField());
            pace.focus();
        });
        timingNote.addClassName("answer-note");
        hintBox.addClassName("answer-hint-box");
        add(timing, timingNote, experiencesLinked(draft.experienceIds()), hintBox);

        if (structure() == AnswerStructure.NARRATIVE) {
            preview.addClassName("answer-preview");
            add(preview);
        }
        status.lastSaved(draft.updatedAt(), zone);
        refreshCounts();
        refreshHints();
    }

    /** The linked experiences as text; the picker (a combo box with every experience) only when asked for. */
    private Div experiencesLinked(Set<Long> linkedIds) {
        Div box = new Div();
        box.addClassName("answer-experiences");
        String linked = experiences.myExperiences().stream()
                .filter(experience -> linkedIds.contains(experience.id()))
                .map(experience -> experience.details().title()).collect(Collectors.joining(", "));
        Paragraph summary = new Paragraph();
        summary.addClassName("answer-note");
        ReadOnlyHtml.show(summary.getElement(), ReadOnlyHtml.text(
                "Experiences used in this answer: " + (linked.isEmpty() ? "none linked yet." : linked)));
        Button choose = new Button("Link experiences");
        choose.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        Clicks.onClick(choose, () -> {
            box.replace(summary, experiencePicker());
            box.remove(choose);
            experiencesUsed.focus();
        });
        box.add(summary, choose);
        return box;
    }

    private IntegerField paceField() {
        pace = new IntegerField("Speaking pace (words a minute)");
        pace.setMin(SpeakingTime.MIN_WORDS_PER_MINUTE);
        pace.setMax(SpeakingTime.MAX_WORDS_PER_MINUTE);
        pace.setStepButtonsVisible(true);
        pace.setStep(5);
        pace.setValue(savedWordsPerMinute);
        pace.setHelperText("Most people speak 130-160 words a minute in an interview.");
        pace.addValueChangeListener(change -> changePace(change.getValue()));
        return pace;
    }

    private MultiSelectComboBox<ExperienceSummary> experiencePicker() {
        experiencesUsed = new MultiSelectComboBox<>("Experiences used in this answer");
        experiencesUsed.setItems(experiences.myExperiences());
        experiencesUsed.setItemLabelGenerator(experience -> experience.details().title());
        experiencesUsed.setHelperText("Link the cases this answer draws on. A cliché still needs its example written "
                + "in the same part: a number, a study, a patient, a rotation, or \"for example\".");
        Set<Long> linked = answers.open(questionId).experienceIds();
        experiencesUsed.setValue(experiencesUsed.getListDataView().getItems()
                .filter(experience -> linked.contains(experience.id())).collect(Collectors.toSet()));
        experiencesUsed.addSelectionListener(selection -> {
            selection.getAddedSelection().forEach(experience -> answers.linkExperience(questionId, experience.id()));
            selection.getRemovedSelection().forEach(experience -> answers.unlinkExperience(questionId, experience.id()));
            useVersion(answers.open(questionId).version());
        });
        return experiencesUsed;
    }

    // A worked example helps the first draft and gets in the way of every later one, so it starts closed. A
    // vaadin-details written as HTML opens and closes in the browser alone; its text is constant, so every
    // session points at the one string made per structure instead of keeping components of its own.
    private static final Map<AnswerStructure, String> OUTLINES = new ConcurrentHashMap<>();

    private static String outlineHtml(AnswerStructure structure) {
        return ReadOnlyHtml.tag("vaadin-details", "answer-outline",
                "<vaadin-details-summary slot=\"summary\">" + ReadOnlyHtml.text("Worked outline (" + structure.label() + ")")
                        + "</vaadin-details-summary>"
                        + ReadOnlyHtml.tag("p", "answer-outline-text", ReadOnlyHtml.text(structure.outline())));
    }

    private Div partField(AnswerStructure.Part part, String text) {
        TextArea field = new TextArea(part.label());
        field.setHelperText(part.guide() + " Aim for " + part.target() + ".");
        field.setMaxLength(Answer.PART_MAX_LENGTH);
        field.setWidthFull();
        field.setMinRows(3);
        field.setValue(text);
        field.getElement().setAttribute("data-part", part.key());
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setValueChangeTimeout(SAVE_AFTER_PAUSE_MILLIS);
        field.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                changedSincePause = true;
                markDirty(true);
                refreshCounts();
                refreshHints();
                save();
            }
        });
        // Text typed and deleted again within the pause is the saved text: the browser never sends an unchanged
        // value, so the pause itself is sent too (with the text, which then arrives first) and reports "Saved"
        // instead of leaving the status at "Editing…".
        field.getElement().addEventListener("input", pause -> typingPaused())
                .debounce(SAVE_AFTER_PAUSE_MILLIS).synchronizeProperty("value");
        Element count = ReadOnlyHtml.element("span", "part-count", "");
        fields.put(part.key(), field);
        partCounts.put(part.key(), count);
        Div box = new Div(field);
        box.getElement().appendChild(count);
        box.addClassName("answer-part");
        return box;
    }

    private void typingPaused() {
        if (changedSincePause) {
            changedSincePause = false;
            return;
        }
        if (version == AnswerDraft.NOT_SAVED_YET && currentParts().values().stream().allMatch(String::isEmpty)) {
            markDirty(false);
            status.lastSaved(null, zone);
            return;
        }
        save(); // the service saves nothing for unchanged text and answers with the saved version
    }

    void save() {
        status.saving();
        try {
            Map<String, String> parts = currentParts();
            SaveOutcome outcome = answers.save(questionId, version, parts);
            useVersion(outcome.version());
            markDirty(false);
            drafts.clearIfSaved(parts);
            FormErrors.clear(fieldsByErrorKey());
            status.saved(outcome.savedAt(), zone);
        } catch (EditConflictException conflict) {
            status.notSaved("changed in another tab");
            new ConflictDialog(structure(), currentParts(), conflict.stored(), this::keepMine, this::takeStored).open();
        } catch (InvalidAnswerException invalid) {
            // a part over its limit or with a control character is marked on that part; the status names every reason
            FormErrors.show(fieldsByErrorKey(), invalid);
            status.refused(invalid.getMessage());
        } catch (RuntimeException failure) {
            status.notSaved("the server could not save it; your text is still here");
            throw failure;
        }
    }

    private void keepMine(AnswerDraft stored) {
        useVersion(stored == null ? answers.open(questionId).version() : stored.version());
        save();
    }

    /**
     * What the browser kept of this answer when the server never confirmed it: the same as the saved text
     * is simply forgotten, anything else is offered back beside the saved version.
     */
    void offerUnsavedText(UnsavedText unsaved) {
        AnswerDraft saved = answers.open(questionId);
        if (unsaved.sameAs(structure(), saved.parts())) {
            drafts.clear();
            return;
        }
        new UnsavedTextDialog(structure(), saved.parts(), unsaved, unsaved.basedOnVersion() != saved.version(), zone,
                () -> keepUnsavedText(unsaved), drafts::clear).open();
    }

    /** Puts the kept text into the editor and saves it like typing would, against the version open here. */
    private void keepUnsavedText(UnsavedText unsaved) {
        fields.forEach((key, field) -> field.setValue(unsaved.parts().getOrDefault(key, "")));
        markDirty(true);
        refreshCounts();
        refreshHints();
        save();
    }

    private void takeStored(AnswerDraft stored) {
        reload();
    }

    /** Re-reads the stored answer, e.g. after a restore or when taking the other tab's version. */
    void reload() {
        AnswerDraft draft = answers.open(questionId);
        useVersion(draft.version());
        fields.forEach((key, field) -> field.setValue(draft.part(key)));
        FormErrors.clear(fieldsByErrorKey());
        markDirty(false);
        status.lastSaved(draft.updatedAt(), zone);
        refreshCounts();
        refreshHints();
    }

    private void changePace(Integer wordsPerMinute) {
        if (wordsPerMinute == null || wordsPerMinute < SpeakingTime.MIN_WORDS_PER_MINUTE
                || wordsPerMinute > SpeakingTime.MAX_WORDS_PER_MINUTE) {
            pace.setInvalid(true);
            pace.setErrorMessage("Choose between " + SpeakingTime.MIN_WORDS_PER_MINUTE + " and "
                    + SpeakingTime.MAX_WORDS_PER_MINUTE + " words a minute.");
            return;
        }
        pace.setInvalid(false);
        answers.changeSpeakingRate(wordsPerMinute);
        savedWordsPerMinute = wordsPerMinute;
        refreshCounts();
    }

    /** The fields under the keys the service names them by in a refusal ("parts[situation]"). */
    private Map<String, TextArea> fieldsByErrorKey() {
        Map<String, TextArea> byErrorKey = new LinkedHashMap<>();
        fields.forEach((key, field) -> byErrorKey.put(FieldError.element(Answer.PARTS, key), field));
        return byErrorKey;
    }

    Map<String, String> currentParts() {
        Map<String, String> parts = new LinkedHashMap<>();
        fields.forEach((key, field) -> parts.put(key, field.getValue()));
        return parts;
    }

    private int wordsPerMinute() {
        if (pace == null) {
            return savedWordsPerMinute;
        }
        Integer value = pace.getValue();
        return value == null || pace.isInvalid() ? SpeakingTime.DEFAULT_WORDS_PER_MINUTE : value;
    }

    private void refreshCounts() {
        int totalWords = 0;
        for (Map.Entry<String, TextArea> entry : fields.entrySet()) {
            int words = SpeakingTime.words(entry.getValue().getValue());
            totalWords += words;
            ReadOnlyHtml.show(partCounts.get(entry.getKey()), ReadOnlyHtml.text(words + (words == 1 ? " word · " : " words · ")
                    + SpeakingTime.format(SpeakingTime.of(words, wordsPerMinute()))));
        }
        Duration spoken = SpeakingTime.of(totalWords, wordsPerMinute());
        ReadOnlyHtml.show(total.getElement(), ReadOnlyHtml.text("Total: " + totalWords + " words · "
                + SpeakingTime.format(spoken) + " spoken. " + verdict(spoken, totalWords)));
        total.getElement().setAttribute("data-verdict", verdictKey(spoken, totalWords));
        ReadOnlyHtml.show(timingNote.getElement(), ReadOnlyHtml.text(TimingNote.forStructure(structure(), wordsPerMinute())));
        if (structure() == AnswerStructure.NARRATIVE) {
            refreshPreview();
        }
    }

    private String verdict(Duration spoken, int words) {
        if (words == 0) {
            return "";
        }
        if (structure().timedAsNarrative()) {
            if (spoken.compareTo(SpeakingTime.NARRATIVE_MIN) < 0) {
                return "Shorter than 60 seconds: add a concrete detail.";
            }
            if (spoken.compareTo(SpeakingTime.NARRATIVE_MAX) > 0) {
                return "Longer than 90 seconds: trim to the essentials.";
            }
            return "Inside 60-90 seconds.";
        }
        return spoken.compareTo(SpeakingTime.ANSWER_MAX) > 0 ? "Over 2 minutes: interviewers lose the thread." : "";
    }

    private String verdictKey(Duration spoken, int words) {
        String verdict = verdict(spoken, words);
        return verdict.isEmpty() || verdict.startsWith("Inside") ? "ok" : "warn";
    }

    // the hints quote the applicant's own words, so every hint's text is escaped
    private void refreshHints() {
        List<Hint> found = AnswerHints.standard().review(structure(), currentParts());
        StringBuilder items = new StringBuilder();
        if (found.isEmpty()) {
            items.append(ReadOnlyHtml.tag("li", null, "No hints: nothing stands out."));
        }
        for (Hint hint : found) {
            items.append("<li data-kind=\"").append(hint.kind().name().toLowerCase()).append("\">")
                    .append(ReadOnlyHtml.tag("span", null, ReadOnlyHtml.text(hint.message())))
                    .append(ReadOnlyHtml.tag("span", "hint-why", ReadOnlyHtml.text(hint.why()))).append("</li>");
        }
        ReadOnlyHtml.show(hintBox.getElement(), HINTS_HEADING + ReadOnlyHtml.tag("ul", "answer-hints", items.toString())
                + HINTS_NOTE);
    }

    private static final String HINTS_HEADING = ReadOnlyHtml.tag("span", null, "Hints");
    private static final String HINTS_NOTE = ReadOnlyHtml.tag("p", "answer-note",
            "Filler words (um, like, you know) are not looked for in typed text; "
                    + "they belong to spoken practice, where your mentor counts them in a mock interview.");

    private void refreshPreview() {
        String assembled = fields.values().stream().map(TextArea::getValue).map(String::strip)
                .filter(text -> !text.isEmpty()).collect(Collectors.joining(" "));
        ReadOnlyHtml.show(preview.getElement(), ReadOnlyHtml.tag("span", null, "Assembled, as you would say it")
                + ReadOnlyHtml.tag("p", null, ReadOnlyHtml.text(assembled.isEmpty()
                        ? "Write the parts above; the whole narrative appears here." : assembled)));
    }

    private AnswerStructure structure() {
        return structure;
    }

    /** The saved version the text is edited against; the browser stores it with its copy of the text. */
    private void useVersion(long savedVersion) {
        version = savedVersion;
        getElement().setAttribute("data-version", Long.toString(savedVersion));
    }

    private void markDirty(boolean unsaved) {
        dirty = unsaved;
        getElement().setAttribute("data-unsaved", Boolean.toString(unsaved));
        getElement().executeJs("this.dataset.unsaved = $0", Boolean.toString(unsaved));
    }

    boolean hasUnsavedChanges() {
        return dirty;
    }

    Set<String> partKeys() {
        return fields.keySet();
    }
}
