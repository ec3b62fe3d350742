package org.matchprep.review;

import org.matchprep.cluster.NodeEvent;

/**
 * Something was shared with this mentor, unshared, or put up for review, on some node; heard on every node once
 * it is committed, so an open review queue reads itself again.
 */
public record ReviewQueueChanged(long mentorId) implements NodeEvent {
}
