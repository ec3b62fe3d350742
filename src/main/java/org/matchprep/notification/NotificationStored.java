package org.matchprep.notification;

import org.matchprep.cluster.NodeEvent;

/** A notification for this account was stored, on some node; heard on every node once it is committed. */
public record NotificationStored(long recipientId) implements NodeEvent {
}
