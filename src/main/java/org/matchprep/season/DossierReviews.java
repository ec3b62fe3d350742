package org.matchprep.season;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.matchprep.review.ReviewSubject;
import org.matchprep.review.ReviewSubject.Part;
import org.matchprep.review.ReviewableKind;
import org.matchprep.season.domain.Interview;
import org.matchprep.season.domain.InterviewRepository;
import org.matchprep.season.domain.ProgramDossier;
import org.matchprep.season.domain.ProgramDossierRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Program dossiers as shareable items for mentors' feedback: the program's basics, specifics, evidence and
 * talking points, and the impressions of its interviews, part by part. Dossiers keep no revisions: a
 * thread is anchored in the text as the mentor read it and found again in the current text. The review
 * feature decides access before it asks and calls only inside its own transactions.
 */
@Component
class DossierReviews implements ReviewableKind {

    static final String TYPE = "dossier";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.US);

    private final ProgramDossierRepository dossiers;
    private final InterviewRepository interviews;

    DossierReviews(ProgramDossierRepository dossiers, InterviewRepository interviews) {
        this.dossiers = dossiers;
        this.interviews = interviews;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String noun() {
        return "dossier";
    }

    /** Three queries whatever the number: the dossiers with their evidence, their talking points, their interviews. */
    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public List<ReviewSubject> load(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<ProgramDossier> found = dossiers.withEvidence(ids);
        if (found.isEmpty()) {
            return List.of();
        }
        dossiers.withTalkingPoints(ids);
        Map<Long, List<Interview>> interviewsByDossier = interviews.findByDossierIdIn(ids).stream()
                .collect(Collectors.groupingBy(Interview::getDossierId));
        return found.stream()
                .map(dossier -> subject(dossier, interviewsByDossier.getOrDefault(dossier.getId(), List.of())))
                .toList();
    }

    private static ReviewSubject subject(ProgramDossier dossier, List<Interview> itsInterviews) {
        DossierSummary summary = dossier.toSummary();
        DossierDetails details = summary.details();
        List<Part> parts = new ArrayList<>();
        add(parts, "basics", "Basics", lines(
                labelled("Location", details.location()), labelled("Type", details.type().label()),
                labelled("Size", details.size()), labelled("Fellowships", details.fellowships())));
        add(parts, "strengths", "Strengths", details.strengths());
        add(parts, "specifics", "Specifics", lines(labelled("Faculty", details.faculty()),
                labelled("Facilities", details.facilities()), labelled("Teaching structure", details.teachingStructure())));
        add(parts, "img-evidence", "IMG evidence", details.imgEvidence().stream()
                .map(entry -> entry.url() == null ? entry.text() : entry.text() + " (" + entry.url() + ")")
                .collect(Collectors.joining("\n")));
        add(parts, "talking-points", "Talking points", String.join("\n", details.talkingPoints()));
        add(parts, "fit-reasons", "Reasons you fit", String.join("\n", details.fitReasons()));
        itsInterviews.stream()
                .sorted(Comparator.comparing(Interview::getStartsAt))
                .forEach(interview -> impressions(parts, interview));
        return new ReviewSubject(dossier.getId(), dossier.getApplicantId(), dossier.getName(), "Program dossier",
                summary.updatedAt(), parts, null, "programs/dossier/" + dossier.getId());
    }

    private static void impressions(List<Part> parts, Interview interview) {
        Impressions seen = interview.impressions();
        String prefix = "impressions-" + interview.getId() + "-";
        String day = "Impressions, " + DAY.format(interview.getStartsAt().atZone(interview.getProgramZone())) + ": ";
        add(parts, prefix + "met", day + "who you met", seen.met());
        add(parts, prefix + "culture", day + "culture", seen.culture());
        add(parts, prefix + "teaching", day + "teaching", seen.teaching());
        add(parts, prefix + "happiness", day + "resident happiness", seen.residentHappiness());
        add(parts, prefix + "red-flags", day + "red flags", seen.redFlags());
        add(parts, prefix + "standout", day + "standout moments", seen.standout());
    }

    private static void add(List<Part> parts, String key, String label, String text) {
        if (text != null && !text.isBlank()) {
            parts.add(new Part(key, label, text));
        }
    }

    private static String labelled(String label, String value) {
        return value == null || value.isBlank() ? "" : label + ": " + value.strip();
    }

    private static String lines(String... lines) {
        return Stream.of(lines).filter(line -> !line.isEmpty()).collect(Collectors.joining("\n"));
    }
}
