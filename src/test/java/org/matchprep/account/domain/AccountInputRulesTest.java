package org.matchprep.account.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AccountInputRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"name@example.org", "first.last+tag@sub.example.co.uk", "  Priya@Example.ORG  ", "a@b.cd"})
    void well_formed_emails_are_accepted(String email) {
        assertThat(AccountInputRules.checkEmail(email)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"plainaddress", "@example.org", "name@", "name@example", "name@@example.org",
            "name @example.org", "name@example.", "a@b@c.org"})
    void malformed_emails_are_refused(String email) {
        assertThat(AccountInputRules.checkEmail(email)).hasValueSatisfying(message -> assertThat(message).contains("like name@example.org"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void a_missing_email_is_refused(String email) {
        assertThat(AccountInputRules.checkEmail(email)).contains("Enter your email address.");
    }

    @Test
    void an_email_of_254_characters_is_accepted_and_255_refused() {
        String domain = "@example.org";
        String fits = "a".repeat(Account.EMAIL_MAX_LENGTH - domain.length()) + domain;
        assertThat(fits).hasSize(254);
        assertThat(AccountInputRules.checkEmail(fits)).isEmpty();
        assertThat(AccountInputRules.checkEmail("a" + fits)).hasValueSatisfying(message -> assertThat(message).contains("at most 254"));
    }

    @Test
    void emails_are_normalised_to_trimmed_lower_case() {
        assertThat(AccountInputRules.normaliseEmail("  Priya.Raman@Example.ORG \t")).isEqualTo("priya.raman@example.org");
        assertThat(AccountInputRules.normaliseEmail(null)).isEmpty();
    }

    @Test
    void a_display_name_is_accepted_up_to_100_characters_after_trimming() {
        assertThat(AccountInputRules.checkDisplayName("Dr. Grace Chen")).isEmpty();
        assertThat(AccountInputRules.checkDisplayName("  " + "x".repeat(100) + "  ")).isEmpty();
    }

    @Test
    void a_display_name_longer_than_100_characters_is_refused() {
        assertThat(AccountInputRules.checkDisplayName("x".repeat(101)))
                .hasValueSatisfying(message -> assertThat(message).contains("at most 100"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t\n"})
    void a_blank_display_name_is_refused(String name) {
        assertThat(AccountInputRules.checkDisplayName(name)).contains("Enter the name others will see.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Asia/Kolkata", "Europe/Berlin", "America/Santo_Domingo", "UTC"})
    void known_time_zones_are_accepted(String zone) {
        assertThat(AccountInputRules.checkTimeZone(zone)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mars/Olympus", "asia/kolkata", "Europe/Atlantis"})
    void unknown_time_zones_are_refused(String zone) {
        assertThat(AccountInputRules.checkTimeZone(zone)).hasValueSatisfying(message -> assertThat(message).contains("from the list"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void a_missing_time_zone_is_refused(String zone) {
        assertThat(AccountInputRules.checkTimeZone(zone)).contains("Choose your time zone.");
    }

    @Test
    void a_display_name_or_email_with_a_control_character_is_refused() {
        assertThat(AccountInputRules.checkDisplayName("Priya\u0000 Raman")).hasValueSatisfying(message ->
                assertThat(message).startsWith("The name contains an invisible control character (U+0000)"));
        assertThat(AccountInputRules.checkEmail("priya\u0000@example.org"))
                .contains("Enter an email address like name@example.org.");
    }
}
