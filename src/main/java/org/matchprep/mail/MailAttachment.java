package org.matchprep.mail;

import java.util.Objects;

/** A file sent with a mail, such as a mock interview's calendar invitation. */
public record MailAttachment(String fileName, String contentType, byte[] content) {

    public MailAttachment {
        Objects.requireNonNull(fileName);
        Objects.requireNonNull(contentType);
        Objects.requireNonNull(content);
    }
}
