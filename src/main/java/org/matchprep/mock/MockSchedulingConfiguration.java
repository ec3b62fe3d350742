package org.matchprep.mock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Turns on the reminder job. {@code matchprep.mock.reminders.enabled=false} switches it off (tests call
 * {@link MockReminders#sendDue()} themselves); {@code matchprep.mock.reminders.interval} sets how often it runs.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "matchprep.mock.reminders.enabled", havingValue = "true", matchIfMissing = true)
class MockSchedulingConfiguration {
}
