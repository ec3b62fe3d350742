package org.matchprep.programs.ui;

import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import org.matchprep.base.WebLinks;
import org.matchprep.programs.Source;

/** A piece of evidence's source: the link where it can be checked and the day someone checked it. */
class SourceField extends CustomField<Source> {

    final TextField url = new TextField("Link");
    final DatePicker checkedOn = new DatePicker("Checked on");

    SourceField(String label) {
        setLabel(label);
        url.setPlaceholder("https://");
        url.setMaxLength(WebLinks.MAX_LENGTH);
        url.setClearButtonVisible(true);
        checkedOn.setClearButtonVisible(true);
        // keeps the field's value current for the form, also when the inner fields change on the server
        url.addValueChangeListener(change -> updateValue());
        checkedOn.addValueChangeListener(change -> updateValue());
        Div row = new Div(url, checkedOn);
        row.addClassName("source-field");
        add(row);
    }

    @Override
    protected Source generateModelValue() {
        return new Source(url.getValue(), checkedOn.getValue());
    }

    @Override
    protected void setPresentationValue(Source source) {
        Source shown = source == null ? Source.NONE : source;
        url.setValue(shown.url() == null ? "" : shown.url());
        checkedOn.setValue(shown.checkedOn());
    }
}
