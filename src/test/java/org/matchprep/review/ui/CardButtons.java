package org.matchprep.review.ui;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;

import java.util.List;
import java.util.stream.Stream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import org.jsoup.nodes.Element;
import org.matchprep.testing.Shown;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The buttons of a thread card that are drawn as HTML ({@code vaadin-button} with a {@code data-action}), clicked
 * as the browser reports them: to the one listener on the thread list, with the action, thread and comment its
 * expressions read from the button.
 */
final class CardButtons {

    private CardButtons() {
    }

    /** Clicks the card's HTML button showing {@code text}; fails if the card draws none. */
    static void click(ThreadCard card, String text) {
        Element button = drawn(card).stream().filter(candidate -> candidate.text().strip().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("No button \"" + text + "\" in the card; it shows " + texts(card)));
        Component list = card.getParent().orElseThrow(() -> new AssertionError("The card is not in a thread list"));
        report(list, button.attr("data-action"), card.getElement().getAttribute("data-thread"), button.attr("data-comment"));
    }

    /** What the browser sends for a click on a card's button: whatever a page's script could make it say. */
    static void report(Component threadList, String action, String threadId, String commentId) {
        _fireDomEvent(threadList, "click", JsonNodeFactory.instance.objectNode()
                .put(ThreadCard.BUTTON_CLICKED, true)
                .put(ThreadCard.ACTION, action)
                .put(ThreadCard.THREAD, threadId)
                .put(ThreadCard.COMMENT, commentId));
    }

    /** The words on every button the card shows, drawn as HTML or as a component. */
    static List<String> texts(ThreadCard card) {
        return Stream.concat(drawn(card).stream().map(button -> button.text().strip()),
                _find(card, Button.class).stream().map(Button::getText)).toList();
    }

    private static List<Element> drawn(ThreadCard card) {
        return Shown.html(card).select("vaadin-button[data-action]");
    }
}
