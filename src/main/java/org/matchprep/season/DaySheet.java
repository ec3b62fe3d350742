package org.matchprep.season;

import java.time.ZoneId;
import java.util.List;

/**
 * Everything the applicant wants in front of them on an interview day. {@code whyThisProgram} is their
 * "Why our program?" narrative from the answers workspace, empty when not written yet.
 */
public record DaySheet(InterviewSummary interview, DossierDetails dossier, List<AskQuestion> questions,
                       List<ChecklistItem> checklist, String whyThisProgram, ZoneId applicantZone) {
}
