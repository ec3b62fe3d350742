/**
 * Events across nodes through PostgreSQL {@code LISTEN/NOTIFY} (decision 019): a feature publishes a
 * {@link org.matchprep.cluster.NodeEvent} inside its transaction, and every node, this one included, hears it
 * once that transaction committed, as a local Spring application event. No broker.
 */
package org.matchprep.cluster;
