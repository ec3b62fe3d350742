package org.matchprep.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;

/** The title block at the top of every view: a heading, an optional line of explanation, optional actions. */
public class ViewHeader extends Div {

    public ViewHeader(String title, String explanation, Component... actions) {
        addClassName("view-header");
        Div text = new Div(new H1(title));
        text.addClassName("view-header-text");
        if (explanation != null) {
            Paragraph paragraph = new Paragraph(explanation);
            paragraph.addClassName("view-header-explanation");
            text.add(paragraph);
        }
        add(text);
        if (actions.length > 0) {
            Div actionBar = new Div(actions);
            actionBar.addClassName("view-header-actions");
            add(actionBar);
        }
    }
}
