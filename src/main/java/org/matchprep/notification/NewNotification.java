package org.matchprep.notification;

/**
 * A notification to send.
 *
 * @param recipientId who gets it
 * @param kind        what it is about
 * @param eventKey    names the event, unique per recipient (for example {@code "comment:42"} or
 *                    {@code "mock:7:reminder-24h"}); sending the same key to the same recipient again does nothing
 * @param message     one plain-text sentence, shown as text (never as HTML)
 * @param link        the route to open, relative to the app root (for example {@code "review/12"}), or null
 */
public record NewNotification(long recipientId, NotificationKind kind, String eventKey, String message, String link) {

    public static final int MESSAGE_MAX_LENGTH = 500;
    public static final int EVENT_KEY_MAX_LENGTH = 100;
    public static final int LINK_MAX_LENGTH = 300;

    public NewNotification {
        if (kind == null || eventKey == null || eventKey.isBlank() || message == null || message.isBlank()) {
            throw new IllegalArgumentException("A notification needs a kind, an event key and a message");
        }
        if (eventKey.length() > EVENT_KEY_MAX_LENGTH || (link != null && link.length() > LINK_MAX_LENGTH)) {
            throw new IllegalArgumentException("Event key or link too long: " + eventKey + " / " + link);
        }
        if (message.length() > MESSAGE_MAX_LENGTH) {
            int end = MESSAGE_MAX_LENGTH - 1;
            // never cut between the two halves of a character outside the BMP (an emoji, say)
            if (Character.isHighSurrogate(message.charAt(end - 1))) {
                end--;
            }
            message = message.substring(0, end) + "…";
        }
    }
}
