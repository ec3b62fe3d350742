package org.matchprep.base.ui;

import com.vaadin.flow.dom.Element;
import org.jsoup.nodes.Entities;

/**
 * Content nobody acts on, sent to the browser as one element whose {@code innerHTML} is built here. Every element
 * and every text of a component tree is a state node that each session keeps on the server; a thread card or a
 * navigation built from components holds dozens of them, built this way one.
 *
 * <p>Whatever a person typed goes in through {@link #text}: it is escaped, so it shows as characters and is never
 * read as HTML. Only constant markup written in this code is left as it is.
 */
public final class ReadOnlyHtml {

    private ReadOnlyHtml() {
    }

    /** {@code value} escaped for use as text or as a quoted attribute value ({@code < > & " '} become entities). */
    public static String text(String value) {
        return Entities.escape(value);
    }

    /** {@code <tag class="className">escapedContent</tag>}; {@code className} may be null. */
    public static String tag(String tag, String className, String escapedContent) {
        return "<" + tag + (className == null ? "" : " class=\"" + text(className) + "\"") + ">" + escapedContent
                + "</" + tag + ">";
    }

    /** A new element of {@code tag} showing {@code html} (already escaped where it holds anyone's words). */
    public static Element element(String tag, String className, String html) {
        Element element = new Element(tag);
        if (className != null) {
            element.setAttribute("class", className);
        }
        return show(element, html);
    }

    /** Replaces what {@code element} shows with {@code html}; the element must have no children of its own. */
    public static Element show(Element element, String html) {
        return element.setProperty("innerHTML", html);
    }
}
