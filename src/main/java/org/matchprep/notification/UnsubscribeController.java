package org.matchprep.notification;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * {@code /mail/unsubscribe}: the link at the foot of every notification mail, signed for one person and one
 * topic, so it works without signing in. Opening it (GET) only asks, because mail scanners open links;
 * the button, or a mail client's one-click request (RFC 8058: POST with {@code List-Unsubscribe=One-Click}),
 * turns that topic's mail off. A bad signature changes nothing and says the link is not valid.
 */
@RestController
class UnsubscribeController {

    private final NotificationMailing mailing;
    private final MailPreferenceStore preferences;

    UnsubscribeController(NotificationMailing mailing, MailPreferenceStore preferences) {
        this.mailing = mailing;
        this.preferences = preferences;
    }

    @GetMapping(value = "/mail/unsubscribe", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> ask(@RequestParam long account, @RequestParam String topic, @RequestParam String signature) {
        if (!valid(account, topic, signature)) {
            return invalid();
        }
        String what = describe(topic);
        return page("Stop these e-mails?", "<p>You will no longer get e-mails about: " + escape(what) + ". You still "
                + "see these updates under the bell in MatchPrep, and can turn the e-mails on again on your Notifications page.</p>"
                + "<form method=\"post\"><input type=\"hidden\" name=\"account\" value=\"" + account + "\">"
                + "<input type=\"hidden\" name=\"topic\" value=\"" + escape(topic) + "\">"
                + "<input type=\"hidden\" name=\"signature\" value=\"" + escape(signature) + "\">"
                + "<button type=\"submit\">Stop these e-mails</button></form>");
    }

    @PostMapping(value = "/mail/unsubscribe", produces = MediaType.TEXT_HTML_VALUE)
    @Transactional
    public ResponseEntity<String> unsubscribe(@RequestParam long account, @RequestParam String topic,
                                              @RequestParam String signature) {
        if (!valid(account, topic, signature)) {
            return invalid();
        }
        preferences.turnOff(account, topic);
        return page("E-mails stopped", "<p>Done: no more e-mails about " + escape(describe(topic))
                + ". You can turn them on again on your Notifications page in MatchPrep.</p>");
    }

    private boolean valid(long account, String topic, String signature) {
        boolean known = NotificationMailing.DIGEST.equals(topic)
                || java.util.Arrays.stream(MailTopic.values()).anyMatch(one -> one.name().equals(topic));
        return known && mailing.verify(account, topic, signature);
    }

    private static String describe(String topic) {
        return NotificationMailing.DIGEST.equals(topic) ? "your daily digest"
                : MailTopic.valueOf(topic).label().toLowerCase(java.util.Locale.US);
    }

    private static ResponseEntity<String> invalid() {
        return ResponseEntity.badRequest().contentType(MediaType.TEXT_HTML).body(html("Link not valid",
                "<p>This link is not valid (it may have been cut short). Open MatchPrep and change your e-mail "
                        + "choices on the Notifications page.</p>"));
    }

    private static ResponseEntity<String> page(String title, String body) {
        return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).header("Cache-Control", "no-store").body(html(title, body));
    }

    private static String html(String title, String body) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" "
                + "content=\"width=device-width, initial-scale=1\"><title>" + escape(title) + " · MatchPrep</title></head>"
                + "<body style=\"font-family: sans-serif; max-width: 36rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5\">"
                + "<main><h1>" + escape(title) + "</h1>" + body + "</main></body></html>";
    }

    private static String escape(String value) {
        return HtmlUtils.htmlEscape(value, "UTF-8");
    }
}
