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
        List<Hint> found = review("I chose radiology because I like puzzles.");

        assertThat(ofKind(found, Hint.Kind.CLICHE)).singleElement().satisfies(hint -> {
            assertThat(hint.message()).contains("I like puzzles");
            assertThat(hint.why()).isNotBlank();
        });
    }

    @Test
    void a_cliche_is_found_whatever_the_letter_case() {
        assertThat(ofKind(review("Honestly, i LIKE Puzzles."), Hint.Kind.CLICHE)).hasSize(1);
    }

    @Test
    void a_cliche_followed_by_a_concrete_example_in_the_same_sentence_is_not_flagged() {
        List<Hint> found = review("I like puzzles, for example a CT angiogram that showed a dissection nobody expected.");

        assertThat(ofKind(found, Hint.Kind.CLICHE)).isEmpty();
    }

    @Test
    void a_concrete_example_later_in_the_same_part_answers_the_cliche() {
        List<Hint> found = review("I like puzzles. On my medicine rotation a CT angiogram showed a dissection.");

        assertThat(ofKind(found, Hint.Kind.CLICHE)).isEmpty();
    }

    @Test
    void a_concrete_example_in_another_part_does_not_answer_the_cliche() {
        List<Hint> found = hints.review(AnswerStructure.NARRATIVE, Map.of(
                "background", "I grew up in Ohio and studied biology at Kenyon.",
                "why_radiology", "I am passionate about radiology.",
                "goals", "I want to train where residents read 40 CTs a night with an attending beside them."));

        assertThat(ofKind(found, Hint.Kind.CLICHE)).extracting(Hint::message)
                .containsExactly("\"passionate about\" stands without a concrete example.");
    }

    @Test
    void a_cliche_counts_once_however_many_parts_repeat_it() {
        List<Hint> found = hints.review(AnswerStructure.STAR,
                Map.of("situation", "I was the team player.", "action", "Again a team player.", "result", "Done."));

        assertThat(ofKind(found, Hint.Kind.CLICHE)).hasSize(1);
    }

    @Test
    void a_cliche_in_any_part_of_the_answer_is_flagged() {
        List<Hint> found = hints.review(AnswerStructure.STAR,
                Map.of("situation", "On my elective.", "action", "As a team player I stayed late."));

        assertThat(ofKind(found, Hint.Kind.CLICHE)).extracting(Hint::message).anyMatch(m -> m.contains("team player"));
    }

    // --- radiology red flags -----------------------------------------------------------------------

    @Test
    void each_radiology_red_flag_is_flagged_with_the_reason_it_hurts() {
        assertThat(ofKind(review("The lifestyle drew me to radiology."), Hint.Kind.RED_FLAG)).singleElement()
                .satisfies(hint -> assertThat(hint.why()).contains("hours"));
        assertThat(ofKind(review("I want a field with no patient contact."), Hint.Kind.RED_FLAG)).singleElement()
                .satisfies(hint -> assertThat(hint.why()).contains("avoid patients"));
        assertThat(ofKind(review("AI will replace radiologists soon."), Hint.Kind.RED_FLAG)).singleElement()
                .satisfies(hint -> assertThat(hint.why()).contains("commitment"));
        assertThat(ofKind(review("I am a visual learner."), Hint.Kind.RED_FLAG)).singleElement()
                .satisfies(hint -> assertThat(hint.why()).contains("how you study"));
    }

    @Test
    void a_concrete_example_does_not_excuse_a_red_flag() {
        List<Hint> found = review("The lifestyle drew me, for example the 4 weeks of my radiology elective.");

        assertThat(ofKind(found, Hint.Kind.RED_FLAG)).hasSize(1);
    }

    @Test
    void a_red_flag_quoted_to_disagree_with_it_is_not_flagged() {
        assertThat(review("Some fear AI will replace radiologists, but I see it as a triage tool.")).isEmpty();
        assertThat(review("Radiology is described as having little patient contact, yet I met patients daily in IR."))
                .isEmpty();
    }

    @Test
    void lifestyle_in_its_clinical_sense_is_not_flagged() {
        assertThat(review("We counselled him on lifestyle changes after the calcium score came back.")).isEmpty();
        assertThat(review("Her sedentary lifestyle raised our suspicion of a PE.")).isEmpty();
    }

    // --- no fillers in typed text ------------------------------------------------------------------

    @Test
    void typed_text_gets_no_filler_hints_even_with_words_that_sound_like_them() {
        assertThat(review("On my ER rotation I would like to train, um, basically in what kind of imaging works.")).isEmpty();
    }

    // --- STAR results ------------------------------------------------------------------------------

    @Test
    void a_star_answer_with_a_situation_and_no_result_misses_its_result() {
        List<Hint> found = hints.review(AnswerStructure.STAR,
                Map.of("situation", "During my night shift a trauma patient arrived.", "result", "   "));

        assertThat(ofKind(found, Hint.Kind.MISSING_RESULT)).hasSize(1);
    }

    @Test
    void a_star_answer_with_a_result_does_not_miss_it() {
        List<Hint> found = hints.review(AnswerStructure.STAR,
                Map.of("situation", "During my night shift a trauma patient arrived.",
                        "result", "The bleed was found within an hour."));

        assertThat(ofKind(found, Hint.Kind.MISSING_RESULT)).isEmpty();
    }

    @Test
    void an_empty_star_answer_gets_no_hints() {
        assertThat(hints.review(AnswerStructure.STAR, Map.of("situation", "", "result", ""))).isEmpty();
    }

    @Test
    void only_star_answers_need_a_result() {
        List<Hint> found = hints.review(AnswerStructure.FREE_TEXT, Map.of("answer", "A plain answer."));

        assertThat(ofKind(found, Hint.Kind.MISSING_RESULT)).isEmpty();
    }

    // --- apologies ---------------------------------------------------------------------------------

    @Test
    void an_apology_in_an_img_answer_without_evidence_is_flagged() {
        List<Hint> found = hints.review(AnswerStructure.IMG_PATTERN,
                Map.of("reason", "Unfortunately I could not get a place at home.", "evidence", ""));

        assertThat(ofKind(found, Hint.Kind.APOLOGY_WITHOUT_EVIDENCE)).singleElement()
                .extracting(Hint::message).asString().contains("unfortunately");
    }

    @Test
    void an_apology_followed_by_evidence_is_not_flagged() {
        List<Hint> found = hints.review(AnswerStructure.IMG_PATTERN,
                Map.of("reason", "Unfortunately I could not get a place at home.",
                        "evidence", "I did two US radiology rotations with strong letters."));

        assertThat(ofKind(found, Hint.Kind.APOLOGY_WITHOUT_EVIDENCE)).isEmpty();
    }

    @Test
    void a_red_flag_answer_needs_what_changed_after_an_apology() {
        Map<String, String> withoutChange = Map.of("fact", "I'm sorry, I failed Step 1 once.", "change", "");
        Map<String, String> withChange = Map.of("fact", "I'm sorry, I failed Step 1 once.",
                "change", "I rebuilt my study plan around daily question blocks.");

        assertThat(ofKind(hints.review(AnswerStructure.RED_FLAG_PATTERN, withoutChange),
                Hint.Kind.APOLOGY_WITHOUT_EVIDENCE)).hasSize(1);
        assertThat(ofKind(hints.review(AnswerStructure.RED_FLAG_PATTERN, withChange),
                Hint.Kind.APOLOGY_WITHOUT_EVIDENCE)).isEmpty();
    }

    @Test
    void apologies_are_only_checked_where_the_structure_has_an_evidence_part() {
        List<Hint> found = review("Unfortunately the scanner was down.");

        assertThat(ofKind(found, Hint.Kind.APOLOGY_WITHOUT_EVIDENCE)).isEmpty();
    }

    // --- the catalogue -----------------------------------------------------------------------------

    @Test
    void the_hint_catalogue_parses_and_has_enough_phrases_of_each_kind() {
        List<Phrase> phrases = AnswerHints.load("/answers/hints.tsv");

        assertThat(phrases.stream().filter(p -> p.kind() == PhraseKind.CLICHE)).hasSizeGreaterThanOrEqualTo(15);
        assertThat(phrases.stream().filter(p -> p.kind() == PhraseKind.APOLOGY)).hasSizeGreaterThanOrEqualTo(10);
        assertThat(phrases.stream().filter(p -> p.kind() == PhraseKind.RED_FLAG)).extracting(Phrase::text)
                .contains("lifestyle", "no patient contact", "AI will replace radiologists", "visual learner");
        assertThat(phrases).allSatisfy(phrase -> {
            assertThat(phrase.text()).isNotBlank();
            assertThat(phrase.why()).isNotBlank();
        });
        assertThat(phrases).extracting(Phrase::text).doesNotHaveDuplicates();
    }

    @Test
    void a_catalogue_line_with_the_wrong_number_of_columns_or_kind_is_refused() {
        assertThatThrownBy(() -> AnswerHints.parse("CLICHE\tno reason given")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> AnswerHints.parse("CLICHE\ta\tb\tc\td")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> AnswerHints.parse("NONSENSE\tphrase\twhy")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AnswerHints.parse("FILLER\tum\twhy")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_missing_catalogue_is_reported() {
        assertThatThrownBy(() -> AnswerHints.load("/answers/no-such-file.tsv")).isInstanceOf(IllegalStateException.class);
    }

    // --- helpers -----------------------------------------------------------------------------------

    private List<Hint> review(String text) {
        return hints.review(AnswerStructure.FREE_TEXT, Map.of("answer", text));
    }

    private static List<Hint> ofKind(List<Hint> hints, Hint.Kind kind) {
        return hints.stream().filter(hint -> hint.kind() == kind).toList();
    }
}
