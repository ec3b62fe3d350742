package org.matchprep.answers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TimingNoteTest {

    @Test
    void the_note_says_the_default_pace_is_a_default_and_can_be_changed() {
        assertThat(TimingNote.forStructure(AnswerStructure.STAR, SpeakingTime.DEFAULT_WORDS_PER_MINUTE))
                .contains("150 words a minute, the default", "set that as your own pace");
    }

    @Test
    void a_changed_pace_is_named_as_the_applicants_own_beside_the_default() {
        assertThat(TimingNote.forStructure(AnswerStructure.STAR, 130))
                .contains("your pace of 130 words a minute", "the default is 150");
    }

    @Test
    void other_answers_say_where_the_two_minute_flag_comes_from() {
        assertThat(TimingNote.forStructure(AnswerStructure.FREE_TEXT, 150))
                .contains("past 2 minutes are flagged", "1-2 minutes advised for \"Tell me about yourself\"", "rule of thumb");
    }

    @Test
    void the_narrative_explains_its_60_to_90_seconds_beside_the_guides_1_to_2_minutes() {
        assertThat(TimingNote.forStructure(AnswerStructure.NARRATIVE, 150))
                .contains("1-2 minutes in all", "60-90 seconds", "leaves room within 2 minutes")
                .doesNotContain("flagged");
    }
}
