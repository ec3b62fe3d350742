package org.matchprep.notification;

import java.time.LocalTime;
import java.util.Map;

/** How I hear of each topic by e-mail, and when my daily digest comes (in my own time zone). */
public record MailPreferences(Map<MailTopic, MailDelivery> deliveries, LocalTime digestTime) {

    public static final LocalTime DEFAULT_DIGEST_TIME = LocalTime.of(18, 0);
}
