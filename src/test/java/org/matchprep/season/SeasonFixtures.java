package org.matchprep.season;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Ready-made inputs for interview-season tests. */
public final class SeasonFixtures {

    private SeasonFixtures() {
    }

    public static DossierDetails dossier(String name) {
        return new DossierDetails(name, "Cleveland", "OH", ProgramType.ACADEMIC, "8 residents a year",
                "Neuroradiology, IR", "Volume and breadth", "Dr. Lee (AI in chest imaging)", "Photon-counting CT",
                "Daily read-outs, noon conference",
                List.of(new ImgEvidence("3 of 8 current residents are IMGs", "https://example.org/residents")),
                List.of("Their AI lab matches my research", "Strong IMG community"));
    }

    /** An interview at {@code start} (whole minutes), entered in a program zone other than the test accounts' own. */
    public static InterviewPlan at(long dossierId, Instant start, InterviewStatus status) {
        ZoneId zone = ZoneId.of("America/Denver");
        return new InterviewPlan(dossierId, LocalDateTime.ofInstant(start.truncatedTo(ChronoUnit.MINUTES), zone),
                zone.getId(), "Zoom", "", "", status);
    }
}
