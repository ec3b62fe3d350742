package org.matchprep.mock.ui;

import java.util.Collection;
import java.util.function.Supplier;

import org.matchprep.cluster.NodeEventsResumed;
import org.matchprep.cluster.Watchers;
import org.matchprep.mock.MentorBookingsChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The booking pages and mock lists open on this node, told when a mentor's mocks were booked, cancelled or moved
 * on any node (decision 019): a slot someone else just took disappears without a reload.
 */
@Component
class LiveCalendars {

    private final Watchers<Long> mentors = new Watchers<>();

    /** While {@code page} is on screen, runs {@code refresh} in its UI when one of these mentors' mocks change. */
    void whileAttached(com.vaadin.flow.component.Component page, Supplier<? extends Collection<Long>> mentorIds,
                       Runnable refresh) {
        mentors.whileAttached(page, mentorIds, refresh);
    }

    @EventListener
    void on(MentorBookingsChanged changed) {
        mentors.tell(changed.mentorId());
    }

    @EventListener
    void on(NodeEventsResumed resumed) {
        mentors.tellEveryone();
    }

    int watching(long mentorId) {
        return mentors.watching(mentorId);
    }
}
