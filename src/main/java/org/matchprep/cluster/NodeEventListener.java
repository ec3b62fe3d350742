package org.matchprep.cluster;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

import tools.jackson.databind.JsonNode;

/**
 * Listens on {@link NodeEvents#CHANNEL} over a connection of its own, held from the pool for as long as the
 * node runs, and publishes what it hears as local application events on its own thread. A lost connection is
 * opened again after 1, 2, 4 … (at most 30) seconds; then {@link NodeEventsResumed} tells listeners that events
 * may have been missed meanwhile.
 */
@Component
class NodeEventListener implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(NodeEventListener.class);
    private static final Duration FIRST_RETRY = Duration.ofSeconds(1);
    private static final Duration LAST_RETRY = Duration.ofSeconds(30);
    private static final int WAIT_MILLIS = 500;

    private final DataSource dataSource;
    private final ApplicationEventPublisher events;
    private volatile boolean running;
    private volatile Thread thread;
    private volatile int backendPid;

    NodeEventListener(DataSource dataSource, ApplicationEventPublisher events) {
        this.dataSource = dataSource;
        this.events = events;
    }

    @Override
    public void start() {
        running = true;
        thread = Thread.ofPlatform().daemon().name("node-events").start(this::listen);
    }

    @Override
    public void stop() {
        running = false;
        Thread listening = thread;
        if (listening != null) {
            try {
                listening.join(Duration.ofSeconds(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** The database process of the listening connection (0 while there is none); tests end it on purpose. */
    int backendPid() {
        return backendPid;
    }

    private void listen() {
        Duration retry = FIRST_RETRY;
        boolean resumed = false;
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                PGConnection postgres = connection.unwrap(PGConnection.class);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("listen " + NodeEvents.CHANNEL);
                }
                if (!connection.getAutoCommit()) {
                    connection.commit();
                }
                backendPid = postgres.getBackendPID();
                if (resumed) {
                    log.info("Listening to other nodes again; listeners read what they show afresh");
                    events.publishEvent(new NodeEventsResumed());
                }
                retry = FIRST_RETRY;
                resumed = true;
                while (running) {
                    PGNotification[] notifications = postgres.getNotifications(WAIT_MILLIS);
                    if (notifications != null) {
                        for (PGNotification notification : notifications) {
                            publish(notification.getParameter());
                        }
                    }
                }
                try (Statement statement = connection.createStatement()) {
                    statement.execute("unlisten *"); // the connection goes back to the pool
                }
            } catch (SQLException | RuntimeException e) {
                backendPid = 0;
                if (!running) {
                    return;
                }
                log.warn("Lost the connection that hears other nodes ({}); trying again in {} s", e.getMessage(),
                        retry.toSeconds());
                sleep(retry);
                retry = retry.multipliedBy(2).compareTo(LAST_RETRY) > 0 ? LAST_RETRY : retry.multipliedBy(2);
            }
        }
    }

    private void publish(String payload) {
        NodeEvent event;
        try {
            JsonNode message = NodeEvents.JSON.readTree(payload);
            Class<?> type = ClassUtils.forName(message.get("type").asString(), NodeEventListener.class.getClassLoader());
            if (!NodeEvent.class.isAssignableFrom(type)) {
                log.warn("Ignored a node event of type {}, which is no NodeEvent", type.getName());
                return;
            }
            event = (NodeEvent) NodeEvents.JSON.treeToValue(message.get("event"), type);
        } catch (ClassNotFoundException | LinkageError | RuntimeException e) {
            // another version of MatchPrep during a rolling update may send what this one does not know
            log.warn("Ignored a node event this node cannot read: {} ({})", payload, e.getMessage());
            return;
        }
        try {
            events.publishEvent(event);
        } catch (RuntimeException e) {
            log.error("A listener failed on node event {}", event, e);
        }
    }

    private void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
