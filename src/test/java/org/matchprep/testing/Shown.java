package org.matchprep.testing;

import java.util.List;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.Element;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** What a browserless test can read off the screen beyond single components. */
public final class Shown {

    private Shown() {
    }

    /** The texts of the notifications currently shown, oldest first. */
    public static List<String> notifications() {
        return NotificationsKt.getNotifications().stream()
                .map(com.github.mvysny.kaributools.NotificationsKt::getText)
                .toList();
    }

    /** The variants ("success", "error") of the notifications currently shown, oldest first. */
    public static List<String> notificationThemes() {
        return NotificationsKt.getNotifications().stream()
                .map(notification -> notification.getElement().getAttribute("theme"))
                .toList();
    }

    public static void clearNotifications() {
        NotificationsKt.clearNotifications();
    }

    /**
     * The text {@code component} shows, as {@link Element#getTextRecursively()} reads it, plus the text of what is
     * drawn as HTML ({@code innerHTML}, see {@code ReadOnlyHtml}) as a browser would show it: entities decoded.
     */
    public static String text(Component component) {
        StringBuilder text = new StringBuilder();
        collectText(component.getElement(), text);
        return text.toString();
    }

    /** What the HTML drawn under {@code component} ({@code innerHTML} of it and its elements) parses to in a browser. */
    public static Document html(Component component) {
        StringBuilder html = new StringBuilder();
        collectHtml(component.getElement(), html);
        return Jsoup.parseBodyFragment(html.toString());
    }

    private static void collectText(Element element, StringBuilder into) {
        if (element.isTextNode()) {
            into.append(element.getText());
        } else if (element.hasProperty("innerHTML")) {
            into.append(Jsoup.parseBodyFragment(element.getProperty("innerHTML")).body().wholeText());
        } else {
            element.getChildren().forEach(child -> collectText(child, into));
        }
    }

    private static void collectHtml(Element element, StringBuilder into) {
        if (element.hasProperty("innerHTML")) {
            into.append(element.getProperty("innerHTML"));
        }
        element.getChildren().forEach(child -> collectHtml(child, into));
    }
}
