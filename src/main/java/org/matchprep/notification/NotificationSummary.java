package org.matchprep.notification;

import java.time.Instant;

/**
 * A notification as the bell and the notifications page show it.
 *
 * @param message plain text, to be shown as text and never as HTML
 * @param link    the route to open (for example {@code "applicants"}), or null
 */
public record NotificationSummary(long id, NotificationKind kind, String message, String link, Instant createdAt,
                                  boolean read) {
}
