package org.matchprep.account;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.matchprep.account.domain.Account;
import org.matchprep.account.domain.AccountRepository;
import org.matchprep.base.FieldError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * "Your data" (decision 016): everyone takes away everything they wrote as one archive, and an applicant may
 * delete their account. Both act on the signed-in account only; no id ever comes from the caller.
 */
@Service
@PreAuthorize(Roles.IS_SIGNED_IN)
public class PersonalDataService {

    public static final String README = "README.json";

    private static final Logger log = LoggerFactory.getLogger(PersonalDataService.class);
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final List<PersonalData> parts;
    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PersonalDataService(List<PersonalData> parts, AccountRepository accounts, PasswordEncoder passwordEncoder,
                        CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.parts = parts.stream().sorted(Comparator.comparing(PersonalData::fileName)).toList();
        Set<String> names = new HashSet<>(Set.of(README));
        for (PersonalData part : this.parts) {
            if (!names.add(part.fileName())) {
                throw new IllegalStateException("Two parts of the data export are called " + part.fileName());
            }
        }
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** The name to give the archive, with today's date in the person's zone. */
    @Transactional(readOnly = true)
    public String archiveName() {
        Account me = mine();
        return "matchprep-your-data-" + LocalDate.ofInstant(clock.instant(), me.getTimeZone()) + ".zip";
    }

    /**
     * Writes the signed-in person's data to {@code out} as a zip archive: one JSON file per feature and a
     * README.json listing them with the export time, plus the PDFs features already make (under documents/). One read-only transaction, so the files agree.
     * The stream is finished but not closed.
     */
    @Transactional(readOnly = true)
    public void exportMine(OutputStream out) throws IOException {
        long me = currentUser.id();
        Instant now = clock.instant();
        ZipOutputStream zip = new ZipOutputStream(out);
        List<Map<String, Object>> files = new ArrayList<>();
        for (PersonalData part : parts) {
            write(zip, part.fileName(), part.exportFor(me));
            Map<String, Object> file = new LinkedHashMap<>();
            file.put("name", part.fileName());
            file.put("holds", part.description());
            files.add(file);
            for (Map.Entry<String, byte[]> document : part.documentsFor(me).entrySet()) {
                String name = "documents/" + document.getKey();
                writeBytes(zip, name, document.getValue());
                files.add(Map.of("name", name, "holds", "A document MatchPrep makes for you, as you can download it in the app."));
            }
        }
        Map<String, Object> readme = new LinkedHashMap<>();
        readme.put("exportedAt", now.toString());
        readme.put("accountId", me);
        readme.put("about", "Everything you wrote in MatchPrep and what was written for you, one JSON file per kind. "
                + "Times are UTC (ISO-8601).");
        readme.put("files", files);
        write(zip, README, readme);
        zip.finish();
        log.info("Account {} exported its data ({} files)", me, files.size() + 1);
    }

    /**
     * Deletes the signed-in applicant's account and everything that hangs on it, in one transaction:
     * their writing, and what others wrote on it (comments, scorecards, notifications). A wrong password
     * deletes nothing.
     */
    @Transactional
    @PreAuthorize(Roles.IS_APPLICANT)
    public void deleteMyAccount(AccountDeletion deletion) {
        Account account = mine();
        if (deletion == null || deletion.password() == null
                || !passwordEncoder.matches(deletion.password(), account.getPasswordHash())) {
            throw new InvalidAccountInputException(List.of(
                    new FieldError("password", "This is not your password. Nothing was deleted.")));
        }
        long id = account.getId();
        String email = account.getEmail();
        String displayName = account.getDisplayName();
        accounts.delete(account);
        accounts.flush();
        events.publishEvent(new AccountEvent.Deleted(id, email, displayName));
        log.info("Account {} deleted by its owner", id);
    }

    private static void write(ZipOutputStream zip, String name, Object content) throws IOException {
        writeBytes(zip, name, JSON.writeValueAsBytes(content));
    }

    private static void writeBytes(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    private Account mine() {
        return accounts.findById(currentUser.id())
                .orElseThrow(() -> new IllegalStateException("The signed-in account no longer exists"));
    }
}
