package org.matchprep.season;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.matchprep.account.DemoAccountsSeeded;
import org.matchprep.season.domain.AskQuestionEntry;
import org.matchprep.season.domain.AskQuestionRepository;
import org.matchprep.season.domain.ChosenQuestion;
import org.matchprep.season.domain.ChosenQuestionRepository;
import org.matchprep.season.domain.Interview;
import org.matchprep.season.domain.InterviewPerson;
import org.matchprep.season.domain.InterviewPersonRepository;
import org.matchprep.season.domain.InterviewRepository;
import org.matchprep.season.domain.ProgramDossier;
import org.matchprep.season.domain.ProgramDossierRepository;
import org.matchprep.season.domain.ProgramLetter;
import org.matchprep.season.domain.ProgramLetterRepository;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Gives the demo applicant a season to look at: an upcoming interview, a past one still waiting for
 * impressions (flagged), and a past one with impressions on the rank list. The programs are invented.
 * The upcoming interview has its questions to ask chosen, one or two for each audience. After the past
 * interview with impressions, two people met: the note to one sent, the other drafted; an update letter begun.
 */
@Component
class DemoSeason {

    static final String APPLICANT = "applicant@matchprep.test";
    static final String DIRECTOR = "Dr. Elena Marsh";
    static final String CHIEF = "Dr. Samuel Ortiz";

    /** Bank questions (V32, V46) chosen for the upcoming interview, in the order they will be asked. */
    static final List<String> QUESTIONS_TO_ASK = List.of(
            "Where have your recent graduates gone for fellowships or practice?",
            "How does radiology work with the emergency department and the surgical teams here, for example who "
                    + "protocols overnight studies and how residents take part in those conversations?",
            "What does an ordinary week look like for you, including call?",
            "How were you taught to call a critical finding to a clinical team, and who backed you up the first few times?",
            "How many current residents trained abroad, and how have they settled in?");

    private final ProgramDossierRepository dossiers;
    private final InterviewRepository interviews;
    private final SeasonExtras extras;
    private final AskQuestionRepository askQuestions;
    private final ChosenQuestionRepository chosenQuestions;
    private final InterviewPersonRepository people;
    private final ProgramLetterRepository letters;
    private final Clock clock;

    DemoSeason(ProgramDossierRepository dossiers, InterviewRepository interviews, SeasonExtras extras,
               AskQuestionRepository askQuestions, ChosenQuestionRepository chosenQuestions,
               InterviewPersonRepository people, ProgramLetterRepository letters, Clock clock) {
        this.dossiers = dossiers;
        this.interviews = interviews;
        this.extras = extras;
        this.askQuestions = askQuestions;
        this.chosenQuestions = chosenQuestions;
        this.people = people;
        this.letters = letters;
        this.clock = clock;
    }

    @EventListener
    void addDemoSeason(DemoAccountsSeeded seeded) {
        if (!seeded.accountIdsByEmail().containsKey(APPLICANT)) {
            return;
        }
        long applicant = seeded.idOf(APPLICANT);
        Instant now = clock.instant();

        ProgramDossier lakeshore = dossiers.save(new ProgramDossier(applicant, new DossierDetails(
                "Lakeshore University Medical Center", "Chicago", "IL", ProgramType.ACADEMIC, "7 residents a year",
                "Neuroradiology, interventional radiology, breast imaging", "High volume trauma; strong research output",
                "The program director runs an AI-in-chest-imaging group", "Photon-counting CT, 3D lab",
                "Daily case conferences, protected Thursday teaching, graduated overnight call",
                List.of(new ImgEvidence("Two current residents trained in India and the Philippines", null),
                        new ImgEvidence("Resident profiles: a graduate of a Caribbean school in each of the last three classes",
                                "https://example.org/lakeshore/residents")),
                List.of("Their AI research group matches my chest CT project",
                        "Protected teaching time suits how I learn best",
                        "The residents seemed happy and friendly"),
                // the third drawn-here reason could be said of any program: the dossier warns about it
                List.of("My family lives in Chicago and I want to practise in the Midwest",
                        "My neuroradiology research poster would continue in their fellowship")), now));
        ProgramDossier riverside = dossiers.save(new ProgramDossier(applicant, DossierDetails.named(
                "Riverside Community Hospital", "Riverside", "CA", ProgramType.COMMUNITY), now));
        ProgramDossier bayview = dossiers.save(new ProgramDossier(applicant, DossierDetails.named(
                "Bayview Health System", "Tampa", "FL", ProgramType.HYBRID), now));

        long upcoming = schedule(applicant, lakeshore, now.plus(Duration.ofDays(10)), "America/Chicago", InterviewStatus.SCHEDULED,
                "Zoom", "https://example.org/zoom/lakeshore", Impressions.NONE, now);
        schedule(applicant, riverside, now.minus(Duration.ofDays(3)), "America/Los_Angeles", InterviewStatus.DONE,
                "Thalamus", null, Impressions.NONE, now);
        long pastWithImpressions = schedule(applicant, bayview, now.minus(Duration.ofDays(6)), "America/New_York",
                InterviewStatus.DONE, InterviewFormat.IN_PERSON_PLATFORM, null, new Impressions("Program director, two residents, the chief", "Relaxed, "
                        + "residents finish each other's sentences", "Read-outs one to one", "High: they stay for fellowship",
                        "Little IR exposure", "A resident showed their own research poster"), now);
        chooseQuestionsToAsk(applicant, upcoming);
        followUp(applicant, bayview, pastWithImpressions, now);
    }

    /** Two people met at the past interview: the note to one sent the next day, the other drafted; an update letter. */
    private void followUp(long applicant, ProgramDossier dossier, long interviewId, Instant now) {
        InterviewPerson director = new InterviewPerson(interviewId, 0, new PersonNote(DIRECTOR, "Program director",
                "the one-to-one read-outs", "Dear Dr. Marsh,\n\nThank you for meeting with me during my interview day "
                + "at Bayview. I especially enjoyed our conversation about the one-to-one read-outs: reviewing my own "
                + "cases with an attending every day is how I learn best.\n\nIt left me even more interested in "
                + "training at Bayview.\n\nWith best wishes,\nPriya"), now);
        LocalDate interviewDay = now.minus(Duration.ofDays(6)).atZone(ZoneId.of("America/New_York")).toLocalDate();
        director.markSent(interviewDay.plusDays(1), interviewDay, interviewDay.plusDays(6), now);
        people.save(director);
        people.save(new InterviewPerson(interviewId, 1, new PersonNote(CHIEF, "Chief resident",
                "the research poster a resident showed me", "Dear Dr. Ortiz,\n\nThank you for showing me around on my "
                + "interview day at Bayview. I especially enjoyed our conversation about the research poster a "
                + "resident showed me, and how residents find time for research.\n\nWith best wishes,\nPriya"), now));
        people.flush();
        letters.saveAndFlush(new ProgramLetter(applicant, dossier.getId(), new LetterDraft(LetterKind.UPDATE,
                "Dear Dr. Marsh,\n\nSince my interview at Bayview, my abstract on chest CT triage was accepted for "
                + "presentation at RSNA. I remain very interested in Bayview's residency and its one-to-one "
                + "read-outs.\n\nWith best wishes,\nPriya"), now));
    }

    private void chooseQuestionsToAsk(long applicant, long interviewId) {
        List<AskQuestion> bank = askQuestions.visibleTo(applicant).stream().map(AskQuestionEntry::toQuestion).toList();
        int position = 0;
        for (String text : QUESTIONS_TO_ASK) {
            for (AskQuestion question : bank) {
                if (question.text().equals(text)) {
                    chosenQuestions.save(new ChosenQuestion(interviewId, question.id(), position++));
                }
            }
        }
        chosenQuestions.flush();
    }

    private long schedule(long applicant, ProgramDossier dossier, Instant day, String zone, InterviewStatus status,
                          String platform, String link, Impressions impressions, Instant now) {
        LocalDateTime nineAm = LocalDateTime.of(day.atZone(ZoneId.of(zone)).toLocalDate(), LocalTime.of(9, 0));
        Interview interview = new Interview(applicant, new InterviewPlan(dossier.getId(), nineAm, zone, platform, link,
                "Four 20-minute interviews, then lunch with residents", status), now);
        if (!impressions.isEmpty()) {
            interview.recordImpressions(impressions, now);
        }
        long id = interviews.saveAndFlush(interview).getId();
        extras.interviewAdded(id, InterviewFormat.of(platform));
        return id;
    }
}
