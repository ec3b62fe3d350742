package org.matchprep.answers.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.matchprep.answers.AnswerStructure;

class UnsavedTextTest {

    @Test
    void what_the_browser_stored_is_read_with_its_version_and_time() {
        UnsavedText text = UnsavedText.parse("""
                {"parts":{"situation":"Night shift.","task":""},"version":3,"typedAt":1796029200000}""").orElseThrow();

        assertThat(text.parts()).containsEntry("situation", "Night shift.");
        assertThat(text.basedOnVersion()).isEqualTo(3);
        assertThat(text.typedAt()).isEqualTo(Instant.ofEpochMilli(1796029200000L));
    }

    @Test
    void nothing_stored_or_something_unreadable_is_no_unsaved_text() {
        assertThat(UnsavedText.parse(null)).isEmpty();
        assertThat(UnsavedText.parse("")).isEmpty();
        assertThat(UnsavedText.parse("{not json")).isEmpty();
        assertThat(UnsavedText.parse("{\"version\":3}")).isEmpty();
        assertThat(UnsavedText.parse("\"text\"")).isEmpty();
    }

    @Test
    void a_missing_part_counts_as_empty_when_compared_with_the_saved_text() {
        UnsavedText text = new UnsavedText(Map.of("situation", "Night shift."), 1, Instant.EPOCH);

        assertThat(text.sameAs(AnswerStructure.STAR, Map.of("situation", "Night shift.", "result", ""))).isTrue();
        assertThat(text.sameAs(AnswerStructure.STAR, Map.of("situation", "Night shift!"))).isFalse();
    }
}
