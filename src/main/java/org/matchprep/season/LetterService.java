package org.matchprep.season;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.matchprep.account.AccountService;
import org.matchprep.account.CurrentUser;
import org.matchprep.account.Roles;
import org.matchprep.season.domain.ProgramDossier;
import org.matchprep.season.domain.ProgramDossierRepository;
import org.matchprep.season.domain.ProgramLetter;
import org.matchprep.season.domain.ProgramLetterRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Letters to a program after its interview: update letters and a letter of intent, drafted here, checked
 * against the {@link LetterRule rules for letters}, and marked sent by the applicant, who sends them
 * outside the app. Only the applicant who owns the dossier reaches its letters.
 */
@Service
@PreAuthorize(Roles.IS_APPLICANT)
public class LetterService {

    private final ProgramLetterRepository letters;
    private final ProgramDossierRepository dossiers;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final Clock clock;

    LetterService(ProgramLetterRepository letters, ProgramDossierRepository dossiers, AccountService accounts,
                  CurrentUser currentUser, Clock clock) {
        this.letters = letters;
        this.dossiers = dossiers;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The letters to one of my programs, oldest first, each with its warnings. */
    @Transactional(readOnly = true)
    public List<LetterSummary> letters(long dossierId) {
        ProgramDossier dossier = myDossier(dossierId);
        Checker checker = checker();
        return letters.findByDossierIdOrderByCreatedAtAscIdAsc(dossierId).stream()
                .map(letter -> checker.summary(letter, dossier.getName())).toList();
    }

    /** My letters drafted but not marked sent, across all programs: what is still due. */
    @Transactional(readOnly = true)
    public List<LetterSummary> unsentLetters() {
        Checker checker = checker();
        return checker.mine.stream().filter(letter -> letter.getSentOn() == null)
                .map(letter -> checker.summary(letter, checker.programName(letter.getDossierId()))).toList();
    }

    /** Starts a letter to one of my programs. */
    @Transactional
    public LetterSummary write(long dossierId, LetterDraft draft) {
        ProgramDossier dossier = myDossier(dossierId);
        ProgramLetter letter = letters.saveAndFlush(new ProgramLetter(currentUser.id(), dossierId, draft, clock.instant()));
        return checker().summary(letter, dossier.getName());
    }

    /** Saves a letter read at {@code expectedVersion}. */
    @Transactional
    public LetterSummary update(long letterId, long expectedVersion, LetterDraft draft) {
        ProgramLetter letter = mine(letterId, expectedVersion);
        letter.write(draft, clock.instant());
        return summaryOf(letters.saveAndFlush(letter));
    }

    @Transactional
    public void delete(long letterId) {
        letters.delete(mine(letterId));
    }

    /** The warnings for a letter as typed (not yet saved) to one of my programs, against my other letters. */
    @Transactional(readOnly = true)
    public List<LetterWarning> warnings(long dossierId, LetterDraft asTyped) {
        myDossier(dossierId);
        return checker().warnings(dossierId, asTyped.kind(), asTyped.body());
    }

    /** Records that I sent this letter on {@code on} (today in my time zone when null). */
    @Transactional
    public LetterSummary markSent(long letterId, long expectedVersion, LocalDate on) {
        ProgramLetter letter = mine(letterId, expectedVersion);
        LocalDate today = LocalDate.now(clock.withZone(accounts.myAccount().timeZone()));
        letter.markSent(on == null ? today : on, today, clock.instant());
        return summaryOf(letters.saveAndFlush(letter));
    }

    @Transactional
    public LetterSummary unmarkSent(long letterId, long expectedVersion) {
        ProgramLetter letter = mine(letterId, expectedVersion);
        letter.unmarkSent(clock.instant());
        return summaryOf(letters.saveAndFlush(letter));
    }

    private LetterSummary summaryOf(ProgramLetter letter) {
        Checker checker = checker();
        return checker.summary(letter, checker.programName(letter.getDossierId()));
    }

    /** My letters and program names, read once, to check letters against each other. */
    private Checker checker() {
        long me = currentUser.id();
        return new Checker(letters.findByApplicantIdOrderByCreatedAtAscIdAsc(me),
                dossiers.findByApplicantIdOrderByNameAsc(me).stream()
                        .collect(Collectors.toMap(ProgramDossier::getId, Function.identity())));
    }

    private record Checker(List<ProgramLetter> mine, Map<Long, ProgramDossier> programs) {

        String programName(long dossierId) {
            ProgramDossier dossier = programs.get(dossierId);
            return dossier == null ? "" : dossier.getName();
        }

        List<LetterWarning> warnings(long dossierId, LetterKind kind, String body) {
            List<String> otherIntents = mine.stream()
                    .filter(letter -> letter.getKind() == LetterKind.INTENT && letter.getDossierId() != dossierId)
                    .map(letter -> programName(letter.getDossierId())).distinct().toList();
            return LetterRule.check(kind, body, otherIntents);
        }

        LetterSummary summary(ProgramLetter letter, String programName) {
            return new LetterSummary(letter.getId(), letter.getDossierId(), programName, letter.getKind(),
                    letter.getBody(), letter.getSentOn(), letter.getUpdatedAt(), letter.getVersion(),
                    warnings(letter.getDossierId(), letter.getKind(), letter.getBody()));
        }
    }

    private ProgramDossier myDossier(long dossierId) {
        ProgramDossier dossier = dossiers.findById(dossierId).orElseThrow(DossierService::notYours);
        if (!dossier.isOwnedBy(currentUser.id())) {
            throw DossierService.notYours();
        }
        return dossier;
    }

    private ProgramLetter mine(long letterId) {
        ProgramLetter letter = letters.findById(letterId).orElseThrow(DossierService::notYours);
        if (!letter.isOwnedBy(currentUser.id())) {
            throw DossierService.notYours();
        }
        return letter;
    }

    private ProgramLetter mine(long letterId, long expectedVersion) {
        ProgramLetter letter = mine(letterId);
        if (letter.getVersion() != expectedVersion) {
            throw new SeasonException("This letter was changed in another tab or device; reload the page first.");
        }
        return letter;
    }
}
