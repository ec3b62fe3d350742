package org.matchprep.review.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.matchprep.review.ReviewException;

class ThreadCommentTest {

    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

    @Test
    void a_comment_with_a_nul_character_is_refused_with_a_message() {
        assertThatThrownBy(() -> new ThreadComment(1, 2, "Tighten this\u0000 sentence.", NOW))
                .isInstanceOf(ReviewException.class)
                .hasMessageStartingWith("The comment contains an invisible control character (U+0000)");
    }

    @Test
    void an_edit_that_brings_a_control_character_is_refused_and_the_text_stays() {
        ThreadComment comment = new ThreadComment(1, 2, "Tighten this sentence.", NOW);

        assertThatThrownBy(() -> comment.edit("Tighten\u0007 this.", NOW.plusSeconds(60)))
                .isInstanceOf(ReviewException.class).hasMessageContaining("U+0007");
        assertThat(comment.getBody()).isEqualTo("Tighten this sentence.");
    }

    @Test
    void line_breaks_and_tabs_are_kept() {
        assertThat(ThreadComment.checked("First point.\r\n\tSecond point.")).isEqualTo("First point.\r\n\tSecond point.");
    }
}
