package org.matchprep.answers.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.matchprep.answers.AnswerStructure;
import org.matchprep.answers.InvalidAnswerException;

class AnswerTest {

    private static final Instant CREATED = Instant.parse("2026-03-01T09:00:00Z");
    private static final Instant LATER = CREATED.plusSeconds(60);

    @Test
    void a_revised_answer_has_every_part_of_its_structure_in_order() {
        Answer answer = fresh();

        answer.revise(AnswerStructure.STAR, Map.of("action", "I called the team", "situation", "On my elective"), LATER);

        assertThat(answer.getParts()).containsOnlyKeys("situation", "task", "action", "result")
                .containsEntry("situation", "On my elective")
                .containsEntry("task", "")
                .containsEntry("action", "I called the team")
                .containsEntry("result", "");
        assertThat(Answer.normalised(AnswerStructure.STAR, Map.of())).containsOnlyKeys("situation", "task", "action", "result");
        assertThat(Answer.normalised(AnswerStructure.STAR, Map.of()).keySet())
                .containsExactly("situation", "task", "action", "result");
        assertThat(answer.getUpdatedAt()).isEqualTo(LATER);
    }

    @Test
    void the_word_count_adds_up_the_words_of_all_parts() {
        Answer answer = fresh();

        answer.revise(AnswerStructure.STAR, Map.of("situation", "On my radiology elective,", "action", "I called the team."),
                LATER);

        assertThat(answer.getWordCount()).isEqualTo(8);
    }

    @Test
    void a_missing_part_text_counts_as_empty() {
        Map<String, String> parts = new HashMap<>();
        parts.put("answer", null);
        Answer answer = fresh();

        answer.revise(AnswerStructure.FREE_TEXT, parts, LATER);

        assertThat(answer.getParts()).containsEntry("answer", "");
        assertThat(answer.getWordCount()).isZero();
    }

    @Test
    void a_part_at_the_limit_is_accepted() {
        Answer answer = fresh();

        answer.revise(AnswerStructure.FREE_TEXT, Map.of("answer", "a".repeat(Answer.PART_MAX_LENGTH)), LATER);

        assertThat(answer.getParts().get("answer")).hasSize(Answer.PART_MAX_LENGTH);
    }

    @Test
    void a_part_over_the_limit_is_refused_and_the_answer_keeps_its_text() {
        Answer answer = written("The text I had before.");

        assertThatThrownBy(() -> answer.revise(AnswerStructure.FREE_TEXT,
                Map.of("answer", "a".repeat(Answer.PART_MAX_LENGTH + 1)), LATER.plusSeconds(60)))
                .isInstanceOf(InvalidAnswerException.class)
                .hasMessageContaining(String.valueOf(Answer.PART_MAX_LENGTH))
                .satisfies(refused -> assertThat(((InvalidAnswerException) refused).fields()).containsExactly("parts[answer]"));

        assertThat(answer.getParts()).containsEntry("answer", "The text I had before.");
        assertThat(answer.getWordCount()).isEqualTo(5);
        assertThat(answer.getUpdatedAt()).isEqualTo(LATER);
    }

    @Test
    void a_whole_answer_at_the_total_limit_is_accepted() {
        Answer answer = fresh();
        String full = "a".repeat(Answer.PART_MAX_LENGTH);
        String rest = "a".repeat(Answer.TOTAL_MAX_LENGTH - 2 * Answer.PART_MAX_LENGTH);

        answer.revise(AnswerStructure.STAR, Map.of("situation", full, "action", full, "result", rest), LATER);

        assertThat(answer.getParts().values().stream().mapToInt(String::length).sum()).isEqualTo(Answer.TOTAL_MAX_LENGTH);
    }

    @Test
    void a_whole_answer_over_the_total_limit_is_refused_even_when_every_part_fits() {
        Answer answer = fresh();
        answer.revise(AnswerStructure.STAR, Map.of("situation", "Short and kept."), LATER);
        String part = "a".repeat(Answer.PART_MAX_LENGTH);
        String rest = "a".repeat(Answer.TOTAL_MAX_LENGTH - 2 * Answer.PART_MAX_LENGTH + 1);
        Map<String, String> parts = Map.of("situation", part, "action", part, "result", rest);

        assertThatThrownBy(() -> answer.revise(AnswerStructure.STAR, parts, LATER.plusSeconds(60)))
                .isInstanceOf(InvalidAnswerException.class)
                .hasMessageContaining(String.valueOf(Answer.TOTAL_MAX_LENGTH));
        assertThatThrownBy(() -> Answer.normalised(AnswerStructure.STAR, parts)).isInstanceOf(InvalidAnswerException.class);

        assertThat(answer.getParts()).containsEntry("situation", "Short and kept.").containsEntry("action", "");
        assertThat(answer.getWordCount()).isEqualTo(3);
    }

    @Test
    void a_part_the_structure_does_not_have_is_refused() {
        Answer answer = written("Kept as it was.");

        assertThatThrownBy(() -> answer.revise(AnswerStructure.FREE_TEXT, Map.of("answer", "new", "postscript", "x"), LATER))
                .isInstanceOf(InvalidAnswerException.class)
                .hasMessageContaining("postscript");
        assertThatThrownBy(() -> answer.revise(AnswerStructure.IMG_PATTERN, Map.of("result", "a STAR part"), LATER))
                .isInstanceOf(InvalidAnswerException.class)
                .hasMessageContaining("result");

        assertThat(answer.getParts()).isEqualTo(Map.of("answer", "Kept as it was."));
    }

    @Test
    void links_to_experiences_are_a_set() {
        Answer answer = fresh();

        answer.link(4L);
        answer.link(4L);
        answer.link(9L);
        answer.unlink(9L);
        answer.unlink(123L);

        assertThat(answer.getExperienceIds()).containsExactly(4L);
    }

    @Test
    void an_answer_belongs_to_its_applicant_only() {
        Answer answer = fresh();

        assertThat(answer.isOwnedBy(11L)).isTrue();
        assertThat(answer.isOwnedBy(12L)).isFalse();
    }

    private static Answer fresh() {
        return new Answer(11L, 22L, CREATED);
    }

    private static Answer written(String text) {
        Answer answer = fresh();
        answer.revise(AnswerStructure.FREE_TEXT, Map.of("answer", text), LATER);
        return answer;
    }
}
