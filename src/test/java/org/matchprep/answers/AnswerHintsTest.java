package org.matchprep.answers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.matchprep.answers.AnswerHints.Phrase;
import org.matchprep.answers.AnswerHints.PhraseKind;

class AnswerHintsTest {

    private final AnswerHints hints = AnswerHints.standard();

    // --- clichés -----------------------------------------------------------------------------------

    @Test
    void a_cliche_on_its_own_is_flagged() {
        List<Hint> found = review("I chose radiology because I like puzzles.", false);

        assertThat(ofKind(found, Hint.Kind.CLICHE)).singleElement().satisfies(hint -> {
            assertThat(hint.message()).contains("I like puzzles");
            assertThat(hint.why()).isNotBlank();
        });
    }

    @Test
    void a_cliche_is_found_whatever_the_letter_case() {
        assertThat(ofKind(review("Honestly, i LIKE Puzzles.", false), Hint.Kind.CLICHE)).hasSize(1);
    }

    @Test
    void a_cliche_followed_by_a_concrete_example_in_the_same_sentence_is_not_flagged() {
        List<Hint> found = review("I like puzzles, for example a CT angiogram that showed a dissection nobody expected.", false);

        assertThat(ofKind(found, Hint.Kind.CLICHE)).isEmpty();
    }

    @Test
    void a_concrete_example_only_in_the_next_sentence_does_not_save_the_cliche() {
        List<Hint> found = review("I like puzzles. For example, a CT angiogram showed a dissection.", false);

        assertThat(ofKind(found, Hint.Kind.CLICHE)).hasSize(1);
    }

    @Test
    void a_linked_experience_counts_as_the_concrete_example() {
        List<Hint> found = review("I chose radiology because I like puzzles.", true);

        assertThat(ofKind(found, Hint.Kind.CLICHE)).isEmpty();
    }

    @Test
    void a_cliche_in_any_part_of_the_answer_is_flagged() {
        List<Hint> found = hints.review(AnswerStructure.STAR,
                Map.of("situation", "On my elective.", "action", "As a team player I stayed late."), false);

        assertThat(ofKind(found, Hint.Kind.CLICHE)).extracting(Hint::message).anyMatch(m -> m.contains("team player"));
    }

    // --- fillers -----------------------------------------------------------------------------------

    @Test
    void fillers_are_counted() {
        List<Hint> found = review("So um I think, um, radiology fits me.", false);

        assertThat(ofKind(found, Hint.Kind.FILLER)).singleElement()
                .extracting(Hint::message).isEqualTo("\"um\" appears 2 times.");
    }

    @Test
    void a_single_filler_appears_once() {
        List<Hint> found = review("It was basically a normal scan.", false);

        assertThat(ofKind(found, Hint.Kind.FILLER)).singleElement()
                .extracting(Hint::message).isEqualTo("\"basically\" appears once.");
    }

    @Test
    void a_filler_inside_another_word_is_not_counted() {
        List<Hint> found = review("My umbrella summary was thorough, rather verbose.", false);

        assertThat(ofKind(found, Hint.Kind.FILLER)).isEmpty();
    }

    // --- STAR results ------------------------------------------------------------------------------

    @Test
    void a_star_answer_with_a_situation_and_no_result_misses_its_result() {
        List<Hint> found = hints.review(AnswerStructure.STAR,
                Map.of("situation", "During my night shift a trauma patient arrived.", "result", "   "), false);

        assertThat(ofKind(found, Hint.Kind.MISSING_RESULT)).hasSize(1);
    }

    @Test
    void a_star_answer_with_a_result_does_not_miss_it() {
        List<Hint> found = hints.review(AnswerStructure.STAR,
                Map.of("situation", "During my night shift a trauma patient arrived.",
                        "result", "The bleed was found within an hour."), false);

        assertThat(ofKind(found, Hint.Kind.MISSING_RESULT)).isEmpty();
    }

    @Test
    void an_empty_star_answer_gets_no_hints() {
        assertThat(hints.review(AnswerStructure.STAR, Map.of("situation", "", "result", ""), false)).isEmpty();
    }

    @Test
    void only_star_answers_need_a_result() {
        List<Hint> found = hints.review(AnswerStructure.FREE_TEXT, Map.of("answer", "A plain answer."), false);

        assertThat(ofKind(found, Hint.Kind.MISSING_RESULT)).isEmpty();
    }

    // --- apologies ---------------------------------------------------------------------------------

    @Test
    void an_apology_in_an_img_answer_without_evidence_is_flagged() {
        List<Hint> found = hints.review(AnswerStructure.IMG_PATTERN,
                Map.of("reason", "Unfortunately I could not get a place at home.", "evidence", ""), false);

        assertThat(ofKind(found, Hint.Kind.APOLOGY_WITHOUT_EVIDENCE)).singleElement()
                .extracting(Hint::message).asString().contains("unfortunately");
    }

    @Test
    void an_apology_followed_by_evidence_is_not_flagged() {
        List<Hint> found = hints.review(AnswerStructure.IMG_PATTERN,
                Map.of("reason", "Unfortunately I could not get a place at home.",
                        "evidence", "I did two US radiology rotations with strong letters."), false);

        assertThat(ofKind(found, Hint.Kind.APOLOGY_WITHOUT_EVIDENCE)).isEmpty();
    }

    @Test
    void a_red_flag_answer_needs_what_changed_after_an_apology() {
        Map<String, String> withoutChange = Map.of("fact", "I'm sorry, I failed Step 1 once.", "change", "");
        Map<String, String> withChange = Map.of("fact", "I'm sorry, I failed Step 1 once.",
                "change", "I rebuilt my study plan around daily question blocks.");

        assertThat(ofKind(hints.review(AnswerStructure.RED_FLAG_PATTERN, withoutChange, false),
                Hint.Kind.APOLOGY_WITHOUT_EVIDENCE)).hasSize(1);
        assertThat(ofKind(hints.review(AnswerStructure.RED_FLAG_PATTERN, withChange, false),
                Hint.Kind.APOLOGY_WITHOUT_EVIDENCE)).isEmpty();
    }

    @Test
    void apologies_are_only_checked_where_the_structure_has_an_evidence_part() {
        List<Hint> found = review("Unfortunately the scanner was down.", false);

        assertThat(ofKind(found, Hint.Kind.APOLOGY_WITHOUT_EVIDENCE)).isEmpty();
    }

    // --- the catalogue -----------------------------------------------------------------------------

    @Test
    void the_hint_catalogue_parses_and_has_enough_phrases_of_each_kind() {
        List<Phrase> phrases = AnswerHints.load("/answers/hints.tsv");

        assertThat(phrases.stream().filter(p -> p.kind() == PhraseKind.CLICHE)).hasSizeGreaterThanOrEqualTo(15);
        assertThat(phrases.stream().filter(p -> p.kind() == PhraseKind.FILLER)).hasSizeGreaterThanOrEqualTo(10);
        assertThat(phrases.stream().filter(p -> p.kind() == PhraseKind.APOLOGY)).hasSizeGreaterThanOrEqualTo(10);
        assertThat(phrases).allSatisfy(phrase -> {
            assertThat(phrase.text()).isNotBlank();
            assertThat(phrase.why()).isNotBlank();
        });
        assertThat(phrases).extracting(Phrase::text).doesNotHaveDuplicates();
    }

    @Test
    void a_catalogue_line_without_three_columns_is_refused() {
        assertThatThrownBy(() -> AnswerHints.parse("CLICHE\tno reason given")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> AnswerHints.parse("NONSENSE\tphrase\twhy")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_missing_catalogue_is_reported() {
        assertThatThrownBy(() -> AnswerHints.load("/answers/no-such-file.tsv")).isInstanceOf(IllegalStateException.class);
    }

    // --- helpers -----------------------------------------------------------------------------------

    private List<Hint> review(String text, boolean hasLinkedExperience) {
        return hints.review(AnswerStructure.FREE_TEXT, Map.of("answer", text), hasLinkedExperience);
    }

    private static List<Hint> ofKind(List<Hint> hints, Hint.Kind kind) {
        return hints.stream().filter(hint -> hint.kind() == kind).toList();
    }
}
