package org.matchprep.mail;

import java.util.List;
import java.util.Objects;

/**
 * One mail to queue. The body is plain paragraphs of text (never HTML): the outbox writes both the text and
 * the HTML part from them and escapes every value in the HTML, so user-written words cannot become markup.
 * Line breaks in the subject or the recipient's name are folded to spaces, so no value can add a header.
 *
 * @param recipient      the address
 * @param recipientName  shown beside the address, or null
 * @param subject        one line
 * @param paragraphs     the body, paragraph by paragraph
 * @param action         the link the mail is about (label and absolute URL), or null
 * @param kind           what the mail is, for the outbox page and for unsubscribing ("REVIEW_REQUESTED", "PASSWORD_RESET")
 * @param unsubscribeUrl a one-click unsubscribe link for this kind, or null for mail that cannot be refused (a password reset)
 * @param attachments    files sent with it
 */
public record MailMessage(String recipient, String recipientName, String subject, List<String> paragraphs,
                          Link action, String kind, String unsubscribeUrl, List<MailAttachment> attachments) {

    public static final int SUBJECT_MAX_LENGTH = 200;

    /** A link with its words: "Open the review", "https://…/review/12". */
    public record Link(String label, String url) {
    }

    public MailMessage {
        Objects.requireNonNull(recipient);
        Objects.requireNonNull(kind);
        subject = oneLine(Objects.requireNonNull(subject));
        if (subject.length() > SUBJECT_MAX_LENGTH) {
            subject = subject.substring(0, SUBJECT_MAX_LENGTH - 1) + "…";
        }
        recipientName = recipientName == null ? null : oneLine(recipientName);
        paragraphs = List.copyOf(paragraphs);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    public MailMessage(String recipient, String recipientName, String subject, List<String> paragraphs, Link action,
                       String kind, String unsubscribeUrl) {
        this(recipient, recipientName, subject, paragraphs, action, kind, unsubscribeUrl, List.of());
    }

    public MailMessage withAttachments(List<MailAttachment> files) {
        return new MailMessage(recipient, recipientName, subject, paragraphs, action, kind, unsubscribeUrl, files);
    }

    private static String oneLine(String text) {
        return text.replaceAll("[\\r\\n\\u0085\\u2028\\u2029]+", " ").strip();
    }
}
