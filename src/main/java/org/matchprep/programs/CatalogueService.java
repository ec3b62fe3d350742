package org.matchprep.programs;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.matchprep.account.AccountDirectory;
import org.matchprep.account.AccountSummary;
import org.matchprep.account.CurrentUser;
import org.matchprep.account.Role;
import org.matchprep.account.Roles;
import org.matchprep.programs.domain.CatalogueEditor;
import org.matchprep.programs.domain.CatalogueEditorRepository;
import org.matchprep.programs.domain.CatalogueProgram;
import org.matchprep.programs.domain.CatalogueProgramRepository;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The program catalogue. Everyone signed in reads it; admins write it, and so do the mentors an admin
 * allows (checked on every write, so taking the permission back takes effect at once). Imports are all
 * or nothing.
 */
@Service
@PreAuthorize(Roles.IS_SIGNED_IN)
public class CatalogueService {

    /** A catalogue of every US radiology program has about 200 rows; ten times that is a mistake. */
    public static final int MAX_IMPORT_ROWS = 2_000;
    public static final long MAX_IMPORT_BYTES = 2L * 1024 * 1024;
    private static final String WRITERS = "hasAnyRole('ADMIN', 'MENTOR')";

    private final CatalogueProgramRepository programs;
    private final CatalogueEditorRepository editors;
    private final AccountDirectory directory;
    private final CurrentUser currentUser;
    private final Clock clock;

    CatalogueService(CatalogueProgramRepository programs, CatalogueEditorRepository editors, AccountDirectory directory,
                     CurrentUser currentUser, Clock clock) {
        this.programs = programs;
        this.editors = editors;
        this.directory = directory;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<CatalogueEntry> programs() {
        return programs.findAllByName().stream().map(CatalogueProgram::toEntry).toList();
    }

    @Transactional(readOnly = true)
    public CatalogueEntry program(long programId) {
        return find(programId).toEntry();
    }

    /** Whether the signed-in user may change the catalogue (views use it to offer the buttons). */
    @Transactional(readOnly = true)
    public boolean canEdit() {
        return currentUser.get().map(user -> user.role() == Role.ADMIN
                || user.role() == Role.MENTOR && editors.existsById(user.accountId())).orElse(false);
    }

    @Transactional
    @PreAuthorize(WRITERS)
    public CatalogueEntry create(ProgramDetails details) {
        requireEditor();
        CatalogueProgram program = new CatalogueProgram(details, clock.instant(), today());
        refuseDuplicate(program.getName(), -1);
        return save(program).toEntry();
    }

    /** Saves changes to a program read at {@code expectedVersion}; refuses if someone changed it meanwhile. */
    @Transactional
    @PreAuthorize(WRITERS)
    public CatalogueEntry update(long programId, long expectedVersion, ProgramDetails details) {
        requireEditor();
        CatalogueProgram program = find(programId);
        if (program.getVersion() != expectedVersion) {
            throw new CatalogueException("Someone else changed " + program.getName() + " meanwhile; reload it first.");
        }
        program.update(details, clock.instant(), today());
        refuseDuplicate(program.getName(), programId);
        return save(program).toEntry();
    }

    @Transactional
    @PreAuthorize(WRITERS)
    public void delete(long programId) {
        requireEditor();
        programs.delete(find(programId));
    }

    /**
     * Adds the file's programs, and brings up to date those already in the catalogue under the same name
     * (letter case and spacing aside), so an exported file can be edited and imported again. Every line at
     * fault is reported, and then nothing is kept.
     */
    @Transactional
    @PreAuthorize(WRITERS)
    public ImportResult importCsv(InputStream csv) {
        requireEditor();
        List<CatalogueCsv.Row> rows = readAll(csv);
        Map<String, CatalogueProgram> existing = programs.findAll().stream()
                .collect(Collectors.toMap(program -> CatalogueProgram.nameKey(program.getName()), Function.identity()));
        Map<String, Long> lineByName = new HashMap<>();
        List<ImportProblem> problems = new ArrayList<>();
        List<CatalogueProgram> toSave = new ArrayList<>();
        Instant now = clock.instant();
        LocalDate today = today();
        int added = 0;
        for (CatalogueCsv.Row row : rows) {
            String key = CatalogueProgram.nameKey(row.details().name());
            Long earlier = lineByName.putIfAbsent(key, row.line());
            if (earlier != null && !key.isEmpty()) {
                problems.add(new ImportProblem(row.line(), "names " + row.details().name().strip()
                        + " again (first on line " + earlier + "); one row per program."));
                continue;
            }
            try {
                CatalogueProgram program = existing.get(key);
                if (program == null) {
                    program = new CatalogueProgram(row.details(), now, today);
                    added++;
                } else {
                    program.update(row.details(), now, today);
                }
                toSave.add(program);
            } catch (CatalogueException refused) {
                refused.errors().forEach(error -> problems.add(new ImportProblem(row.line(), error.message())));
            }
        }
        if (!problems.isEmpty()) {
            // the programs already in the catalogue were changed in memory only: this transaction rolls back
            throw new CatalogueImportException(problems);
        }
        programs.saveAll(toSave);
        programs.flush();
        return new ImportResult(added, toSave.size() - added);
    }

    /** The whole catalogue as CSV, in the form import reads back. */
    @Transactional(readOnly = true)
    public String exportCsv() {
        return CatalogueCsv.write(programs());
    }

    /** An empty file with the header and an invented example row. */
    public String csvTemplate() {
        return CatalogueCsv.template();
    }

    /** Whether the signed-in user may choose the mentors who edit (admins only). */
    public boolean canManageEditors() {
        return currentUser.get().map(user -> user.role() == Role.ADMIN).orElse(false);
    }

    /** The mentors an admin allowed to write the catalogue, by id, with their names. */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.IS_ADMIN)
    public Map<Long, String> editors() {
        return directory.displayNames(editors.findAll().stream().map(CatalogueEditor::getAccountId).toList());
    }

    /** Lets an active mentor write the catalogue, found by e-mail. */
    @Transactional
    @PreAuthorize(Roles.IS_ADMIN)
    public AccountSummary allowMentor(String email) {
        AccountSummary mentor = directory.findActiveMentor(email == null ? "" : email.strip())
                .orElseThrow(() -> CatalogueException.of("email", "No active mentor has the e-mail address " + email + "."));
        if (!editors.existsById(mentor.id())) {
            editors.save(new CatalogueEditor(mentor.id(), currentUser.id(), clock.instant()));
        }
        return mentor;
    }

    @Transactional
    @PreAuthorize(Roles.IS_ADMIN)
    public void withdrawMentor(long mentorId) {
        editors.deleteById(mentorId);
    }

    private List<CatalogueCsv.Row> readAll(InputStream csv) {
        try (Reader reader = new InputStreamReader(new LimitedInputStream(csv, MAX_IMPORT_BYTES),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT))) {
            CatalogueCsv.Parsed parsed = CatalogueCsv.read(reader);
            if (parsed.rows().size() + parsed.problems().size() > MAX_IMPORT_ROWS) {
                throw new CatalogueException("The file has more than " + MAX_IMPORT_ROWS + " programs; split it.");
            }
            if (!parsed.problems().isEmpty()) {
                throw new CatalogueImportException(parsed.problems());
            }
            if (parsed.rows().isEmpty()) {
                throw new CatalogueException("The file holds no programs: add rows under the header.");
            }
            return parsed.rows();
        } catch (LimitedInputStream.TooLargeException tooLarge) {
            throw new CatalogueException("The file is larger than " + MAX_IMPORT_BYTES / 1024 / 1024 + " MB; "
                    + "a catalogue is far smaller. Is it the right file?");
        } catch (CharacterCodingException notUtf8) {
            throw new CatalogueException("The file is not UTF-8 text. Save it as \"CSV UTF-8\" and try again.");
        } catch (IOException unreadable) {
            throw new CatalogueException("The file could not be read: " + unreadable.getMessage());
        }
    }

    private void requireEditor() {
        if (!canEdit()) {
            throw new AccessDeniedException("Only admins and the mentors they allow change the catalogue");
        }
    }

    private CatalogueProgram find(long programId) {
        return programs.findById(programId)
                .orElseThrow(() -> new CatalogueException("That program is no longer in the catalogue."));
    }

    private void refuseDuplicate(String name, long exceptId) {
        if (programs.findByNameKey(CatalogueProgram.nameKey(name)).stream().anyMatch(other -> other.getId() != exceptId)) {
            throw duplicate(name);
        }
    }

    private CatalogueProgram save(CatalogueProgram program) {
        try {
            return programs.saveAndFlush(program);
        } catch (DataIntegrityViolationException sameMoment) {
            throw duplicate(program.getName());
        }
    }

    private static CatalogueException duplicate(String name) {
        return CatalogueException.of("name", "The catalogue already has " + name + " (letter case and spacing aside).");
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
