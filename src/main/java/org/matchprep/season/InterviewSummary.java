package org.matchprep.season;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * One interview as the tracker shows it. {@code impressionsOverdue}: it took place more than a day ago
 * and nothing was written about it yet.
 */
public record InterviewSummary(long id, long dossierId, String programName, String location, Instant startsAt,
                               ZoneId programZone, String platform, String link, String structure,
                               InterviewStatus status, Impressions impressions, Instant impressionsAt,
                               boolean impressionsOverdue, ChecklistProgress checklist, int questionsChosen,
                               long version) {

    public ZonedDateTime inProgramZone() {
        return startsAt.atZone(programZone);
    }

    public ZonedDateTime in(ZoneId zone) {
        return startsAt.atZone(zone);
    }
}
