package org.matchprep.e2e;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

class PrerequisitesTest {

    @Test
    void something_missing_fails_the_test_where_end_to_end_tests_are_required() {
        assertThatThrownBy(() -> Prerequisites.require(false, "The packaged jar target/x.jar is missing", true))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("The packaged jar target/x.jar is missing")
                .hasMessageContaining(Prerequisites.REQUIRED + "=true");
    }

    @Test
    void something_missing_skips_the_test_with_a_message_elsewhere() {
        assertThatThrownBy(() -> Prerequisites.require(false, "Chromium is missing", false))
                .isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("Chromium is missing");
    }

    @Test
    void nothing_missing_lets_the_test_run_either_way() {
        assertThatCode(() -> Prerequisites.require(true, "unused", true)).doesNotThrowAnyException();
        assertThatCode(() -> Prerequisites.require(true, "unused", false)).doesNotThrowAnyException();
    }
}
