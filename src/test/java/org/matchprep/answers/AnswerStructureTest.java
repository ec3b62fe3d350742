package org.matchprep.answers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AnswerStructureTest {

    @Test
    void the_narrative_covers_background_with_college_why_medicine_why_abroad_and_how_it_shaped_you_why_radiology_and_goals() {
        assertThat(keys(AnswerStructure.NARRATIVE))
                .containsExactly("background", "why_medicine", "why_abroad", "why_radiology", "goals");
        assertThat(AnswerStructure.NARRATIVE.parts().get(0).guide()).contains("college");
        assertThat(AnswerStructure.NARRATIVE.parts().get(2).guide()).contains("shaped");
    }

    @Test
    void why_radiology_goes_from_a_moment_to_the_daily_work_and_a_direction() {
        assertThat(keys(AnswerStructure.WHY_RADIOLOGY)).containsExactly("moment", "what_you_did", "daily_work", "direction");
        assertThat(AnswerStructure.WHY_RADIOLOGY.parts().get(2).guide())
                .contains("pattern", "clinical data", "referring teams", "teaching", "conferences", "technology");
    }

    @Test
    void the_img_pattern_ends_by_pivoting_back_to_strengths() {
        assertThat(keys(AnswerStructure.IMG_PATTERN)).last().isEqualTo("pivot");
    }

    @Test
    void only_the_narrative_is_timed_against_60_to_90_seconds() {
        assertThat(AnswerStructure.values()).filteredOn(AnswerStructure::timedAsNarrative)
                .containsExactly(AnswerStructure.NARRATIVE);
    }

    @ParameterizedTest
    @EnumSource(AnswerStructure.class)
    void every_structure_has_a_worked_outline_that_walks_through_its_parts(AnswerStructure structure) {
        assertThat(structure.outline()).isNotBlank();
        if (structure != AnswerStructure.FREE_TEXT) {
            structure.parts().forEach(part -> assertThat(structure.outline()).contains(part.label() + ":"));
        }
    }

    private static List<String> keys(AnswerStructure structure) {
        return structure.parts().stream().map(AnswerStructure.Part::key).toList();
    }
}
