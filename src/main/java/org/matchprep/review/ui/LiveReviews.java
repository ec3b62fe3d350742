package org.matchprep.review.ui;

import java.util.List;
import java.util.function.Supplier;

import org.matchprep.cluster.NodeEventsResumed;
import org.matchprep.cluster.Watchers;
import org.matchprep.review.ReviewQueueChanged;
import org.matchprep.review.ReviewSubjectChanged;
import org.matchprep.review.SubjectRef;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The review pages and mentors' queues open on this node, told when their subject's threads or a mentor's queue
 * changed on any node (decision 019), so they show it without a reload.
 */
@Component
class LiveReviews {

    private final Watchers<SubjectRef> pages = new Watchers<>();
    private final Watchers<Long> queues = new Watchers<>();

    /** {@code subject} is read when the page is attached: after {@code beforeEnter} named it, or not (null). */
    void pageWhileAttached(com.vaadin.flow.component.Component page, Supplier<SubjectRef> subject, Runnable refresh) {
        pages.whileAttached(page, () -> subject.get() == null ? List.of() : List.of(subject.get()), refresh);
    }

    void queueWhileAttached(com.vaadin.flow.component.Component queue, long mentorId, Runnable refresh) {
        queues.whileAttached(queue, () -> List.of(mentorId), refresh);
    }

    @EventListener
    void on(ReviewSubjectChanged changed) {
        pages.tell(SubjectRef.of(changed.subjectType(), changed.subjectId()));
    }

    @EventListener
    void on(ReviewQueueChanged changed) {
        queues.tell(changed.mentorId());
    }

    @EventListener
    void on(NodeEventsResumed resumed) {
        pages.tellEveryone();
        queues.tellEveryone();
    }

    int pagesWatching(SubjectRef subject) {
        return pages.watching(subject);
    }

    int queuesWatching(long mentorId) {
        return queues.watching(mentorId);
    }
}
