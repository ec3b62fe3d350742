package org.matchprep.review.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextAnchorTest {

    private static final String TEXT =
            "During my sub-internship I admitted a patient with diabetic ketoacidosis and learned to ask for help early.";

    @Test
    void an_anchor_remembers_the_quote_its_position_and_32_characters_of_context_on_each_side() {
        int start = TEXT.indexOf("a patient");
        int end = start + "a patient with diabetic ketoacidosis".length();

        TextAnchor anchor = TextAnchor.of(TEXT, start, end);

        assertThat(anchor.quote()).isEqualTo("a patient with diabetic ketoacidosis");
        assertThat(anchor.start()).isEqualTo(start);
        assertThat(anchor.prefix()).isEqualTo("During my sub-internship I admitted ".substring(4)).hasSize(32);
        assertThat(anchor.suffix()).isEqualTo(" and learned to ask for help ear").hasSize(TextAnchor.CONTEXT_LENGTH);
    }

    @Test
    void an_anchor_at_the_very_start_has_an_empty_prefix_and_at_the_very_end_an_empty_suffix() {
        TextAnchor first = TextAnchor.of(TEXT, 0, "During".length());
        TextAnchor last = TextAnchor.of(TEXT, TEXT.length() - "help early.".length(), TEXT.length());

        assertThat(first.prefix()).isEmpty();
        assertThat(first.suffix()).isEqualTo(" my sub-internship I admitted a ");
        assertThat(last.prefix()).isEqualTo("acidosis and learned to ask for ");
        assertThat(last.suffix()).isEmpty();
    }

    @Test
    void context_never_keeps_half_of_an_emoji() {
        String text = "😀".repeat(20) + "quote" + "😀".repeat(20);
        int start = text.indexOf("quote");

        TextAnchor anchor = TextAnchor.of(text, start, start + 5);

        // 32 code units would end in the middle of the 16th emoji on either side
        assertThat(anchor.prefix()).isEqualTo("😀".repeat(16));
        assertThat(anchor.suffix()).isEqualTo("😀".repeat(16));
    }

    @Test
    void a_selection_outside_the_text_is_refused() {
        assertThatThrownBy(() -> TextAnchor.of(TEXT, -1, 5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside the text");
        assertThatThrownBy(() -> TextAnchor.of(TEXT, 5, TEXT.length() + 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside the text");
    }

    @Test
    void an_empty_or_reversed_selection_is_refused() {
        assertThatThrownBy(() -> TextAnchor.of(TEXT, 5, 5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is empty");
        assertThatThrownBy(() -> TextAnchor.of(TEXT, 8, 5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is empty");
    }

    @Test
    void a_selection_of_only_whitespace_is_refused() {
        String text = "first line\n\n  second line";
        int start = text.indexOf('\n');

        assertThatThrownBy(() -> TextAnchor.of(text, start, start + 4))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("only whitespace");
    }

    @Test
    void a_selection_that_cuts_an_emoji_in_two_is_refused() {
        String text = "Great 👍 answer";
        int emoji = text.indexOf("👍");

        assertThatThrownBy(() -> TextAnchor.of(text, emoji + 1, text.length()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cuts a character");
        assertThatThrownBy(() -> TextAnchor.of(text, 0, emoji + 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cuts a character");
    }

    @Test
    void there_is_no_anchor_without_a_text() {
        assertThatThrownBy(() -> TextAnchor.of(null, 0, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no text");
    }

    @Test
    void an_anchor_cannot_be_built_with_a_blank_quote_or_an_overlong_context() {
        assertThatThrownBy(() -> new TextAnchor(" \n", "", "", 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("blank");
        assertThatThrownBy(() -> new TextAnchor("quote", "x".repeat(33), "", 33))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 32");
        assertThatThrownBy(() -> new TextAnchor("quote", "", "", -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before the text");
    }
}
