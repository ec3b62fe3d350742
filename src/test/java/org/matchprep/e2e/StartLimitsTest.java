package org.matchprep.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

class StartLimitsTest {

    @Test
    void without_settings_the_limits_are_generous() {
        StartLimits limits = StartLimits.fromSettings(name -> null);

        assertThat(limits.overall()).isEqualTo(Duration.ofMinutes(10));
        assertThat(limits.stall()).isEqualTo(Duration.ofMinutes(3));
    }

    @Test
    void a_setting_raises_a_limit_as_a_duration_or_in_seconds() {
        Map<String, String> settings = Map.of(StartLimits.START_TIMEOUT, "PT20M", StartLimits.STALL_TIMEOUT, "300");

        StartLimits limits = StartLimits.fromSettings(settings::get);

        assertThat(limits.overall()).isEqualTo(Duration.ofMinutes(20));
        assertThat(limits.stall()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void an_unreadable_setting_is_refused_with_its_name() {
        assertThatThrownBy(() -> StartLimits.fromSettings(Map.of(StartLimits.START_TIMEOUT, "ten minutes")::get))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(StartLimits.START_TIMEOUT);
    }

    @Test
    void each_setting_has_an_environment_variable_of_the_same_name() {
        assertThat(StartLimits.environmentName(StartLimits.START_TIMEOUT)).isEqualTo("MATCHPREP_E2E_START_TIMEOUT");
        assertThat(StartLimits.environmentName(StartLimits.STALL_TIMEOUT)).isEqualTo("MATCHPREP_E2E_STALL_TIMEOUT");
    }
}
