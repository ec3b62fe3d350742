package org.matchprep.mock;

import java.time.LocalDate;

public record DayOffSummary(long id, LocalDate day) {
}
