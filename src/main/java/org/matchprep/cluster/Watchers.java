package org.matchprep.cluster;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;

/**
 * What is on screen on this node and waits for news of a key (a recipient, a review subject, a mentor's
 * calendar): a feature's listener of a {@link NodeEvent} {@link #tell tells} the key, and every page watching it
 * re-reads what it shows, with its own viewer's access checks, pushed to the browser. After
 * {@link NodeEventsResumed} the listener {@link #tellEveryone tells everyone}, since events may have been missed.
 * Actions run on the node-events thread; {@link #whileAttached} hands the work to the component's UI.
 */
public final class Watchers<K> {

    private final Map<K, Set<Runnable>> waiting = new ConcurrentHashMap<>();

    public Registration watch(K key, Runnable action) {
        waiting.computeIfAbsent(key, unused -> new CopyOnWriteArraySet<>()).add(action);
        return () -> waiting.computeIfPresent(key, (unused, actions) -> {
            actions.remove(action);
            return actions.isEmpty() ? null : actions;
        });
    }

    /**
     * From the moment {@code component} is attached until it is detached (its UI closed, or the user went
     * elsewhere), runs {@code refresh} in its UI whenever one of {@code keys} is told. The keys are read at
     * attach, so a view can name them in {@code beforeEnter}.
     */
    public void whileAttached(Component component, Supplier<? extends Collection<K>> keys, Runnable refresh) {
        List<Registration> watching = new ArrayList<>();
        component.addAttachListener(attach -> {
            UI ui = attach.getUI();
            Runnable inUi = () -> {
                try {
                    ui.access(refresh::run);
                } catch (UIDetachedException closedMeanwhile) {
                    // its detach removes this action
                }
            };
            keys.get().forEach(key -> watching.add(watch(key, inUi)));
        });
        component.addDetachListener(detach -> {
            watching.forEach(Registration::remove);
            watching.clear();
        });
    }

    public void tell(K key) {
        waiting.getOrDefault(key, Set.of()).forEach(Runnable::run);
    }

    public void tellEveryone() {
        waiting.values().forEach(actions -> actions.forEach(Runnable::run));
    }

    /** How many on this node watch {@code key}, for tests of the clean-up. */
    public int watching(K key) {
        return waiting.getOrDefault(key, Set.of()).size();
    }
}
