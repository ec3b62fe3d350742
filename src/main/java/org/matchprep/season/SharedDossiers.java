package org.matchprep.season;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.matchprep.season.domain.Interview;
import org.matchprep.season.domain.InterviewRepository;
import org.matchprep.season.domain.ProgramDossier;
import org.matchprep.season.domain.ProgramDossierRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Program dossiers as another feature reads them to discuss them (sharing with mentors): the owner, the
 * program and the text, part by part, including the impressions of the program's interviews. Read-only and
 * not secured: callers decide access, and call this only inside their own transactions.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class SharedDossiers {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.US);

    /** One titled piece of a dossier's text; {@code key} stays the same while the dossier is edited. */
    public record Part(String key, String label, String text) {
    }

    /** A dossier's text as it stands now, in reading order; empty parts are left out. */
    public record DossierText(long dossierId, long applicantId, String programName, Instant updatedAt, List<Part> parts) {

        /** The current text of a part; empty when the part is empty or gone. */
        public String part(String key) {
            return parts.stream().filter(part -> part.key().equals(key)).map(Part::text).findFirst().orElse("");
        }

        public boolean hasPart(String key) {
            return parts.stream().anyMatch(part -> part.key().equals(key));
        }
    }

    private final ProgramDossierRepository dossiers;
    private final InterviewRepository interviews;

    SharedDossiers(ProgramDossierRepository dossiers, InterviewRepository interviews) {
        this.dossiers = dossiers;
        this.interviews = interviews;
    }

    public Optional<DossierText> current(long dossierId) {
        return dossiers.findById(dossierId).map(this::textOf);
    }

    /** Several dossiers at once (for lists); missing ids are left out. */
    public List<DossierText> current(Collection<Long> dossierIds) {
        return dossiers.findAllById(dossierIds).stream().map(this::textOf).toList();
    }

    /** An applicant's dossiers, by program name (for demo data). */
    public List<DossierText> ofApplicant(long applicantId) {
        return dossiers.findByApplicantIdOrderByNameAsc(applicantId).stream().map(this::textOf).toList();
    }

    private DossierText textOf(ProgramDossier dossier) {
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
        interviews.findByDossierId(dossier.getId()).stream()
                .sorted(Comparator.comparing(Interview::getStartsAt))
                .forEach(interview -> impressions(parts, interview));
        return new DossierText(dossier.getId(), dossier.getApplicantId(), dossier.getName(), summary.updatedAt(),
                List.copyOf(parts));
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
