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
import com.vaadin.flow.dom.DomListenerRegistration;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.matchprep.base.ui.ReadOnlyHtml;
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

    /**
     * Shows the parts with the given threads' passages highlighted; {@code chosen} is drawn as selected. The whole
     * text is one node of escaped HTML: as elements, every mark and every piece of text between marks was a state
     * node kept in each reader's session.
     */
    void show(List<PartText> parts, List<ThreadView> highlighted, Long chosen) {
        StringBuilder html = new StringBuilder();
        for (PartText part : parts) {
            List<ThreadView> here = highlighted.stream()
                    .filter(thread -> thread.partKey().equals(part.key()) && !thread.outdated()
                            && thread.end() <= part.text().length())
                    .toList();
            html.append("<div class=\"passage-part-section\">").append(ReadOnlyHtml.tag("h3", null, ReadOnlyHtml.text(part.label())))
                    .append("<div class=\"passage-part\" data-part=\"").append(ReadOnlyHtml.text(part.key())).append("\">");
            render(html, part.text(), here, chosen);
            html.append("</div>");
            if (part.text().isEmpty()) {
                html.append(ReadOnlyHtml.tag("span", "passage-empty", "Not written yet."));
            }
            html.append("</div>");
        }
        ReadOnlyHtml.show(getElement(), html.toString());
    }

    /** Forgets the selection the browser reported last, so choosing the same words again is reported. */
    void forgetSelection() {
        getElement().executeJs("this.lastSelection = ''; window.getSelection().removeAllRanges();");
    }

    @ClientCallable
    void passageSelected(String partKey, int start, int end, String quote) {
        listener.passageSelected(partKey, start, end, quote);
    }

    private static void render(StringBuilder into, String text, List<ThreadView> threads, Long chosen) {
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
                into.append(ReadOnlyHtml.text(piece));
            } else {
                // the innermost passage wins a click; nested ones are reached from the thread list
                covering.sort(Comparator.comparingInt(thread -> thread.end() - thread.start()));
                into.append(mark(piece, covering, chosen));
            }
            from = to;
        }
    }

    /** A highlighted passage; one listener on the whole text (registered in the constructor) serves every mark. */
    private static String mark(String piece, List<ThreadView> covering, Long chosen) {
        String classes = "passage-mark"
                + (covering.stream().allMatch(ThreadView::resolved) ? " resolved" : "")
                + (chosen != null && covering.stream().anyMatch(thread -> thread.id() == chosen) ? " chosen" : "");
        // the passage's own words first, so the name contains what the mark shows (WCAG 2.5.3)
        String label = piece + ", commented passage, " + covering.size() + (covering.size() == 1 ? " thread" : " threads")
                + ": show comments";
        return "<span class=\"" + classes + "\" data-thread=\"" + covering.getFirst().id()
                + "\" tabindex=\"0\" role=\"button\" aria-label=\"" + ReadOnlyHtml.text(label) + "\">"
                + ReadOnlyHtml.text(piece) + "</span>";
    }

    /** The marks shown now, in text order, read back from the HTML (for tests and for nothing else: the browser reports choices). */
    List<Element> marks() {
        String html = getElement().getProperty("innerHTML", "");
        return Jsoup.parseBodyFragment(html).select(".passage-mark");
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
