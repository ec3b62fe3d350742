package org.matchprep.season.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import com.vaadin.flow.component.AbstractCompositeField;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import org.matchprep.base.ui.AppIcon;
import com.vaadin.flow.component.textfield.TextField;
import org.matchprep.base.ui.FormErrors;
import org.matchprep.season.ImgEvidence;
import org.matchprep.season.domain.ProgramDossier;
import org.matchprep.base.WebLinks;

/**
 * Editable list of IMG-friendliness evidence: what shows it, and where (an optional link). One field for the
 * dossier's {@code imgEvidence}; an error about {@code imgEvidence[i].url} lands on row i's link.
 */
class EvidenceList extends AbstractCompositeField<Div, EvidenceList, List<ImgEvidence>> implements FormErrors.Elements {

    final Button addEntry = new Button("Add evidence", AppIcon.PLUS.create());
    final List<Row> rows = new ArrayList<>();
    private final Div rowBox = new Div();

    EvidenceList() {
        super(List.of());
        getContent().addClassName("season-evidence");
        addEntry.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addEntry.addClickListener(click -> {
            addRow(new ImgEvidence("", null));
            updateValue();
        });
        getContent().add(new H3("Evidence the program welcomes IMGs"), rowBox, addEntry);
        setPresentationValue(List.of());
    }

    @Override
    protected void setPresentationValue(List<ImgEvidence> entries) {
        rows.clear();
        rowBox.removeAll();
        entries.forEach(this::addRow);
        if (entries.isEmpty()) {
            addRow(new ImgEvidence("", null));
        }
    }

    private void addRow(ImgEvidence entry) {
        Row row = new Row(rows.size() + 1, entry);
        rows.add(row);
        rowBox.add(row);
        row.text.addValueChangeListener(change -> updateValue());
        row.url.addValueChangeListener(change -> updateValue());
        row.remove.addClickListener(click -> {
            rows.remove(row);
            rowBox.remove(row);
            updateValue();
        });
        addEntry.setEnabled(rows.size() < ProgramDossier.MAX_EVIDENCE);
    }

    // the rows as entered, blank ones included, so the service's row numbers are the form's
    private void updateValue() {
        setModelValue(rows.stream().map(row -> new ImgEvidence(row.text.getValue(), row.url.getValue())).toList(), true);
    }

    @Override
    public Optional<HasValidation> inputFor(String element) {
        return FormErrors.ElementKey.parse(element)
                .filter(key -> key.position() >= 0 && key.position() < rows.size())
                .map(key -> "url".equals(key.component()) ? rows.get(key.position()).url : rows.get(key.position()).text);
    }

    @Override
    public Stream<? extends HasValidation> inputs() {
        return rows.stream().flatMap(row -> Stream.of(row.text, row.url));
    }

    static class Row extends Div {

        final TextField text = new TextField("What shows it");
        final TextField url = new TextField("Link (optional)");
        final Button remove = new Button(AppIcon.CLOSE_SMALL.create());

        Row(int number, ImgEvidence entry) {
            addClassName("season-evidence-row");
            text.setMaxLength(ProgramDossier.EVIDENCE_TEXT_MAX_LENGTH);
            text.setPlaceholder("e.g. 3 of 8 current residents are IMGs");
            text.setValue(entry.text());
            url.setMaxLength(WebLinks.MAX_LENGTH);
            url.setPlaceholder("https://");
            url.setValue(entry.url() == null ? "" : entry.url());
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel("Remove evidence " + number);
            add(text, url, remove);
        }
    }
}
