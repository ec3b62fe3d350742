package org.matchprep.season;

import java.time.Clock;
import java.util.List;

import org.matchprep.account.CurrentUser;
import org.matchprep.account.Roles;
import org.matchprep.season.domain.ProgramDossier;
import org.matchprep.season.domain.ProgramDossierRepository;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The applicant's program dossiers: one per program, private to the applicant. */
@Service
@PreAuthorize(Roles.IS_APPLICANT)
public class DossierService {

    private final ProgramDossierRepository dossiers;
    private final CurrentUser currentUser;
    private final Clock clock;

    DossierService(ProgramDossierRepository dossiers, CurrentUser currentUser, Clock clock) {
        this.dossiers = dossiers;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<DossierSummary> myDossiers() {
        return dossiers.findByApplicantIdOrderByNameAsc(currentUser.id()).stream().map(ProgramDossier::toSummary).toList();
    }

    @Transactional(readOnly = true)
    public DossierSummary dossier(long dossierId) {
        return mine(dossierId).toSummary();
    }

    @Transactional
    public DossierSummary create(DossierDetails details) {
        long me = currentUser.id();
        ProgramDossier dossier = new ProgramDossier(me, details, clock.instant());
        refuseDuplicate(me, dossier.getName(), -1);
        return save(dossier).toSummary();
    }

    /** Saves changes to a dossier read at {@code expectedVersion}; refuses if it changed elsewhere meanwhile. */
    @Transactional
    public DossierSummary update(long dossierId, long expectedVersion, DossierDetails details) {
        ProgramDossier dossier = mine(dossierId);
        if (dossier.getVersion() != expectedVersion) {
            throw new SeasonException("This dossier was changed in another tab or device; reload it first.");
        }
        dossier.update(details, clock.instant());
        refuseDuplicate(dossier.getApplicantId(), dossier.getName(), dossierId);
        return save(dossier).toSummary();
    }

    /**
     * Warnings on the "Why our program?" reasons as entered (not yet saved): too few, or a reason that names
     * nothing from the dossier's specifics. Warnings never block a save.
     */
    public List<ReasonWarning> reasonWarnings(DossierDetails details) {
        return WhyThisProgramCheck.warnings(details);
    }

    /** The same warnings for a saved dossier of mine. */
    @Transactional(readOnly = true)
    public List<ReasonWarning> reasonWarnings(long dossierId) {
        return WhyThisProgramCheck.warnings(mine(dossierId).toDetails());
    }

    /** Deletes a dossier with its interviews, impressions and checklists. */
    @Transactional
    public void delete(long dossierId) {
        dossiers.delete(mine(dossierId));
    }

    private ProgramDossier save(ProgramDossier dossier) {
        try {
            return dossiers.saveAndFlush(dossier);
        } catch (DataIntegrityViolationException sameMoment) {
            throw duplicate(dossier.getName());
        }
    }

    private void refuseDuplicate(long me, String name, long exceptId) {
        if (dossiers.existsNamed(me, name, exceptId)) {
            throw duplicate(name);
        }
    }

    private static SeasonException duplicate(String name) {
        return SeasonException.of("name", "You already have a dossier for " + name + "; one dossier per program.");
    }

    private ProgramDossier mine(long dossierId) {
        ProgramDossier dossier = dossiers.findById(dossierId).orElseThrow(DossierService::notYours);
        if (!dossier.isOwnedBy(currentUser.id())) {
            throw notYours();
        }
        return dossier;
    }

    static AccessDeniedException notYours() {
        return new AccessDeniedException("Not your dossier");
    }
}
