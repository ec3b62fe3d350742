package org.matchprep.mail;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/** Whether Spring Boot made a mail sender, that is whether {@code spring.mail.host} names an SMTP server. */
@Component
class SmtpServer {

    private final ObjectProvider<JavaMailSender> sender;

    SmtpServer(ObjectProvider<JavaMailSender> sender) {
        this.sender = sender;
    }

    boolean configured() {
        return sender.getIfAvailable() != null;
    }
}
