package org.matchprep.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class CriterionTest {

    @Test
    void the_rubric_scores_the_five_things_programs_look_for_besides_delivery() {
        assertThat(Criterion.of(Criterion.Group.PROGRAMS_LOOK_FOR)).extracting(Criterion::label).containsExactly(
                "Communication and teamwork", "Maturity and professionalism", "Understanding of radiology",
                "US clinical exposure and cultural fluency", "A realistic career plan");
        assertThat(Criterion.of(Criterion.Group.DELIVERY)).extracting(Criterion::label).containsExactly(
                "Structure", "Concision", "Pace", "Filler words", "Eye contact to the camera", "Posture and presence");
        assertThat(Criterion.current()).hasSize(11).allMatch(Criterion::isCurrent)
                .doesNotContain(Criterion.SPECIFICITY, Criterion.IMG_QUESTIONS);
    }

    @Test
    void every_level_of_every_current_criterion_is_described_in_its_own_sentence() {
        for (Criterion criterion : Criterion.current()) {
            assertThat(criterion.meaning()).as(criterion.name()).isNotBlank().endsWith(".");
            assertThat(IntStream.rangeClosed(1, 5).mapToObj(criterion::level).toList()).as(criterion.name())
                    .allSatisfy(level -> assertThat(level).isNotBlank().endsWith("."))
                    .doesNotHaveDuplicates();
        }
        assertThatThrownBy(() -> Criterion.PACE.level(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Criterion.PACE.level(6)).isInstanceOf(IllegalArgumentException.class);
    }
}
