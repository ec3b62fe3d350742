package org.matchprep.season;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Each rule for letters fires on the sentence it is about, and stays quiet on ordinary ones. */
class LetterRuleTest {

    static List<LetterRule> rules(LetterKind kind, String body) {
        return LetterRule.check(kind, body, List.of()).stream().map(LetterWarning::rule).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"I will rank you first.", "I plan to rank your program highly.", "You are my #1 program.",
            "Bayview is my top choice.", "You remain my first choice.", "I am going to rank Bayview at the top.",
            "I would rank your program first without hesitation."})
    void an_update_letter_that_promises_a_ranking_is_warned_about(String sentence) {
        assertThat(rules(LetterKind.UPDATE, "Dear Dr. Marsh, " + sentence))
                .containsExactly(LetterRule.NO_RANKING_PROMISE_IN_AN_UPDATE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"I will rank you first.", "Bayview is my top choice.", "You are my #1 program."})
    void a_letter_of_intent_may_say_the_program_comes_first(String sentence) {
        assertThat(rules(LetterKind.INTENT, sentence)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Where do I stand on your list?", "Will you rank me?", "Please let me know if I will match.",
            "How highly will you rank me?", "Am I ranked to match?", "Could I match at Bayview?",
            "What are my chances of matching?"})
    void any_letter_that_asks_for_a_commitment_is_warned_about(String sentence) {
        assertThat(rules(LetterKind.UPDATE, sentence)).contains(LetterRule.NO_ASKING_FOR_A_COMMITMENT);
        assertThat(rules(LetterKind.INTENT, sentence)).containsExactly(LetterRule.NO_ASKING_FOR_A_COMMITMENT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Since my interview, my abstract on chest CT triage was accepted at RSNA.",
            "I remain very interested in Bayview and its one-to-one read-outs.",
            "My first case at the tumour board taught me to listen.",
            "I passed Step 2 CK with a score of 251.",
            "I look forward to the Match and hope to train in radiology.",
            "Please let me know if you need any further documents."})
    void ordinary_sentences_raise_no_warning(String sentence) {
        assertThat(rules(LetterKind.UPDATE, sentence)).isEmpty();
        assertThat(rules(LetterKind.INTENT, sentence)).isEmpty();
    }

    @Test
    void a_letter_of_intent_while_another_program_has_one_is_warned_about_naming_it() {
        List<LetterWarning> warnings = LetterRule.check(LetterKind.INTENT, "I will rank you first.", List.of("Mayo"));

        assertThat(warnings).singleElement().satisfies(warning -> {
            assertThat(warning.rule()).isEqualTo(LetterRule.ONE_LETTER_OF_INTENT);
            assertThat(warning.message()).endsWith("You also have one for Mayo.");
        });
        assertThat(LetterRule.check(LetterKind.UPDATE, "News since we met.", List.of("Mayo"))).isEmpty();
    }

    @Test
    void every_rule_says_why() {
        for (LetterRule rule : LetterRule.values()) {
            assertThat(rule.rule()).isNotBlank();
            assertThat(rule.reason()).isNotBlank().isNotEqualTo(rule.rule());
        }
    }
}
