package org.matchprep.season;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.matchprep.review.ReviewSubject;
import org.matchprep.review.ReviewSubject.Part;
import org.matchprep.review.ReviewableKind;
import org.matchprep.season.domain.ProgramDossier;
import org.matchprep.season.domain.ProgramDossierRepository;
import org.matchprep.season.domain.ProgramLetter;
import org.matchprep.season.domain.ProgramLetterRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Letters to programs (update letters, letters of intent) as shareable items: one part, the letter's text.
 * No revisions: threads are found again in the current text. The review feature decides access first.
 */
@Component
class LetterReviews implements ReviewableKind {

    static final String TYPE = "letter";

    private final ProgramLetterRepository letters;
    private final ProgramDossierRepository dossiers;

    LetterReviews(ProgramLetterRepository letters, ProgramDossierRepository dossiers) {
        this.letters = letters;
        this.dossiers = dossiers;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String noun() {
        return "letter";
    }

    /** Two queries whatever the number: the letters and their programs. */
    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public List<ReviewSubject> load(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<ProgramLetter> found = letters.findAllById(ids);
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, String> programs = dossiers.findAllById(found.stream().map(ProgramLetter::getDossierId).toList()).stream()
                .collect(Collectors.toMap(ProgramDossier::getId, ProgramDossier::getName));
        return found.stream().map(letter -> {
            String program = programs.getOrDefault(letter.getDossierId(), "");
            List<Part> parts = letter.getBody().isBlank() ? List.of()
                    : List.of(new Part("body", letter.getKind().label(), letter.getBody()));
            return new ReviewSubject(letter.getId(), letter.getApplicantId(), letter.getKind().label() + ": " + program,
                    "Letter", letter.getUpdatedAt(), parts, null, "programs/dossier/" + letter.getDossierId());
        }).toList();
    }
}
