package org.matchprep.account.domain;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.matchprep.base.TextRules;

/**
 * The checks on what people type into account forms. Each returns the message to show, or empty when
 * the input is fine; the services combine them so a form shows every problem at once.
 */
public final class AccountInputRules {

    // Deliberately loose: one @, something on each side, a dot in the domain. Stricter regexes refuse real addresses.
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]+$");
    private static final Set<String> ZONES = ZoneId.getAvailableZoneIds();

    private AccountInputRules() {
    }

    public static String normaliseEmail(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    public static Optional<String> checkEmail(String email) {
        String normalised = normaliseEmail(email);
        if (normalised.isEmpty()) {
            return Optional.of("Enter your email address.");
        }
        if (normalised.length() > Account.EMAIL_MAX_LENGTH) {
            return Optional.of("An email address has at most " + Account.EMAIL_MAX_LENGTH + " characters.");
        }
        if (!EMAIL.matcher(normalised).matches() || TextRules.hasControlCharacters(normalised)) {
            return Optional.of("Enter an email address like name@example.org.");
        }
        return Optional.empty();
    }

    public static Optional<String> checkDisplayName(String displayName) {
        String stripped = displayName == null ? "" : displayName.strip();
        if (stripped.isEmpty()) {
            return Optional.of("Enter the name others will see.");
        }
        if (stripped.length() > Account.DISPLAY_NAME_MAX_LENGTH) {
            return Optional.of("A name has at most " + Account.DISPLAY_NAME_MAX_LENGTH + " characters.");
        }
        return TextRules.checkControlCharacters("The name", stripped);
    }

    public static Optional<String> checkTimeZone(String zone) {
        if (zone == null || zone.isBlank()) {
            return Optional.of("Choose your time zone.");
        }
        if (!ZONES.contains(zone)) {
            return Optional.of("Choose a time zone from the list, such as Europe/Berlin.");
        }
        return Optional.empty();
    }
}
