package org.matchprep.season;

import java.time.Instant;

/** One program on the rank list, with the impressions of its (latest) interview. */
public record RankedProgram(int rank, long dossierId, String programName, String location, Instant interviewedAt,
                            Impressions impressions) {
}
