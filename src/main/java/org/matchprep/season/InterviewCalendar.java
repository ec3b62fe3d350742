package org.matchprep.season;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.matchprep.season.domain.InterviewRepository;
import org.matchprep.season.domain.ProgramDossier;
import org.matchprep.season.domain.ProgramDossierRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An applicant's real interviews for their private calendar feed. The feed is read by a calendar app that
 * presents the feed's secret token, not by a signed-in user, so the caller has identified the applicant
 * already and no role check applies here.
 */
@Component
public class InterviewCalendar {

    private final InterviewRepository interviews;
    private final ProgramDossierRepository dossiers;

    InterviewCalendar(InterviewRepository interviews, ProgramDossierRepository dossiers) {
        this.interviews = interviews;
        this.dossiers = dossiers;
    }

    /** The applicant's interviews that are not withdrawn, earliest first. */
    @Transactional(readOnly = true)
    public List<InterviewEvent> eventsOf(long applicantId) {
        Map<Long, ProgramDossier> programs = dossiers.findByApplicantIdOrderByNameAsc(applicantId).stream()
                .collect(Collectors.toMap(ProgramDossier::getId, Function.identity()));
        return interviews.findByApplicantIdOrderByStartsAtAsc(applicantId).stream()
                .filter(interview -> interview.getStatus() != InterviewStatus.WITHDRAWN)
                .map(interview -> {
                    ProgramDossier program = programs.get(interview.getDossierId());
                    return new InterviewEvent(interview.getId(), program.getName(), program.location(),
                            interview.getStartsAt(), interview.getProgramZone(), interview.getPlatform(),
                            interview.getLink(), interview.getStatus(), interview.getVersion());
                }).toList();
    }
}
