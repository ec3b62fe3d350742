package org.matchprep.review.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import org.matchprep.review.ReviewPage.PartText;
import org.matchprep.review.ThreadView;

/**
 * The answer's text, part by part, with commented passages highlighted. A highlighted passage is a
 * button: choosing it (click, Enter) shows its thread. A reader may select a passage with the mouse or
 * the keyboard; a few lines of browser code report the selection as offsets into the part's text.
 */
class PassageText extends Div {

    interface Listener {

        void passageSelected(String partKey, int start, int end, String quote);

        void threadChosen(long threadId);
    }

    private static final String SELECTION_SCRIPT = load("passage-selection.js");

    private final Listener listener;

    PassageText(boolean reportSelections, Listener listener) {
        this.listener = listener;
        addClassName("passage-text");
        if (reportSelections) {
            addAttachListener(attach -> getElement().executeJs(SELECTION_SCRIPT));
        }
    }

    /** Shows the parts with the given threads' passages highlighted; {@code chosen} is drawn as selected. */
    void show(List<PartText> parts, List<ThreadView> highlighted, Long chosen) {
        removeAll();
        for (PartText part : parts) {
            Div section = new Div();
            section.addClassName("passage-part-section");
            H3 label = new H3(part.label());
            Div text = new Div();
            text.addClassName("passage-part");
            text.getElement().setAttribute("data-part", part.key());
            List<ThreadView> here = highlighted.stream()
                    .filter(thread -> thread.partKey().equals(part.key()) && !thread.outdated()
                            && thread.end() <= part.text().length())
                    .toList();
            render(text, part.text(), here, chosen);
            section.add(label, text);
            if (part.text().isEmpty()) {
                Span empty = new Span("Not written yet.");
                empty.addClassName("passage-empty");
                section.add(empty);
            }
            add(section);
        }
    }

    /** Forgets the selection the browser reported last, so choosing the same words again is reported. */
    void forgetSelection() {
        getElement().executeJs("this.lastSelection = ''; window.getSelection().removeAllRanges();");
    }

    @ClientCallable
    void passageSelected(String partKey, int start, int end, String quote) {
        listener.passageSelected(partKey, start, end, quote);
    }

    private void render(Div into, String text, List<ThreadView> threads, Long chosen) {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        threads.forEach(thread -> {
            cuts.add(thread.start());
            cuts.add(thread.end());
        });
        Integer from = cuts.first();
        for (Integer to : cuts.tailSet(from, false)) {
            String piece = text.substring(from, to);
            int a = from;
            int b = to;
            List<ThreadView> covering = new ArrayList<>(threads.stream()
                    .filter(thread -> thread.start() <= a && thread.end() >= b).toList());
            if (covering.isEmpty()) {
                into.add(new Text(piece));
            } else {
                // the innermost passage wins a click; nested ones are reached from the thread list
                covering.sort(Comparator.comparingInt(thread -> thread.end() - thread.start()));
                into.add(mark(piece, covering, chosen));
            }
            from = to;
        }
    }

    private Span mark(String piece, List<ThreadView> covering, Long chosen) {
        Span mark = new Span(piece);
        mark.addClassName("passage-mark");
        if (covering.stream().allMatch(ThreadView::resolved)) {
            mark.addClassName("resolved");
        }
        if (chosen != null && covering.stream().anyMatch(thread -> thread.id() == chosen)) {
            mark.addClassName("chosen");
        }
        long target = covering.getFirst().id();
        mark.getElement().setAttribute("data-thread", String.valueOf(target));
        mark.getElement().setAttribute("tabindex", "0");
        mark.getElement().setAttribute("role", "button");
        // the passage's own words first, so the name contains what the mark shows (WCAG 2.5.3)
        mark.getElement().setAttribute("aria-label", piece + ", commented passage, " + covering.size()
                + (covering.size() == 1 ? " thread" : " threads") + ": show comments");
        mark.addClickListener(click -> listener.threadChosen(target));
        mark.getElement().addEventListener("keydown", key -> listener.threadChosen(target))
                .setFilter("event.key === 'Enter'");
        return mark;
    }

    private static String load(String name) {
        try (InputStream in = PassageText.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + name + " beside " + PassageText.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
