package org.matchprep.e2e;

import java.time.Duration;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * How long the end-to-end tests wait for the packaged app. A busy machine may need minutes, so there is
 * no short fixed limit: the wait goes on while the app is alive and making progress (its log grows or it
 * uses CPU), up to {@code overall}; it ends early when nothing happened for {@code stall}.
 *
 * <p>Settings, as a system property or an environment variable, each an ISO-8601 duration ({@code PT20M})
 * or a number of seconds: {@value #START_TIMEOUT} / {@code MATCHPREP_E2E_START_TIMEOUT} (default 10
 * minutes) and {@value #STALL_TIMEOUT} / {@code MATCHPREP_E2E_STALL_TIMEOUT} (default 3 minutes).
 */
record StartLimits(Duration overall, Duration stall) {

    static final String START_TIMEOUT = "matchprep.e2e.start-timeout";
    static final String STALL_TIMEOUT = "matchprep.e2e.stall-timeout";
    static final Duration DEFAULT_OVERALL = Duration.ofMinutes(10);
    static final Duration DEFAULT_STALL = Duration.ofMinutes(3);

    StartLimits {
        if (overall.isNegative() || overall.isZero() || stall.isNegative() || stall.isZero()) {
            throw new IllegalArgumentException("Start limits must be positive: " + overall + ", " + stall);
        }
    }

    static StartLimits fromSettings() {
        return fromSettings(name -> System.getProperty(name, System.getenv(environmentName(name))));
    }

    static StartLimits fromSettings(UnaryOperator<String> settings) {
        return new StartLimits(read(settings, START_TIMEOUT, DEFAULT_OVERALL), read(settings, STALL_TIMEOUT, DEFAULT_STALL));
    }

    /** {@code matchprep.e2e.start-timeout} is {@code MATCHPREP_E2E_START_TIMEOUT} in the environment. */
    static String environmentName(String property) {
        return property.replace('.', '_').replace('-', '_').toUpperCase(Locale.ROOT);
    }

    /** How to raise the overall limit, for the message of a start that ran out of time. */
    static String howToRaise() {
        return "raise it with -D" + START_TIMEOUT + "=PT20M or " + environmentName(START_TIMEOUT) + "=PT20M";
    }

    private static Duration read(UnaryOperator<String> settings, String name, Duration fallback) {
        String value = settings.apply(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        String text = value.trim();
        try {
            return text.chars().allMatch(Character::isDigit) ? Duration.ofSeconds(Long.parseLong(text)) : Duration.parse(text);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(name + " must be an ISO-8601 duration such as PT20M or a number of seconds, not '"
                    + value + "'", e);
        }
    }
}
