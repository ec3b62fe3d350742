package org.matchprep.mail;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code matchprep.mail.*}: where links in mails point, who mails come from, and the background sender.
 * The SMTP server itself is Spring Boot's {@code spring.mail.*}; without {@code spring.mail.host} nothing
 * leaves the machine and admins read the outbox in the app.
 *
 * @param baseUrl       the address people open the app at, for links in mails ("https://prep.example.edu")
 * @param from          the From header
 * @param senderEnabled whether the background sender runs (tests call {@link OutboxSender#sendDue()} themselves)
 * @param sendInterval  how often the sender looks for due mail
 */
@ConfigurationProperties("matchprep.mail")
public record MailSettings(@DefaultValue("http://localhost:8080") String baseUrl,
                           @DefaultValue("MatchPrep <no-reply@matchprep.localhost>") String from,
                           @DefaultValue("true") boolean senderEnabled,
                           @DefaultValue("PT10S") Duration sendInterval) {

    /** An absolute link to a route of the app: {@code link("review/12")}. */
    public String link(String route) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return base + "/" + (route.startsWith("/") ? route.substring(1) : route);
    }
}
