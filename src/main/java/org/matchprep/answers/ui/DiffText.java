package org.matchprep.answers.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import org.matchprep.answers.RevisionDiff;

/** Word-level changes between two revisions, part by part: added words underlined, removed struck through. */
public class DiffText extends Div {

    public DiffText(RevisionDiff changes) {
        addClassName("revision-diff");
        for (RevisionDiff.PartDiff part : changes.parts()) {
            Div text = new Div();
            text.addClassName("diff-text");
            for (RevisionDiff.Segment segment : part.segments()) {
                Span span = new Span(segment.text());
                span.addClassName("diff-" + segment.kind().name().toLowerCase());
                if (segment.kind() != RevisionDiff.Kind.SAME) {
                    // screen readers do not announce the styling, so say it
                    span.getElement().setAttribute("aria-label",
                            (segment.kind() == RevisionDiff.Kind.ADDED ? "added: " : "removed: ") + segment.text());
                }
                text.add(span);
            }
            if (part.segments().isEmpty()) {
                text.add(new Span("(empty)"));
            }
            add(new H3(part.label() + (part.changed() ? "" : " · unchanged")), text);
        }
    }
}
