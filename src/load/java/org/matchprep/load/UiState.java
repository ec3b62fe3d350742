package org.matchprep.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What one virtual user's browser knows about its Vaadin UI: the security key, ui id, sync and client ids,
 * and the state tree the server sent (tags, properties, attributes, classes, text, children), kept up to
 * date from every response the way Flow's client does. Views' node ids are found here, never hard-coded.
 */
final class UiState {

    // Flow's node features as they appear in the "feat" of a change (see StateNode features in flow-client)
    private static final int ELEMENT_DATA = 0;
    private static final int PROPERTIES = 1;
    private static final int CHILDREN = 2;
    private static final int ATTRIBUTES = 3;
    private static final int TEXT = 7;
    private static final int CLASS_LIST = 11;

    private static final ObjectMapper JSON = new ObjectMapper();

    static final class Node {
        final int id;
        String tag;
        String text;
        final Map<String, JsonNode> properties = new HashMap<>();
        final Map<String, String> attributes = new HashMap<>();
        final List<Integer> children = new ArrayList<>();
        final List<String> classes = new ArrayList<>();

        Node(int id) {
            this.id = id;
        }

        String property(String name) {
            JsonNode value = properties.get(name);
            return value == null || value.isNull() ? null : value.asText();
        }
    }

    private final Map<Integer, Node> nodes = new HashMap<>();
    private String securityKey;
    private int uiId = -1;
    private int syncId = -1;
    private int clientId;

    /** Reads the answer to {@code ?v-r=init}: a new UI, so the tree starts empty. */
    void init(String body) {
        JsonNode config = parse(body).path("appConfig");
        nodes.clear();
        uiId = config.path("v-uiId").asInt(-1);
        apply(config.path("uidl"));
        if (uiId < 0 || securityKey == null) {
            throw new IllegalStateException("The init response named no UI or security key: " + abbreviate(body));
        }
    }

    /** Applies the answer to a {@code ?v-r=uidl} request. */
    void update(String body) {
        apply(parse(body));
    }

    int uiId() {
        return uiId;
    }

    /** The request body the browser sends: the invocations, stamped with the key and the ids last received. */
    String request(ArrayNode rpc) {
        return message(rpc).toString();
    }

    private ObjectNode message(ArrayNode rpc) {
        ObjectNode message = JSON.createObjectNode();
        message.put("csrfToken", securityKey);
        message.set("rpc", rpc);
        message.put("syncId", syncId);
        message.put("clientId", clientId);
        return message;
    }

    /** The beacon the browser sends when it leaves the page (pagehide): the server closes this UI at once. */
    String unload() {
        ObjectNode message = message(JSON.createArrayNode());
        message.put("UNLOAD", true);
        return message.toString();
    }

    boolean isOpen() {
        return uiId >= 0;
    }

    Optional<Node> find(Predicate<Node> wanted) {
        // the lowest id is the one attached first, which is the first on the page for nodes made together
        return nodes.values().stream().filter(wanted).min((a, b) -> Integer.compare(a.id, b.id));
    }

    List<Node> findAll(Predicate<Node> wanted) {
        return nodes.values().stream().filter(wanted).sorted((a, b) -> Integer.compare(a.id, b.id)).toList();
    }

    Node require(String what, Predicate<Node> wanted) {
        return find(wanted).orElseThrow(() -> new IllegalStateException("No " + what + " on the page"));
    }

    /** The text a person reads in a node: its own and its descendants' text nodes. */
    String textOf(Node node) {
        StringBuilder text = new StringBuilder();
        appendText(node, text, 0);
        return text.toString();
    }

    Predicate<Node> button(String label) {
        return node -> "vaadin-button".equals(node.tag) && textOf(node).strip().startsWith(label);
    }

    static Predicate<Node> tag(String tag) {
        return node -> tag.equals(node.tag);
    }

    static Predicate<Node> field(String tag, String label) {
        return node -> tag.equals(node.tag) && label.equals(node.property("label"));
    }

    static Predicate<Node> withClass(String name) {
        return node -> node.classes.contains(name);
    }

    private void appendText(Node node, StringBuilder text, int depth) {
        if (node.text != null) {
            text.append(node.text);
        }
        if (depth > 20) {
            return;
        }
        for (int child : node.children) {
            Node childNode = nodes.get(child);
            if (childNode != null) {
                appendText(childNode, text, depth + 1);
            }
        }
    }

    private void apply(JsonNode message) {
        if (message.has("Vaadin-Security-Key")) {
            securityKey = message.get("Vaadin-Security-Key").asText();
        }
        if (message.has("syncId")) {
            syncId = message.get("syncId").asInt();
        }
        if (message.has("clientId")) {
            clientId = message.get("clientId").asInt();
        }
        for (JsonNode change : message.path("changes")) {
            applyChange(change);
        }
    }

    private void applyChange(JsonNode change) {
        int id = change.path("node").asInt();
        String type = change.path("type").asText();
        if (type.equals("detach")) {
            nodes.remove(id);
            return;
        }
        Node node = nodes.computeIfAbsent(id, Node::new);
        int feature = change.path("feat").asInt(-1);
        switch (type) {
            case "put" -> put(node, feature, change.path("key").asText(), change.path("value"));
            case "remove" -> {
                node.properties.remove(change.path("key").asText());
                node.attributes.remove(change.path("key").asText());
            }
            case "clear" -> {
                if (feature == CHILDREN) {
                    node.children.clear();
                } else if (feature == CLASS_LIST) {
                    node.classes.clear();
                }
            }
            case "splice" -> splice(node, feature, change);
            default -> {
                // attach, and changes this client does not need to follow (e.g. event handlers)
            }
        }
    }

    private static void put(Node node, int feature, String key, JsonNode value) {
        switch (feature) {
            case ELEMENT_DATA -> {
                if (key.equals("tag")) {
                    node.tag = value.asText();
                }
            }
            case PROPERTIES -> node.properties.put(key, value);
            case ATTRIBUTES -> node.attributes.put(key, value.asText());
            case TEXT -> node.text = value.asText();
            default -> {
            }
        }
    }

    private static void splice(Node node, int feature, JsonNode change) {
        int index = change.path("index").asInt();
        int remove = change.path("remove").asInt(0);
        if (feature == CHILDREN) {
            for (int i = 0; i < remove && index < node.children.size(); i++) {
                node.children.remove(index);
            }
            List<Integer> added = new ArrayList<>();
            change.path("addNodes").forEach(child -> added.add(child.asInt()));
            node.children.addAll(Math.min(index, node.children.size()), added);
        } else if (feature == CLASS_LIST) {
            for (int i = 0; i < remove && index < node.classes.size(); i++) {
                node.classes.remove(index);
            }
            List<String> added = new ArrayList<>();
            change.path("add").forEach(name -> added.add(name.asText()));
            node.classes.addAll(Math.min(index, node.classes.size()), added);
        }
    }

    private static JsonNode parse(String body) {
        // a refused request answers "for(;;);[{...}]" (Flow's JSON hijacking guard) with the reason inside
        String json = body.startsWith("for(;;);") ? body.substring(8) : body;
        try {
            JsonNode parsed = JSON.readTree(json);
            return parsed.isArray() ? parsed.path(0) : parsed;
        } catch (Exception unreadable) {
            throw new IllegalStateException("Not a Vaadin response: " + abbreviate(body), unreadable);
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
