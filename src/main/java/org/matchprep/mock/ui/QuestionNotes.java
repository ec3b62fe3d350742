package org.matchprep.mock.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import com.vaadin.flow.component.AbstractCompositeField;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.matchprep.base.ui.FormErrors;
import org.matchprep.mock.QuestionNote;

/**
 * The questions practised in a mock, a title and a note each, with an empty row to add one: one field for a
 * scorecard's {@code notes}; {@code notes[1].questionTitle} lands on the second title.
 */
class QuestionNotes extends AbstractCompositeField<Div, QuestionNotes, List<QuestionNote>> implements FormErrors.Elements {

    final List<TextField> titles = new ArrayList<>();
    final List<TextArea> notes = new ArrayList<>();

    QuestionNotes() {
        super(List.of());
        getContent().addClassName("scorecard-questions");
        setPresentationValue(List.of());
    }

    @Override
    protected void setPresentationValue(List<QuestionNote> given) {
        titles.clear();
        notes.clear();
        getContent().removeAll();
        given.forEach(this::addRow);
        addRow(null);
    }

    void addQuestion() {
        addRow(null);
    }

    private void addRow(QuestionNote existing) {
        TextField title = new TextField("Question");
        title.setMaxLength(QuestionNote.TITLE_MAX_LENGTH);
        title.setWidthFull();
        TextArea note = new TextArea("Note on this answer");
        note.setMaxLength(QuestionNote.NOTE_MAX_LENGTH);
        note.setWidthFull();
        if (existing != null) {
            title.setValue(existing.questionTitle());
            note.setValue(existing.note() == null ? "" : existing.note());
        }
        title.addValueChangeListener(change -> updateValue());
        note.addValueChangeListener(change -> updateValue());
        titles.add(title);
        notes.add(note);
        getContent().add(title, note);
    }

    // every row, empty ones included, so the service's row numbers are the form's
    private void updateValue() {
        setModelValue(IntStream.range(0, titles.size())
                .mapToObj(i -> new QuestionNote(titles.get(i).getValue(), null, notes.get(i).getValue())).toList(), true);
    }

    @Override
    public Optional<HasValidation> inputFor(String element) {
        return FormErrors.ElementKey.parse(element)
                .filter(key -> key.position() >= 0 && key.position() < titles.size())
                .map(key -> "note".equals(key.component()) ? notes.get(key.position()) : titles.get(key.position()));
    }

    @Override
    public Stream<? extends HasValidation> inputs() {
        return Stream.concat(titles.stream(), notes.stream());
    }
}
