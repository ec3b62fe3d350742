package org.matchprep.answers.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RevisionTest {

    private static final Instant START = Instant.parse("2026-03-01T09:00:00Z");

    @Test
    void a_save_within_five_minutes_of_the_last_save_folds() {
        Revision revision = fresh();

        assertThat(revision.canFold(START.plusSeconds(1))).isTrue();
        assertThat(revision.canFold(START.plus(Duration.ofMinutes(4).plusSeconds(59)))).isTrue();
        assertThat(revision.canFold(START.plus(Revision.BURST_GAP))).isTrue();
    }

    @Test
    void a_save_more_than_five_minutes_after_the_last_save_does_not_fold() {
        Revision revision = fresh();

        assertThat(revision.canFold(START.plus(Revision.BURST_GAP).plusSeconds(1))).isFalse();
        assertThat(revision.canFold(START.plus(Duration.ofMinutes(6)))).isFalse();
    }

    @Test
    void the_gap_is_measured_from_the_last_save_not_from_the_start() {
        Revision revision = fresh();
        revision.fold(parts("second"), START.plus(Duration.ofMinutes(4)));

        assertThat(revision.canFold(START.plus(Duration.ofMinutes(8)))).isTrue();
        assertThat(revision.canFold(START.plus(Duration.ofMinutes(9).plusSeconds(1)))).isFalse();
    }

    @Test
    void small_gaps_do_not_keep_a_revision_open_beyond_thirty_minutes() {
        Revision revision = fresh();
        for (int minute = 4; minute <= 28; minute += 4) {
            Instant at = START.plus(Duration.ofMinutes(minute));
            assertThat(revision.canFold(at)).as("minute %d", minute).isTrue();
            revision.fold(parts("edit at minute " + minute), at);
        }

        assertThat(revision.canFold(START.plus(Revision.BURST_MAX))).as("thirty minutes exactly").isTrue();
        assertThat(revision.canFold(START.plus(Revision.BURST_MAX).plusSeconds(1))).isFalse();
        assertThat(revision.canFold(START.plus(Duration.ofMinutes(32)))).as("four minutes after the last save").isFalse();
    }

    @Test
    void folding_into_a_closed_revision_is_refused_and_keeps_its_text() {
        Revision revision = fresh();

        assertThatThrownBy(() -> revision.fold(parts("too late"), START.plus(Duration.ofMinutes(6))))
                .isInstanceOf(IllegalStateException.class);
        assertThat(revision.getParts()).isEqualTo(parts("first draft"));
        assertThat(revision.getSavedAt()).isEqualTo(START);
    }

    @Test
    void a_restored_revision_never_folds() {
        Revision restored = new Revision(7L, 3, parts("old text"), START, 1);

        assertThat(restored.canFold(START)).isFalse();
        assertThat(restored.canFold(START.plusSeconds(1))).isFalse();
        assertThatThrownBy(() -> restored.fold(parts("new text"), START.plusSeconds(1)))
                .isInstanceOf(IllegalStateException.class);
        assertThat(restored.getParts()).isEqualTo(parts("old text"));
    }

    @Test
    void folding_replaces_the_text_and_moves_the_last_save() {
        Revision revision = fresh();
        Instant later = START.plus(Duration.ofMinutes(3));

        revision.fold(parts("a longer second draft now"), later);

        assertThat(revision.getParts()).isEqualTo(parts("a longer second draft now"));
        assertThat(revision.getSavedAt()).isEqualTo(later);
        assertThat(revision.getNumber()).isEqualTo(1);
    }

    @Test
    void a_revision_keeps_its_own_copy_of_the_parts() {
        Map<String, String> parts = new java.util.HashMap<>(parts("original"));
        Revision revision = new Revision(7L, 1, parts, START, null);

        parts.put("answer", "changed afterwards");

        assertThat(revision.getParts()).containsEntry("answer", "original");
    }

    private static Revision fresh() {
        return new Revision(7L, 1, parts("first draft"), START, null);
    }

    private static Map<String, String> parts(String answer) {
        return Map.of("answer", answer);
    }
}
