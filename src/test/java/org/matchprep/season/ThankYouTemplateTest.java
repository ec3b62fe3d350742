package org.matchprep.season;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ThankYouTemplateTest {

    static final LocalDate DAY = LocalDate.of(2026, 11, 24);
    static final Impressions SEEN = new Impressions("", "Relaxed, friendly", "", "", "",
            "A resident showed their own research poster.\nLunch was long.");

    @Test
    void the_draft_is_short_and_names_the_person_role_program_day_specific_thing_and_a_moment() {
        String draft = ThankYouTemplate.draft(new PersonNote("Dr. Elena Marsh", "Program director", "the one-to-one read-outs.", ""),
                "Bayview Health System", DAY, SEEN, "Priya Raman");

        assertThat(draft).startsWith("Dear Dr. Elena Marsh,\n\n")
                .contains("on November 24 during my interview day at Bayview Health System.",
                        "as a program director.",
                        "our conversation about the one-to-one read-outs.",
                        "one moment of the day: a resident showed their own research poster.")
                .doesNotContain("Lunch was long", "[")
                .endsWith("With best wishes,\nPriya Raman");
        assertThat(ThankYouTemplate.words(draft)).isLessThan(ThankYouTemplate.WORD_LIMIT);
        assertThat(ThankYouTemplate.warnings(new PersonNote("Dr. Elena Marsh", "", "the one-to-one read-outs.", draft))).isEmpty();
    }

    @Test
    void without_a_role_impressions_or_specific_thing_the_draft_leaves_a_placeholder_and_is_warned_about() {
        PersonNote person = new PersonNote("Sam Ortiz", "", "", "");
        String draft = ThankYouTemplate.draft(person, "Bayview", DAY, Impressions.NONE, "Priya");

        assertThat(draft).doesNotContain(" as a ", "moment of the day").contains("[one specific thing you discussed]");
        assertThat(ThankYouTemplate.warnings(new PersonNote("Sam Ortiz", "", "", draft)))
                .anySatisfy(warning -> assertThat(warning).startsWith("Name one specific thing you discussed with Sam Ortiz"))
                .anySatisfy(warning -> assertThat(warning).contains("placeholder"));
    }

    @Test
    void a_role_starting_with_a_vowel_and_an_abbreviation_read_right() {
        assertThat(ThankYouTemplate.draft(new PersonNote("Dr. Kim", "Interventional radiologist", "x", ""), "B", DAY,
                Impressions.NONE, "P")).contains("as an interventional radiologist.");
        assertThat(ThankYouTemplate.draft(new PersonNote("Dr. Kim", "PD", "x", ""), "B", DAY, Impressions.NONE, "P"))
                .contains("as a PD.");
    }

    @Test
    void a_note_that_leaves_out_the_specific_thing_or_runs_long_is_warned_about_but_a_short_specific_one_is_not() {
        assertThat(ThankYouTemplate.warnings(new PersonNote("Dr. Lee", "", "the AI lab", "Thank you for your time.")))
                .containsExactly("The note does not mention \"the AI lab\", the specific thing you discussed.");
        String longNote = "Thank you for the AI lab tour. " + "It was a wonderful day. ".repeat(40);
        assertThat(ThankYouTemplate.warnings(new PersonNote("Dr. Lee", "", "the AI lab", longNote)))
                .singleElement().asString().startsWith("The note has 207 words");
        assertThat(ThankYouTemplate.warnings(new PersonNote("Dr. Lee", "", "The AI Lab", "Thank you for the AI lab tour.")))
                .isEmpty();
        assertThat(ThankYouTemplate.warnings(new PersonNote("Dr. Lee", "", "the AI lab", ""))).as("no note yet").isEmpty();
    }
}
