package org.matchprep.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The invocations Flow's browser client sends, in the shape captured from a real session of the app. */
final class Rpc {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int ROOT = 1; // the UI's own node, which handles navigation

    private final ArrayNode calls = JSON.createArrayNode();

    static Rpc calls() {
        return new Rpc();
    }

    ArrayNode json() {
        return calls;
    }

    /** A full page load ({@code trigger ""}) or a router link followed inside the page ({@code "client"}). */
    Rpc navigate(String route, boolean byLink) {
        ObjectNode data = JSON.createObjectNode();
        data.put("route", route);
        data.put("query", "");
        data.put("appShellTitle", "");
        data.putObject("historyState").put("idx", 0);
        data.put("trigger", byLink ? "client" : "");
        return event(ROOT, "ui-navigate", data);
    }

    Rpc click(int node) {
        ObjectNode data = JSON.createObjectNode();
        data.put("event.shiftKey", false);
        data.put("event.metaKey", false);
        data.put("event.detail", 1);
        data.put("event.ctrlKey", false);
        data.put("event.clientX", 900);
        data.put("event.clientY", 400);
        data.put("event.altKey", false);
        data.put("event.button", 0);
        data.put("event.screenY", 500);
        data.put("event.screenX", 900);
        return event(node, "click", data);
    }

    /**
     * A button of a thread card, drawn as HTML: the click goes to the thread list's listener with what its
     * expressions read from the button (the same strings as in ThreadCard; the server finds the card by its thread).
     */
    Rpc cardButton(int threadList, String action, String threadId) {
        ObjectNode data = JSON.createObjectNode();
        data.put("event.target.closest('[data-action]') !== null", true);
        data.put("event.target.closest('[data-action]').dataset.action", action);
        data.put("(event.target.closest('[data-thread]') || {dataset: {}}).dataset.thread || ''", threadId);
        data.put("(event.target.closest('[data-comment]') || {dataset: {}}).dataset.comment || ''", "");
        return event(threadList, "click", data);
    }

    /** A field left after typing (ValueChangeMode.ON_CHANGE): the value, then its change event. */
    Rpc changeValue(int node, String value) {
        return sync(node, "value", value).event(node, "change", JSON.createObjectNode());
    }

    /** A pause in typing in a LAZY field with a debounced input listener (the answer editor's autosave). */
    Rpc typingPause(int node, String value) {
        ObjectNode data = JSON.createObjectNode();
        data.put("1", 1);
        data.put("for", "trailing");
        return sync(node, "value", value).event(node, "input", data);
    }

    /** The confirm button of a ConfirmDialog: the dialog reports it and closes. */
    Rpc confirm(int dialog) {
        calls.addObject().put("type", "event").put("node", dialog).put("event", "confirm");
        return sync(dialog, "opened", false).event(dialog, "opened-changed", JSON.createObjectNode());
    }

    Rpc closed(int dialog) {
        calls.addObject().put("type", "event").put("node", dialog).put("event", "closed");
        return this;
    }

    private Rpc event(int node, String event, ObjectNode data) {
        ObjectNode call = calls.addObject();
        call.put("type", "event");
        call.put("node", node);
        call.put("event", event);
        call.set("data", data);
        return this;
    }

    private Rpc sync(int node, String property, Object value) {
        ObjectNode call = calls.addObject();
        call.put("type", "mSync");
        call.put("node", node);
        call.put("feature", 1);
        call.put("property", property);
        if (value instanceof Boolean flag) {
            call.put("value", flag);
        } else {
            call.put("value", String.valueOf(value));
        }
        return this;
    }
}
