package org.matchprep.notification.ui;

import java.util.List;

import org.matchprep.cluster.NodeEventsResumed;
import org.matchprep.cluster.Watchers;
import org.matchprep.notification.NotificationStored;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Who on this node waits for news of a recipient: the bells on screen. Told of every notification stored on
 * any node (through cluster.NodeEvents, after commit), and of a resumed connection, after which every bell
 * reads its count again.
 */
@Component
class NotificationArrivals {

    private final Watchers<Long> bells = new Watchers<>();

    /** Refreshes {@code bell} for {@code recipientId} while it is on screen. */
    void whileAttached(com.vaadin.flow.component.Component bell, long recipientId, Runnable refresh) {
        bells.whileAttached(bell, () -> List.of(recipientId), refresh);
    }

    @EventListener
    void on(NotificationStored stored) {
        bells.tell(stored.recipientId());
    }

    @EventListener
    void on(NodeEventsResumed resumed) {
        bells.tellEveryone();
    }

    int waitingFor(long recipientId) {
        return bells.watching(recipientId);
    }
}
