package org.matchprep.answers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class SpeakingTimeTest {

    // --- counting words ----------------------------------------------------------------------------

    @Test
    void words_are_separated_by_spaces_and_punctuation() {
        assertThat(SpeakingTime.words("Hello, world! How are you?")).isEqualTo(5);
        assertThat(SpeakingTime.words("one\ttwo\nthree   four")).isEqualTo(4);
        assertThat(SpeakingTime.words("CT/MRI")).isEqualTo(2);
    }

    @Test
    void a_hyphenated_word_counts_once() {
        assertThat(SpeakingTime.words("a well-known follow-up")).isEqualTo(3);
        assertThat(SpeakingTime.words("state-of-the-art")).isEqualTo(1);
    }

    @Test
    void a_dash_between_spaces_is_not_a_word() {
        assertThat(SpeakingTime.words("radiology - and nothing else")).isEqualTo(4);
    }

    @Test
    void an_apostrophe_keeps_a_word_together_straight_or_curly() {
        assertThat(SpeakingTime.words("don't it's")).isEqualTo(2);
        assertThat(SpeakingTime.words("I’m the program’s applicant")).isEqualTo(4);
    }

    @Test
    void numbers_count_as_words() {
        assertThat(SpeakingTime.words("I scored 250 on Step 2")).isEqualTo(6);
    }

    @Test
    void words_in_other_scripts_count_like_latin_ones() {
        assertThat(SpeakingTime.words("привет мир")).isEqualTo(2);
        assertThat(SpeakingTime.words("καλημέρα κόσμε")).isEqualTo(2);
        assertThat(SpeakingTime.words("你好 世界")).isEqualTo(2);
        assertThat(SpeakingTime.words("مرحبا بالعالم")).isEqualTo(2);
    }

    @Test
    void combining_marks_stay_inside_their_word() {
        // Devanagari vowel signs and viramas are marks, not letters; so are decomposed accents.
        assertThat(SpeakingTime.words("नमस्ते दुनिया")).isEqualTo(2);
        assertThat(SpeakingTime.words("my re\u0301sume\u0301 is short")).isEqualTo(4);
    }

    @Test
    void emoji_are_not_words() {
        assertThat(SpeakingTime.words("🙂 👍🏽 🚀")).isZero();
        assertThat(SpeakingTime.words("great 🙂 work👍")).isEqualTo(2);
    }

    @Test
    void blank_or_missing_text_has_no_words() {
        assertThat(SpeakingTime.words(null)).isZero();
        assertThat(SpeakingTime.words("")).isZero();
        assertThat(SpeakingTime.words("  \n\t ")).isZero();
        assertThat(SpeakingTime.words("... !? --")).isZero();
    }

    // --- speaking time -----------------------------------------------------------------------------

    @Test
    void one_hundred_fifty_words_at_one_hundred_fifty_a_minute_take_sixty_seconds() {
        assertThat(SpeakingTime.of(150, 150)).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void a_slower_pace_takes_longer() {
        assertThat(SpeakingTime.of(150, 100)).isEqualTo(Duration.ofSeconds(90));
        assertThat(SpeakingTime.of(75, 150)).isEqualTo(Duration.ofSeconds(30));
        assertThat(SpeakingTime.of(0, 150)).isEqualTo(Duration.ZERO);
    }

    @Test
    void the_default_pace_is_one_hundred_fifty_words_a_minute() {
        assertThat(SpeakingTime.DEFAULT_WORDS_PER_MINUTE).isEqualTo(150);
    }

    @Test
    void the_slowest_and_fastest_allowed_paces_are_accepted() {
        assertThat(SpeakingTime.of(80, SpeakingTime.MIN_WORDS_PER_MINUTE)).isEqualTo(Duration.ofMinutes(1));
        assertThat(SpeakingTime.of(250, SpeakingTime.MAX_WORDS_PER_MINUTE)).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void a_pace_outside_the_bounds_is_refused() {
        assertThatThrownBy(() -> SpeakingTime.of(100, SpeakingTime.MIN_WORDS_PER_MINUTE - 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SpeakingTime.of(100, SpeakingTime.MAX_WORDS_PER_MINUTE + 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SpeakingTime.of(100, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_duration_is_shown_as_minutes_and_seconds() {
        assertThat(SpeakingTime.format(Duration.ofSeconds(65))).isEqualTo("1:05");
        assertThat(SpeakingTime.format(Duration.ofSeconds(9))).isEqualTo("0:09");
        assertThat(SpeakingTime.format(Duration.ofMinutes(2))).isEqualTo("2:00");
    }
}
