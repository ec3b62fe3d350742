package org.matchprep.testing;

import java.time.Instant;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Replaces the application's clock with a {@link MutableClock} the test moves by hand. Test classes
 * {@code @Import} this one class (rather than each nesting its own copy), so Spring caches a single extra
 * context for all of them; the clock only moves forward, so tests sharing it stay independent.
 */
@TestConfiguration(proxyBeanMethods = false)
public class MutableClockConfiguration {

    @Bean
    @Primary
    MutableClock mutableClock() {
        return new MutableClock(Instant.now());
    }
}
