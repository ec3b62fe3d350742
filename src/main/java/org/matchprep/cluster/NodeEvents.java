package org.matchprep.cluster;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Tells every node of an event: {@code pg_notify} inside the caller's transaction, which PostgreSQL delivers
 * only when it commits (and never when it rolls back), to every node listening ({@link NodeEventListener}),
 * this one included. Each node then publishes the event as a local application event. Checks no role: it
 * carries ids only, and receivers check what the viewer may see.
 */
@Component
public class NodeEvents {

    static final String CHANNEL = "matchprep_events";
    static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    NodeEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Publishes {@code event} to every node once the current transaction commits (at once without one). */
    public void publish(NodeEvent event) {
        ObjectNode payload = JSON.createObjectNode();
        payload.put("type", event.getClass().getName());
        payload.set("event", JSON.valueToTree(event));
        jdbc.sql("select pg_notify(:channel, :payload)")
                .param("channel", CHANNEL)
                .param("payload", JSON.writeValueAsString(payload))
                .query().listOfRows();
    }
}
