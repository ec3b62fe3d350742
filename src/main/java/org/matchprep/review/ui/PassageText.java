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
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.DomListenerRegistration;
import com.vaadin.flow.dom.Element;
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
    /** In the browser: whether an event happened on a mark, and the thread that mark shows. */
    static final String MARK_CLICKED = "event.target.closest('.passage-mark') !== null";
    static final String MARK_ENTERED = "event.key === 'Enter' && " + MARK_CLICKED;
    static final String MARK_THREAD = "(event.target.closest('.passage-mark') || {dataset: {}}).dataset.thread || ''";

    private final Listener listener;

    PassageText(boolean reportSelections, Listener listener) {
        this.listener = listener;
        addClassName("passage-text");
        listenToMarks();
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
                into.getElement().appendChild(Element.createText(piece));
            } else {
                // the innermost passage wins a click; nested ones are reached from the thread list
                covering.sort(Comparator.comparingInt(thread -> thread.end() - thread.start()));
                into.getElement().appendChild(mark(piece, covering, chosen));
            }
            from = to;
        }
    }

    /**
     * A plain element, not a component: the text may hold many marks, and one listener on the whole text
     * (registered in the constructor) serves them all, so a mark costs the session only its node and text.
     */
    private static Element mark(String piece, List<ThreadView> covering, Long chosen) {
        Element mark = new Element("span");
        mark.setText(piece);
        mark.getClassList().add("passage-mark");
        if (covering.stream().allMatch(ThreadView::resolved)) {
            mark.getClassList().add("resolved");
        }
        if (chosen != null && covering.stream().anyMatch(thread -> thread.id() == chosen)) {
            mark.getClassList().add("chosen");
        }
        mark.setAttribute("data-thread", String.valueOf(covering.getFirst().id()));
        mark.setAttribute("tabindex", "0");
        mark.setAttribute("role", "button");
        // the passage's own words first, so the name contains what the mark shows (WCAG 2.5.3)
        mark.setAttribute("aria-label", piece + ", commented passage, " + covering.size()
                + (covering.size() == 1 ? " thread" : " threads") + ": show comments");
        return mark;
    }

    /** The marks shown now, in text order (for tests and for nothing else: the browser reports choices). */
    List<Element> marks() {
        List<Element> marks = new ArrayList<>();
        collectMarks(getElement(), marks);
        return marks;
    }

    private static void collectMarks(Element element, List<Element> into) {
        element.getChildren().forEach(child -> {
            if (child.isTextNode()) {
                return;
            }
            if (child.getClassList().contains("passage-mark")) {
                into.add(child);
            } else {
                collectMarks(child, into);
            }
        });
    }

    private void listenToMarks() {
        for (String event : List.of("click", "keydown")) {
            DomListenerRegistration registration = getElement().addEventListener(event, chosen -> {
                String threadId = chosen.getEventData().path(MARK_THREAD).asString("");
                if (threadId.matches("\\d{1,18}")) {
                    listener.threadChosen(Long.parseLong(threadId));
                }
            }).addEventData(MARK_THREAD);
            registration.setFilter(event.equals("click") ? MARK_CLICKED : MARK_ENTERED);
        }
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
