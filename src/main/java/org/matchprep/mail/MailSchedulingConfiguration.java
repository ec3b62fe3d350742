package org.matchprep.mail;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The outbox sender runs on Spring's scheduler; {@code matchprep.mail.sender-enabled=false} keeps it idle. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class MailSchedulingConfiguration {
}
