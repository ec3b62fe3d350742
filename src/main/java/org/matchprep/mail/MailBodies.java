package org.matchprep.mail;

import org.springframework.web.util.HtmlUtils;

/** Writes a {@link MailMessage}'s text and HTML parts; every value in the HTML is escaped. */
final class MailBodies {

    private MailBodies() {
    }

    static String text(MailMessage mail) {
        StringBuilder text = new StringBuilder();
        mail.paragraphs().forEach(paragraph -> text.append(paragraph).append("\n\n"));
        if (mail.action() != null) {
            text.append(mail.action().label()).append(": ").append(mail.action().url()).append("\n\n");
        }
        text.append("-- \nMatchPrep");
        if (mail.unsubscribeUrl() != null) {
            text.append("\nStop these e-mails: ").append(mail.unsubscribeUrl());
        }
        return text.append('\n').toString();
    }

    static String html(MailMessage mail) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><body style=\"font-family: sans-serif; "
                + "line-height: 1.5; color: #1a2433; max-width: 36rem\">");
        for (String paragraph : mail.paragraphs()) {
            html.append("<p>").append(escape(paragraph).replace("\n", "<br>")).append("</p>");
        }
        if (mail.action() != null) {
            html.append("<p><a href=\"").append(escape(mail.action().url())).append("\" style=\"display: inline-block; "
                            + "padding: 0.5rem 1rem; background: #245a9e; color: #ffffff; text-decoration: none; border-radius: 4px\">")
                    .append(escape(mail.action().label())).append("</a></p>");
        }
        html.append("<p style=\"color: #5b6677; font-size: 0.85rem\">MatchPrep");
        if (mail.unsubscribeUrl() != null) {
            html.append(" · <a href=\"").append(escape(mail.unsubscribeUrl())).append("\" style=\"color: #5b6677\">")
                    .append("Stop these e-mails</a>");
        }
        return html.append("</p></body></html>").toString();
    }

    private static String escape(String value) {
        return HtmlUtils.htmlEscape(value, "UTF-8");
    }
}
