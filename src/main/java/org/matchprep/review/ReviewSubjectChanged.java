package org.matchprep.review;

import org.matchprep.cluster.NodeEvent;

/**
 * A comment or thread on this review subject was added, replied to, edited, deleted, resolved or reopened, on
 * some node; heard on every node once it is committed. {@code subjectType} and {@code subjectId} are those of
 * {@link SubjectRef}.
 */
public record ReviewSubjectChanged(String subjectType, long subjectId) implements NodeEvent {
}
