package org.matchprep.cluster;

/**
 * This node's connection for hearing other nodes was lost and is back; what was published meanwhile was not
 * heard here. Whoever shows something that node events keep fresh reads it again.
 */
public record NodeEventsResumed() {
}
