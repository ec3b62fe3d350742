package org.matchprep.mock;

import org.matchprep.cluster.NodeEvent;

/**
 * A mock with this mentor was booked, cancelled or moved, or their availability changed, on some node, so their
 * free slots changed; heard on every node once it is committed.
 */
public record MentorBookingsChanged(long mentorId) implements NodeEvent {
}
