package org.matchprep.season;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.matchprep.review.ReviewSubject;
import org.matchprep.review.ReviewSubject.Part;
import org.matchprep.review.ReviewableKind;
import org.matchprep.season.domain.Interview;
import org.matchprep.season.domain.InterviewPerson;
import org.matchprep.season.domain.InterviewPersonRepository;
import org.matchprep.season.domain.InterviewRepository;
import org.matchprep.season.domain.ProgramDossier;
import org.matchprep.season.domain.ProgramDossierRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The thank-you notes of one interview as a shareable item (its id is the interview's): one part per
 * person met, in the applicant's order, holding the note as drafted, so a mentor comments on a passage as
 * on an answer. People without a note yet are left out. No revisions: threads are found again in the
 * current text. The review feature decides access before it asks.
 */
@Component
class ThankYouNoteReviews implements ReviewableKind {

    static final String TYPE = "thank-you-notes";

    private final InterviewRepository interviews;
    private final InterviewPersonRepository people;
    private final ProgramDossierRepository dossiers;

    ThankYouNoteReviews(InterviewRepository interviews, InterviewPersonRepository people,
                        ProgramDossierRepository dossiers) {
        this.interviews = interviews;
        this.people = people;
        this.dossiers = dossiers;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String noun() {
        return "set of thank-you notes"; // "this thank-you notes" would not read
    }

    /** Three queries whatever the number: the interviews, their people, their programs. */
    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public List<ReviewSubject> load(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Interview> found = interviews.findAllById(ids);
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, List<InterviewPerson>> peopleByInterview = people
                .findByInterviewIdInOrderByInterviewIdAscPositionAsc(found.stream().map(Interview::getId).toList()).stream()
                .collect(Collectors.groupingBy(InterviewPerson::getInterviewId));
        Map<Long, String> programs = dossiers.findAllById(found.stream().map(Interview::getDossierId).toList()).stream()
                .collect(Collectors.toMap(ProgramDossier::getId, ProgramDossier::getName));
        return found.stream().map(interview -> subject(interview, programs.getOrDefault(interview.getDossierId(), ""),
                peopleByInterview.getOrDefault(interview.getId(), List.of()))).toList();
    }

    private static ReviewSubject subject(Interview interview, String program, List<InterviewPerson> met) {
        List<Part> parts = new ArrayList<>();
        Instant updated = interview.getStartsAt();
        int position = 0;
        for (InterviewPerson person : met) {
            ThankYouNote note = person.toNote();
            position++;
            if (person.getUpdatedAt().isAfter(updated)) {
                updated = person.getUpdatedAt();
            }
            if (!note.note().isBlank()) {
                parts.add(new Part("person-" + note.id(), position + ". To " + note.nameAndRole(), note.note()));
            }
        }
        return new ReviewSubject(interview.getId(), interview.getApplicantId(), "Thank-you notes: " + program,
                "Thank-you notes", updated, parts, null, "interviews/" + interview.getId());
    }
}
