package org.matchprep.cluster;

/**
 * An event every node hears after the transaction that published it committed ({@link NodeEvents}). It carries
 * ids only: a record of longs and short strings. Who receives it reads what it shows with the viewer's own
 * access checks, and must expect to miss some ({@link NodeEventsResumed}).
 */
public interface NodeEvent {
}
