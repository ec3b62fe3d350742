package org.matchprep.season;

import java.time.LocalDateTime;

/**
 * An interview as the applicant enters it: the wall-clock start in the program's time zone (as the
 * invitation states it), that zone's IANA name, and how it takes place.
 */
public record InterviewPlan(long dossierId, LocalDateTime localStart, String programZone, String platform,
                            String link, String structure, InterviewStatus status) {
}
