package org.matchprep.season;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class InterviewFormatTest {

    @ParameterizedTest
    @ValueSource(strings = {"In person", "in-person", "IN PERSON", "On site", "onsite"})
    void the_in_person_platform_in_any_spelling_is_in_person(String platform) {
        assertThat(InterviewFormat.of(platform)).isEqualTo(InterviewFormat.IN_PERSON);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"Zoom", "Thalamus", "Microsoft Teams", "Webex", "Person-to-person video"})
    void every_other_platform_or_none_is_virtual(String platform) {
        assertThat(InterviewFormat.of(platform)).isEqualTo(InterviewFormat.VIRTUAL);
    }
}
