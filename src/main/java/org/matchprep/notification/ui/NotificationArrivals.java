package org.matchprep.notification.ui;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;

import org.matchprep.cluster.NodeEventsResumed;
import org.matchprep.notification.NotificationStored;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.vaadin.flow.shared.Registration;

/**
 * Who on this node waits for news of a recipient: the bells on screen. Told of every notification stored on
 * any node (through cluster.NodeEvents, after commit), and of a resumed connection, after which every bell
 * reads its count again. Actions run on the node-events thread; they hand their work to their UI.
 */
@Component
class NotificationArrivals {

    private final Map<Long, Set<Runnable>> waiting = new ConcurrentHashMap<>();

    Registration onArrival(long recipientId, Runnable action) {
        waiting.computeIfAbsent(recipientId, id -> new CopyOnWriteArraySet<>()).add(action);
        return () -> waiting.computeIfPresent(recipientId, (id, actions) -> {
            actions.remove(action);
            return actions.isEmpty() ? null : actions;
        });
    }

    @EventListener
    void on(NotificationStored stored) {
        waiting.getOrDefault(stored.recipientId(), Set.of()).forEach(Runnable::run);
    }

    @EventListener
    void on(NodeEventsResumed resumed) {
        waiting.values().forEach(actions -> actions.forEach(Runnable::run));
    }

    int waitingFor(long recipientId) {
        return waiting.getOrDefault(recipientId, Set.of()).size();
    }
}
