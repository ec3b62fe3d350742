package org.matchprep.season;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.matchprep.account.AccountService;
import org.matchprep.account.CurrentUser;
import org.matchprep.account.Roles;
import org.matchprep.season.domain.Interview;
import org.matchprep.season.domain.InterviewPerson;
import org.matchprep.season.domain.InterviewPersonRepository;
import org.matchprep.season.domain.InterviewRepository;
import org.matchprep.season.domain.NotesDueCount;
import org.matchprep.season.domain.ProgramDossier;
import org.matchprep.season.domain.ProgramDossierRepository;
import org.matchprep.season.domain.ThankYouOptOut;
import org.matchprep.season.domain.ThankYouOptOutRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * After an interview: whom the applicant met, a short thank-you note for each, and the day each was sent.
 * The app drafts and checks; the applicant sends, outside the app. Only the applicant who owns the
 * interview reaches its people; anyone else is told it does not exist, as for the interview itself.
 * Mentors read the notes only when they are shared with them, through the review feature.
 */
@Service
@PreAuthorize(Roles.IS_APPLICANT)
public class ThankYouService {

    private final InterviewRepository interviews;
    private final InterviewPersonRepository people;
    private final ThankYouOptOutRepository optOuts;
    private final ProgramDossierRepository dossiers;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final Clock clock;

    ThankYouService(InterviewRepository interviews, InterviewPersonRepository people, ThankYouOptOutRepository optOuts,
                    ProgramDossierRepository dossiers, AccountService accounts, CurrentUser currentUser, Clock clock) {
        this.interviews = interviews;
        this.people = people;
        this.optOuts = optOuts;
        this.dossiers = dossiers;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The people met at my interview, in my order, with their notes and what is still to send. */
    @Transactional(readOnly = true)
    public ThankYouNotes notes(long interviewId) {
        return notesOf(myInterview(interviewId));
    }

    /** Adds someone I met at the end of the list. */
    @Transactional
    public ThankYouNotes addPerson(long interviewId, PersonNote person) {
        Interview interview = myInterview(interviewId);
        people.saveAndFlush(new InterviewPerson(interviewId, people.lastPosition(interviewId) + 1, person, clock.instant()));
        return notesOf(interview);
    }

    /** Saves a person's name, role, specific thing and note, as read at {@code expectedVersion}. */
    @Transactional
    public ThankYouNote save(long personId, long expectedVersion, PersonNote person) {
        InterviewPerson found = mine(personId, expectedVersion);
        found.write(person, clock.instant());
        return people.saveAndFlush(found).toNote();
    }

    /** Removes a person and their note; the others keep their order. */
    @Transactional
    public ThankYouNotes remove(long personId) {
        InterviewPerson found = mine(personId);
        Interview interview = interviews.findById(found.getInterviewId()).orElseThrow();
        people.delete(found);
        people.flush();
        renumber(people.findByInterviewIdOrderByPositionAsc(interview.getId()));
        return notesOf(interview);
    }

    /** Moves a person {@code by} places (negative: up), within the list. */
    @Transactional
    public ThankYouNotes move(long personId, int by) {
        InterviewPerson found = mine(personId);
        Interview interview = interviews.findById(found.getInterviewId()).orElseThrow();
        List<InterviewPerson> order = new ArrayList<>(people.findByInterviewIdOrderByPositionAsc(interview.getId()));
        int from = order.indexOf(found);
        int to = Math.max(0, Math.min(order.size() - 1, from + by));
        order.add(to, order.remove(from));
        renumber(order);
        return notesOf(interview);
    }

    /**
     * A first draft of the note to this person from the template, using the name, role and specific thing as
     * typed (not yet saved), the program, the interview day and a line of my impressions. Nothing is saved.
     */
    @Transactional(readOnly = true)
    public String draft(long personId, PersonNote asTyped) {
        InterviewPerson found = mine(personId);
        Interview interview = interviews.findById(found.getInterviewId()).orElseThrow();
        String program = dossiers.findById(interview.getDossierId()).map(ProgramDossier::getName).orElse("");
        LocalDate day = interview.getStartsAt().atZone(interview.getProgramZone()).toLocalDate();
        return ThankYouTemplate.draft(asTyped, program, day, interview.impressions(), accounts.myAccount().displayName());
    }

    /** What the note as typed seems to lack: something specific, brevity. Warnings only. */
    public List<String> warnings(PersonNote asTyped) {
        return ThankYouTemplate.warnings(asTyped);
    }

    /** Records that I sent this note on {@code on} (today in my time zone when null). */
    @Transactional
    public ThankYouNote markSent(long personId, long expectedVersion, LocalDate on) {
        InterviewPerson found = mine(personId, expectedVersion);
        Interview interview = interviews.findById(found.getInterviewId()).orElseThrow();
        ZoneId myZone = accounts.myAccount().timeZone();
        LocalDate today = LocalDate.now(clock.withZone(myZone));
        LocalDate inProgramZone = interview.getStartsAt().atZone(interview.getProgramZone()).toLocalDate();
        LocalDate inMine = interview.getStartsAt().atZone(myZone).toLocalDate();
        LocalDate interviewDay = inProgramZone.isBefore(inMine) ? inProgramZone : inMine;
        found.markSent(on == null ? today : on, interviewDay, today, clock.instant());
        return people.saveAndFlush(found).toNote();
    }

    /** Undoes "sent": the note is due again. */
    @Transactional
    public ThankYouNote unmarkSent(long personId, long expectedVersion) {
        InterviewPerson found = mine(personId, expectedVersion);
        found.unmarkSent(clock.instant());
        return people.saveAndFlush(found).toNote();
    }

    /** Records whether the program asked not to receive thank-you notes; when it did, none are shown as due. */
    @Transactional
    public ThankYouNotes setDiscouraged(long interviewId, boolean discouraged) {
        Interview interview = myInterview(interviewId);
        boolean now = optOuts.existsById(interviewId);
        if (discouraged && !now) {
            optOuts.saveAndFlush(new ThankYouOptOut(interviewId, clock.instant()));
        } else if (!discouraged && now) {
            optOuts.deleteById(interviewId);
            optOuts.flush();
        }
        return notesOf(interview);
    }

    /** My interviews with thank-you notes still to send, earliest interview first: three queries, whatever the number. */
    @Transactional(readOnly = true)
    public List<NotesDue> notesToSend() {
        long me = currentUser.id();
        Map<Long, Long> due = people.notesDue(me, clock.instant(), InterviewStatus.WITHDRAWN).stream()
                .collect(Collectors.toMap(NotesDueCount::interviewId, NotesDueCount::count));
        if (due.isEmpty()) {
            return List.of();
        }
        List<Interview> theirInterviews = interviews.findAllById(due.keySet());
        Map<Long, String> names = dossiers.findAllById(theirInterviews.stream().map(Interview::getDossierId).toList())
                .stream().collect(Collectors.toMap(ProgramDossier::getId, ProgramDossier::getName));
        return theirInterviews.stream().sorted(Comparator.comparing(Interview::getStartsAt))
                .map(interview -> new NotesDue(interview.getId(), names.getOrDefault(interview.getDossierId(), ""),
                        due.get(interview.getId()).intValue()))
                .toList();
    }

    private ThankYouNotes notesOf(Interview interview) {
        List<ThankYouNote> notes = people.findByInterviewIdOrderByPositionAsc(interview.getId()).stream()
                .map(InterviewPerson::toNote).toList();
        String program = dossiers.findById(interview.getDossierId()).map(ProgramDossier::getName).orElse("");
        Instant now = clock.instant();
        boolean tookPlace = tookPlace(interview, now);
        boolean discouraged = optOuts.existsById(interview.getId());
        int toSend = tookPlace && !discouraged ? (int) notes.stream().filter(note -> !note.sent()).count() : 0;
        return new ThankYouNotes(interview.getId(), program, tookPlace, interview.getStatus() == InterviewStatus.WITHDRAWN,
                discouraged, notes, toSend);
    }

    static boolean tookPlace(Interview interview, Instant now) {
        return interview.getStatus() != InterviewStatus.WITHDRAWN && !interview.getStartsAt().isAfter(now);
    }

    // positions are unique per interview, checked at commit, so the list can be renumbered in any order
    private void renumber(List<InterviewPerson> order) {
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i).getPosition() != i) {
                order.get(i).moveTo(i);
            }
        }
        people.saveAllAndFlush(order);
    }

    private Interview myInterview(long interviewId) {
        Interview interview = interviews.findById(interviewId).orElseThrow(InterviewService::notYours);
        if (!interview.isOwnedBy(currentUser.id())) {
            throw InterviewService.notYours();
        }
        return interview;
    }

    private InterviewPerson mine(long personId) {
        InterviewPerson found = people.findById(personId).orElseThrow(InterviewService::notYours);
        myInterview(found.getInterviewId());
        return found;
    }

    private InterviewPerson mine(long personId, long expectedVersion) {
        InterviewPerson found = mine(personId);
        if (found.getVersion() != expectedVersion) {
            throw new SeasonException("This note was changed in another tab or device; reload the page first.");
        }
        return found;
    }
}
