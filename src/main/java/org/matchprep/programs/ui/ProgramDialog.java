package org.matchprep.programs.ui;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.converter.Converter;
import org.matchprep.base.ui.FormErrors;
import org.matchprep.base.ui.Forms;
import org.matchprep.base.ui.Notices;
import org.matchprep.base.ui.TimeZoneField;
import org.matchprep.programs.CatalogueEntry;
import org.matchprep.programs.CatalogueException;
import org.matchprep.programs.CatalogueService;
import org.matchprep.programs.ProgramDetails;
import org.matchprep.programs.UsState;
import org.matchprep.programs.domain.CatalogueProgram;
import org.matchprep.season.ProgramType;

/** Adds a program to the catalogue or edits one; the service judges the input and its messages land on the fields. */
class ProgramDialog extends Dialog {

    final TextField name = new TextField("Program name");
    final TextField institution = new TextField("Institution");
    final TextField city = new TextField("City");
    final ComboBox<String> state = new ComboBox<>("State");
    final TimeZoneField timeZone = new TimeZoneField("Time zone");
    final Select<ProgramType> setting = new Select<>();
    final IntegerField positions = new IntegerField("Positions per year");
    final Checkbox preliminaryYear = new Checkbox("Preliminary year attached");
    final TextField fellowships = new TextField("Fellowships");
    final TextField imgResidents = new TextField("Residents who trained abroad, by year");
    final SourceField imgResidentsSource = new SourceField("Where the residents are listed");
    final TextArea statement = new TextArea("Statement about IMG applicants");
    final SourceField statementSource = new SourceField("Where the statement is");
    final SourceField matchListSource = new SourceField("Match list");
    final IntegerField maxYearsSinceGraduation = new IntegerField("Graduated within (years)");
    final IntegerField minStep2Score = new IntegerField("Minimum Step 2 CK score");
    final IntegerField minUsClinicalMonths = new IntegerField("US clinical experience required (months)");
    final TextArea notes = new TextArea("Notes");
    final Button save = new Button("Save");

    private final Binder<ProgramDetails> binder = Forms.binderFor(ProgramDetails.class);
    private final CatalogueService catalogue;
    private final CatalogueEntry editing;
    private final Consumer<CatalogueEntry> saved;

    ProgramDialog(CatalogueService catalogue, CatalogueEntry editing, Consumer<CatalogueEntry> saved) {
        this.catalogue = catalogue;
        this.editing = editing;
        this.saved = saved;
        setHeaderTitle(editing == null ? "Add a program" : "Edit " + editing.name());
        setWidth("min(52rem, 100vw)");

        name.setMaxLength(CatalogueProgram.NAME_MAX_LENGTH);
        institution.setMaxLength(CatalogueProgram.NAME_MAX_LENGTH);
        city.setMaxLength(CatalogueProgram.PLACE_MAX_LENGTH);
        state.setItems(Arrays.stream(UsState.values()).map(Enum::name).toList());
        state.setItemLabelGenerator(code -> code + " · " + UsState.valueOf(code).stateName());
        state.setAllowCustomValue(false);
        timeZone.setHelperText("Where the program is; interview times there are shown in it.");
        setting.setLabel("Setting");
        setting.setItems(ProgramType.values());
        setting.setItemLabelGenerator(ProgramType::label);
        positions.setMin(CatalogueProgram.MIN_POSITIONS);
        positions.setMax(CatalogueProgram.MAX_POSITIONS);
        fellowships.setMaxLength(CatalogueProgram.FELLOWSHIPS_MAX_LENGTH);
        fellowships.setHelperText("Separate them with semicolons.");
        imgResidents.setHelperText("Academic year and count, such as 2024:1; 2025:2. Leave empty when not known.");
        statement.setMaxLength(CatalogueProgram.STATEMENT_MAX_LENGTH);
        maxYearsSinceGraduation.setHelperText("Empty when the program states no limit.");
        minStep2Score.setHelperText("Empty when the program states none.");
        minUsClinicalMonths.setHelperText("Empty when the program states none.");
        notes.setMaxLength(CatalogueProgram.NOTES_MAX_LENGTH);

        binder.forField(name).bind("name");
        binder.forField(institution).bind("institution");
        binder.forField(city).bind("city");
        binder.forField(state).bind("state");
        binder.forField(timeZone).bind("timeZone");
        binder.forField(setting).bind("setting");
        binder.forField(positions).bind("positionsPerYear");
        binder.forField(preliminaryYear).bind("preliminaryYearAttached");
        binder.forField(fellowships).bind("fellowships");
        binder.forField(imgResidents).withConverter(new YearCounts()).bind("imgResidentsByYear");
        binder.forField(imgResidentsSource).bind("imgResidentsSource");
        binder.forField(statement).bind("statement");
        binder.forField(statementSource).bind("statementSource");
        binder.forField(matchListSource).bind("matchListSource");
        binder.forField(maxYearsSinceGraduation).bind("maxYearsSinceGraduation");
        binder.forField(minStep2Score).bind("minStep2Score");
        binder.forField(minUsClinicalMonths).bind("minUsClinicalMonths");
        binder.forField(notes).bind("notes");
        binder.readRecord(editing == null
                ? ProgramDetails.basic("", "", null, null, ProgramType.ACADEMIC, 4)
                : editing.details());

        FormLayout form = new FormLayout(name, institution, city, state, timeZone, setting, positions, preliminaryYear,
                fellowships, imgResidents, imgResidentsSource, statement, statementSource, matchListSource,
                maxYearsSinceGraduation, minStep2Score, minUsClinicalMonths, notes);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        for (Component wide : new Component[] {name, imgResidentsSource, statement, statementSource,
                matchListSource, notes}) {
            form.setColspan(wide, 2);
        }
        add(form);

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        Button cancel = new Button("Cancel", click -> close());
        getFooter().add(cancel, save);
    }

    void save() {
        Forms.record(binder).ifPresent(details -> {
            try {
                CatalogueEntry result = editing == null ? catalogue.create(details)
                        : catalogue.update(editing.id(), editing.version(), details);
                Notices.success(editing == null ? "Added " + result.name() + " to the catalogue." : "Saved " + result.name() + ".");
                close();
                saved.accept(result);
            } catch (CatalogueException refused) {
                FormErrors.showWithNotice(binder, refused);
            }
        });
    }

    /** "2024:1; 2025:2" and back. */
    static final class YearCounts implements Converter<String, Map<Integer, Integer>> {

        @Override
        public Result<Map<Integer, Integer>> convertToModel(String value, ValueContext context) {
            Map<Integer, Integer> counts = new TreeMap<>();
            if (value == null || value.isBlank()) {
                return Result.ok(counts);
            }
            for (String pair : value.split(";")) {
                String[] parts = pair.strip().split(":");
                try {
                    counts.put(Integer.valueOf(parts[0].strip()), Integer.valueOf(parts[1].strip()));
                } catch (RuntimeException malformed) {
                    return Result.error("\"" + pair.strip() + "\" is not year:count, such as 2025:2.");
                }
            }
            return Result.ok(counts);
        }

        @Override
        public String convertToPresentation(Map<Integer, Integer> counts, ValueContext context) {
            return counts == null ? "" : counts.entrySet().stream().map(year -> year.getKey() + ":" + year.getValue())
                    .collect(Collectors.joining("; "));
        }
    }
}
