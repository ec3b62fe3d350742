package org.matchprep.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextRulesTest {

    @Test
    void a_nul_character_is_refused_with_a_message_that_names_the_field_and_the_character() {
        assertThat(TextRules.checkControlCharacters("Situation", "On call\u0000 that night"))
                .hasValueSatisfying(message -> assertThat(message)
                        .startsWith("Situation contains an invisible control character (U+0000)")
                        .contains("delete it"));
    }

    @ParameterizedTest
    @ValueSource(ints = {0x01, 0x07, 0x08, 0x0B, 0x0C, 0x1B, 0x1F, 0x7F, 0x80, 0x85, 0x9F})
    void other_c0_and_c1_control_characters_are_refused(int code) {
        assertThat(TextRules.checkControlCharacters("Notes", "before" + (char) code + "after")).isPresent();
    }

    @Test
    void tabs_line_breaks_and_ordinary_unicode_are_accepted() {
        assertThat(TextRules.checkControlCharacters("Notes", "Line one\r\nLine two\n\tindented — Grüße 東京 🩺 \u00A0")).isEmpty();
    }

    @Test
    void a_missing_or_empty_text_is_not_this_rules_business() {
        assertThat(TextRules.checkControlCharacters("Notes", null)).isEmpty();
        assertThat(TextRules.checkControlCharacters("Notes", "")).isEmpty();
    }

    @Test
    void the_collector_form_reports_under_the_field_key() {
        InvalidInputException.Collector problems = InvalidInputException.collector();

        TextRules.checkControlCharacters(problems, "parts[situation]", "\"Situation\"", "x\u0000");

        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, problems::throwIfAny);
        assertThat(refused.fields()).containsExactly("parts[situation]");
        assertThat(refused.messageFor("parts[situation]")).hasValueSatisfying(message -> assertThat(message).contains("U+0000"));
    }

    @Test
    void the_throwing_form_names_the_field() {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> TextRules.requireNoControlCharacters("displayName", "The name", "Priya\u0007"));

        assertThat(refused.fields()).containsExactly("displayName");
        assertThat(refused.getMessage()).contains("U+0007");
    }
}
