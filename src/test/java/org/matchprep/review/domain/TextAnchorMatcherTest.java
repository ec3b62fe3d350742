package org.matchprep.review.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.matchprep.review.domain.TextAnchorMatcher.Match;

class TextAnchorMatcherTest {

    private static final String ANSWER = "During my sub-internship I admitted a patient with diabetic ketoacidosis. "
            + "I checked the potassium before starting insulin and called my senior when the gap did not close. "
            + "I learned to ask for help early.";

    private final TextAnchorMatcher matcher = new TextAnchorMatcher();

    // --- the passage kept its words --------------------------------------------------------------

    @Test
    void an_unchanged_text_gives_the_same_passage_exactly() {
        TextAnchor anchor = anchorOn(ANSWER, "called my senior");

        Match match = matcher.locate(anchor, ANSWER).orElseThrow();

        assertThat(match).isEqualTo(new Match(anchor.start(), anchor.start() + 16, true));
        assertThat(passage(ANSWER, match)).isEqualTo("called my senior");
    }

    @Test
    void text_inserted_before_the_passage_shifts_it() {
        TextAnchor anchor = anchorOn(ANSWER, "checked the potassium");
        String revised = "It was my first night on call. " + ANSWER;

        Match match = matcher.locate(anchor, revised).orElseThrow();

        assertThat(passage(revised, match)).isEqualTo("checked the potassium");
        assertThat(match.start()).isEqualTo(anchor.start() + 31);
        assertThat(match.exact()).isTrue();
    }

    @Test
    void text_appended_after_the_passage_changes_nothing() {
        TextAnchor anchor = anchorOn(ANSWER, "ask for help early");
        String revised = ANSWER + " Since then I have taught this to the students I supervise.";

        Match match = matcher.locate(anchor, revised).orElseThrow();

        assertThat(passage(revised, match)).isEqualTo("ask for help early");
        assertThat(match.start()).isEqualTo(anchor.start());
    }

    @Test
    void a_quote_at_the_very_start_of_the_text_is_found_with_no_prefix() {
        TextAnchor anchor = anchorOn(ANSWER, "During my sub-internship");
        String revised = ANSWER.replace("diabetic ketoacidosis", "DKA");

        assertThat(located(anchor, revised)).contains("During my sub-internship");
    }

    @Test
    void a_quote_at_the_very_end_of_the_text_is_found_with_no_suffix() {
        TextAnchor anchor = anchorOn(ANSWER, "help early.");
        String revised = "Looking back, " + ANSWER;

        assertThat(located(anchor, revised)).contains("help early.");
    }

    @Test
    void an_edited_quote_at_the_very_start_is_still_found() {
        TextAnchor anchor = anchorOn(ANSWER, "During my sub-internship");
        String revised = ANSWER.replace("During my sub-internship", "During my acting internship");

        assertThat(located(anchor, revised)).contains("During my acting internship");
    }

    // --- the quote occurs more than once -----------------------------------------------------------

    private static final String TWICE = "On my surgery rotation I stayed late to finish notes. "
            + "On my medicine rotation I stayed late to talk with families.";

    @Test
    void of_two_occurrences_the_first_wins_when_its_context_matches() {
        TextAnchor anchor = TextAnchor.of(TWICE, TWICE.indexOf("I stayed late"), TWICE.indexOf("I stayed late") + 13);
        String revised = "Looking back: " + TWICE.replace("finish notes", "finish my notes");

        Match match = matcher.locate(anchor, revised).orElseThrow();

        assertThat(passage(revised, match)).isEqualTo("I stayed late");
        assertThat(revised.substring(0, match.start())).endsWith("On my surgery rotation ");
    }

    @Test
    void of_two_occurrences_the_second_wins_when_its_context_matches() {
        int second = TWICE.lastIndexOf("I stayed late");
        TextAnchor anchor = TextAnchor.of(TWICE, second, second + 13);
        // the second occurrence moves to the front, so position alone would pick the wrong one
        String revised = "On my medicine rotation I stayed late to talk with families. "
                + "On my surgery rotation I stayed late to finish notes. I still do.";

        Match match = matcher.locate(anchor, revised).orElseThrow();

        assertThat(passage(revised, match)).isEqualTo("I stayed late");
        assertThat(revised.substring(0, match.start())).isEqualTo("On my medicine rotation ");
    }

    @Test
    void of_two_occurrences_with_the_same_context_the_one_nearest_the_old_position_wins() {
        String text = "I listened. I listened. Then I acted.";
        TextAnchor anchor = TextAnchor.of(text, 12, 22);

        Match match = matcher.locate(anchor, text).orElseThrow();

        assertThat(match.start()).isEqualTo(12);
    }

    // --- the passage itself was edited -------------------------------------------------------------

    @Test
    void a_word_changed_inside_the_quote_still_finds_the_edited_passage() {
        TextAnchor anchor = anchorOn(ANSWER, "called my senior when the gap did not close");
        String revised = ANSWER.replace("my senior when", "my resident when");

        Match match = matcher.locate(anchor, revised).orElseThrow();

        assertThat(passage(revised, match)).isEqualTo("called my resident when the gap did not close");
        assertThat(match.exact()).isFalse();
    }

    @Test
    void a_long_quote_unchanged_is_found_exactly() {
        String quote = "I checked the potassium before starting insulin and called my senior";
        TextAnchor anchor = anchorOn(ANSWER, quote);
        String revised = "Background first. " + ANSWER;

        Match match = matcher.locate(anchor, revised).orElseThrow();

        assertThat(passage(revised, match)).isEqualTo(quote);
        assertThat(match.exact()).isTrue();
    }

    @Test
    void a_long_quote_edited_in_its_middle_is_found_and_covers_the_edit() {
        TextAnchor anchor = anchorOn(ANSWER,
                "I checked the potassium before starting insulin and called my senior when the gap did not close.");
        String revised = "Background first. " + ANSWER.replace("before starting insulin", "before I started an insulin drip");

        assertThat(located(anchor, revised))
                .contains("I checked the potassium before I started an insulin drip and called my senior when the gap did not close.");
    }

    @Test
    void a_long_quote_edited_at_both_ends_is_found() {
        TextAnchor anchor = anchorOn(ANSWER,
                "I checked the potassium before starting insulin and called my senior when the gap did not close.");
        String revised = ANSWER.replace("I checked the potassium", "I rechecked the potassium")
                .replace("did not close.", "stayed open.");

        assertThat(located(anchor, revised))
                .contains("I rechecked the potassium before starting insulin and called my senior when the gap stayed open.");
    }

    @Test
    void a_deleted_quote_is_not_found() {
        TextAnchor anchor = anchorOn(ANSWER, "I checked the potassium before starting insulin and ");
        String revised = ANSWER.replace("I checked the potassium before starting insulin and ", "I ");

        assertThat(matcher.locate(anchor, revised)).isEmpty();
    }

    @Test
    void a_heavy_rewrite_of_the_whole_text_loses_the_passage() {
        TextAnchor anchor = anchorOn(ANSWER, "called my senior when the gap did not close");
        String rewritten = "Teamwork matters to me. On my pediatrics block a family was frightened by a diagnosis, "
                + "so I sat with them after rounds, drew the heart on a napkin and answered every question.";

        assertThat(matcher.locate(anchor, rewritten)).isEmpty();
    }

    @Test
    void an_emptied_text_loses_the_passage() {
        TextAnchor anchor = anchorOn(ANSWER, "called my senior");

        assertThat(matcher.locate(anchor, "")).isEmpty();
    }

    // --- whitespace ----------------------------------------------------------------------------------

    @Test
    void double_spaces_inside_the_quote_still_find_it() {
        TextAnchor anchor = anchorOn(ANSWER, "checked the potassium before starting insulin");
        String revised = ANSWER.replace("the potassium before", "the  potassium   before");

        Match match = matcher.locate(anchor, revised).orElseThrow();

        assertThat(passage(revised, match)).isEqualTo("checked the  potassium   before starting insulin");
        assertThat(match.exact()).isFalse();
    }

    @Test
    void a_line_break_inserted_inside_the_quote_still_finds_it() {
        TextAnchor anchor = anchorOn(ANSWER, "diabetic ketoacidosis. I checked the potassium");
        String revised = ANSWER.replace("ketoacidosis. I checked", "ketoacidosis.\n\nI checked");

        assertThat(located(anchor, revised)).contains("diabetic ketoacidosis.\n\nI checked the potassium");
    }

    @Test
    void a_line_break_and_an_edit_together_still_find_it() {
        TextAnchor anchor = anchorOn(ANSWER, "diabetic ketoacidosis. I checked the potassium");
        String revised = ANSWER.replace("ketoacidosis. I checked", "ketoacidosis.\n\n  I first checked");

        assertThat(located(anchor, revised)).contains("diabetic ketoacidosis.\n\n  I first checked the potassium");
    }

    @Test
    void whitespace_around_the_quote_does_not_matter() {
        TextAnchor anchor = anchorOn(ANSWER, "called my senior");
        String revised = ANSWER.replace(" called my senior ", "\n   called my senior\n");

        assertThat(located(anchor, revised)).contains("called my senior");
    }

    // --- other scripts ---------------------------------------------------------------------------------

    @Test
    void a_devanagari_passage_is_found_after_text_is_inserted_and_a_word_changed() {
        String text = "मैंने मरीज़ से धैर्यपूर्वक बात की और उनके परिवार को पूरी योजना समझाई।";
        TextAnchor anchor = anchorOn(text, "उनके परिवार को पूरी योजना समझाई");
        String revised = "रात की पाली में, " + text.replace("पूरी योजना", "पूरी उपचार योजना");

        assertThat(located(anchor, revised)).contains("उनके परिवार को पूरी उपचार योजना समझाई");
    }

    @Test
    void an_arabic_passage_is_found_after_its_line_is_rewrapped() {
        String text = "تعلمت أن أطلب المساعدة مبكرا عندما لا يتحسن المريض.";
        TextAnchor anchor = anchorOn(text, "أطلب المساعدة مبكرا");
        String revised = text.replace("المساعدة مبكرا", "المساعدة\nمبكرا");

        assertThat(located(anchor, revised)).contains("أطلب المساعدة\nمبكرا");
    }

    @Test
    void a_passage_with_emoji_is_found_and_never_splits_one() {
        String text = "My mentor said 👍 great start 🎉 but tighten the ending 🙏 please.";
        TextAnchor anchor = anchorOn(text, "🎉 but tighten the ending 🙏");
        String revised = "🩺 " + text.replace("tighten the", "shorten the");

        Match match = matcher.locate(anchor, revised).orElseThrow();

        assertThat(passage(revised, match)).isEqualTo("🎉 but shorten the ending 🙏");
        assertThat(Character.isLowSurrogate(revised.charAt(match.start()))).isFalse();
        assertThat(Character.isHighSurrogate(revised.charAt(match.end() - 1))).isFalse();
    }

    @Test
    void a_quote_of_only_an_emoji_is_found_whole_after_the_text_moves() {
        String text = "Strong opening 💪 and a clear close.";
        TextAnchor anchor = anchorOn(text, "💪");
        String revised = "Overall: " + text;

        assertThat(located(anchor, revised)).contains("💪");
    }

    // --- helpers -------------------------------------------------------------------------------------

    private static TextAnchor anchorOn(String text, String passage) {
        int start = text.indexOf(passage);
        assertThat(start).as("passage in the test text").isNotNegative();
        return TextAnchor.of(text, start, start + passage.length());
    }

    private Optional<String> located(TextAnchor anchor, String newText) {
        return matcher.locate(anchor, newText).map(match -> passage(newText, match));
    }

    private static String passage(String text, Match match) {
        return text.substring(match.start(), match.end());
    }
}
