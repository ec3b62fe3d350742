package org.matchprep.account.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    private final PasswordPolicy policy = PasswordPolicy.standard();

    @Test
    void eleven_characters_are_refused() {
        assertThat(policy.check("abcdefghijk")).hasValueSatisfying(message -> assertThat(message).contains("at least 12"));
    }

    @Test
    void twelve_characters_are_accepted() {
        assertThat(policy.check("tulip meadow")).isEmpty();
    }

    @Test
    void one_hundred_twenty_eight_characters_are_accepted() {
        assertThat(policy.check("a".repeat(64) + "b".repeat(64))).isEmpty();
    }

    @Test
    void one_hundred_twenty_nine_characters_are_refused() {
        assertThat(policy.check("a".repeat(64) + "b".repeat(65)))
                .contains("Use at most 128 characters; this password has 129.");
    }

    @Test
    void one_hundred_twenty_nine_emoji_are_refused_with_the_limit_in_characters() {
        assertThat(policy.check("🩺".repeat(129))).contains("Use at most 128 characters; this password has 129.");
    }

    @Test
    void an_emoji_password_longer_than_128_utf16_units_but_within_128_characters_is_accepted() {
        String password = "night shift 🌙🏥🩺 ".repeat(8);
        assertThat(password.length()).isGreaterThan(128);
        assertThat(password.codePointCount(0, password.length())).isLessThanOrEqualTo(128);
        assertThat(policy.check(password)).isEmpty();
    }

    @Test
    void a_long_passphrase_with_non_latin_letters_and_emoji_is_accepted() {
        String passphrase = "Grüße aus München — 東京の夜 🌙 Привет мир 🏥 interview ready so soon!";
        assertThat(passphrase.codePointCount(0, passphrase.length())).isEqualTo(64);
        assertThat(policy.check(passphrase)).isEmpty();
    }

    @Test
    void length_is_counted_in_characters_not_in_utf16_units() {
        // 128 emoji are 256 UTF-16 units but 128 characters: the upper limit is about characters.
        String emoji = "🩺".repeat(128);
        assertThat(policy.check(emoji)).isEmpty();
        assertThat(policy.check(emoji + "🩺")).isPresent();
        // 6 emoji are 12 UTF-16 units but only 6 characters: too short.
        assertThat(policy.check("🩺".repeat(6))).hasValueSatisfying(message -> assertThat(message).contains("at least 12"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"password1234", "qwertyuiopas", "passwordpassword"})
    void common_passwords_are_refused(String password) {
        assertThat(policy.check(password)).hasValueSatisfying(message -> assertThat(message).contains("most common"));
    }

    @Test
    void a_common_stem_followed_by_digits_and_symbols_is_refused() {
        assertThat(policy.check("Password2026!!")).hasValueSatisfying(message -> assertThat(message).contains("most common"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"PASSWORDPASSWORD", "QwertyUiopAS", "PassWord1234"})
    void common_passwords_are_refused_whatever_their_case(String password) {
        assertThat(policy.check(password)).hasValueSatisfying(message -> assertThat(message).contains("most common"));
    }

    @Test
    void a_common_word_inside_a_longer_passphrase_is_accepted() {
        assertThat(policy.check("my password is a long sentence")).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    void a_missing_password_is_refused(String password) {
        assertThat(policy.check(password)).contains("Enter a password.");
    }
}
