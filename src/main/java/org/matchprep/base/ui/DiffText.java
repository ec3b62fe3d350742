package org.matchprep.base.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import org.matchprep.base.WordDiff.Kind;
import org.matchprep.base.WordDiff.PartDiff;
import org.matchprep.base.WordDiff.Segment;

/** Word-level changes between two versions of a text, part by part: added words underlined, removed struck through. */
public class DiffText extends Div {

    public DiffText(List<PartDiff> parts) {
        addClassName("revision-diff");
        for (PartDiff part : parts) {
            Div text = new Div();
            text.addClassName("diff-text");
            for (Segment segment : part.segments()) {
                Span span = new Span(segment.text());
                span.addClassName("diff-" + segment.kind().name().toLowerCase());
                if (segment.kind() != Kind.SAME) {
                    // screen readers do not announce the styling, so say it
                    span.getElement().setAttribute("aria-label",
                            (segment.kind() == Kind.ADDED ? "added: " : "removed: ") + segment.text());
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
