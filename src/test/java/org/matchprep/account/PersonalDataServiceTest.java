package org.matchprep.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.matchprep.account.domain.AccountRepository;
import org.matchprep.testing.Accounts;
import org.matchprep.testing.IntegrationTest;
import org.matchprep.testing.Who;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class PersonalDataServiceTest extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The PDFs of the last export, by name in the archive. */
    private final java.util.List<String> documents = new java.util.ArrayList<>();

    @Autowired
    private PersonalDataService service;

    @Autowired
    private AccountRepository accountRepository;

    @Autowired
    private ApplicationEventPublisher events;

    @Autowired
    private TransactionTemplate transactions;

    // --- who may call what -----------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(Who.class)
    void everyone_signed_in_exports_their_own_data_and_nobody_else_can(Who who) throws IOException {
        AccountSummary me = signedIn(who);

        if (who == Who.ANONYMOUS) {
            assertThatThrownBy(() -> service.exportMine(new ByteArrayOutputStream()))
                    .isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> service.archiveName()).isInstanceOf(AuthorizationDeniedException.class);
            return;
        }
        Map<String, JsonNode> files = export();
        assertThat(files.get("account.json").get("id").asLong()).isEqualTo(me.id());
        assertThat(files.get("account.json").get("email").asString()).isEqualTo(me.email());
        assertThat(files.get(PersonalDataService.README).get("accountId").asLong()).isEqualTo(me.id());
        assertThat(service.archiveName()).startsWith("matchprep-your-data-").endsWith(".zip");
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void only_an_applicant_may_delete_their_own_account(Who who) {
        AccountSummary me = signedIn(who);

        if (who == Who.APPLICANT) {
            service.deleteMyAccount(new AccountDeletion(Accounts.PASSWORD));
            assertThat(accountRepository.findById(me.id())).isEmpty();
        } else {
            assertThatThrownBy(() -> service.deleteMyAccount(new AccountDeletion(Accounts.PASSWORD)))
                    .isInstanceOf(AuthorizationDeniedException.class);
            if (me != null) {
                assertThat(accountRepository.findById(me.id())).isPresent();
            }
        }
    }

    @Test
    void a_wrong_password_deletes_nothing() {
        AccountSummary me = signedIn(Who.APPLICANT);

        assertThatThrownBy(() -> service.deleteMyAccount(new AccountDeletion("not my password")))
                .isInstanceOfSatisfying(InvalidAccountInputException.class, refused -> assertThat(refused.errors())
                        .singleElement().satisfies(error -> {
                            assertThat(error.field()).isEqualTo("password");
                            assertThat(error.message()).isEqualTo("This is not your password. Nothing was deleted.");
                        }));
        assertThatThrownBy(() -> service.deleteMyAccount(new AccountDeletion(null)))
                .isInstanceOf(InvalidAccountInputException.class);

        assertThat(accountRepository.findById(me.id())).isPresent();
    }

    // --- the archive -------------------------------------------------------------------------------

    @Test
    void the_demo_applicants_archive_opens_every_file_parses_and_is_listed_and_the_pdfs_are_pdfs() throws IOException {
        AccountSummary applicant = accounts.applicant();
        AccountSummary mentor = accounts.mentor();
        transactions.executeWithoutResult(status -> events.publishEvent(new DemoAccountsSeeded(Map.of(
                "applicant@matchprep.test", applicant.id(), "mentor@matchprep.test", mentor.id()))));
        accounts.signIn(applicant);

        Map<String, JsonNode> files = export();

        assertThat(files.keySet()).containsExactlyInAnyOrder(PersonalDataService.README, "account.json", "answers.json",
                "mock-interviews.json", "notifications.json", "pairings.json", "program-selection.json", "recordings.json",
                "reviews.json",
                "season.json");
        JsonNode readme = files.get(PersonalDataService.README);
        assertThat(readme.get("exportedAt").asString()).isNotBlank();
        assertThat(documents).containsExactlyInAnyOrder("documents/interview-day-sheets.pdf", "documents/shortlist.pdf");
        java.util.List<String> listed = new java.util.ArrayList<>(documents);
        files.keySet().stream().filter(name -> !name.equals(PersonalDataService.README)).forEach(listed::add);
        assertThat(readme.get("files").valueStream().map(file -> file.get("name").asString()))
                .containsExactlyInAnyOrderElementsOf(listed);
        JsonNode season = files.get("season.json");
        assertThat(season.get("dossiers")).hasSize(3);
        assertThat(season.get("interviews")).hasSize(3);
        assertThat(season.get("peopleMetAndThankYouNotes")).hasSize(2);
        assertThat(season.get("letters")).hasSize(1);
        assertThat(season.get("interviews").valueStream().filter(i -> i.hasNonNull("impressions_at"))
                .map(i -> i.get("met").asString())).as("impressions written").anyMatch(met -> !met.isBlank());
        assertThat(files.get("mock-interviews.json").get("scorecards")).hasSize(3);
        assertThat(files.get("mock-interviews.json").get("bookings").get(0).get("starts_at").asString())
                .as("timestamps are ISO-8601 instants").endsWith("Z");
        assertThat(files.get("pairings.json").get("pairings")).hasSize(1);
        assertThat(files.get("reviews.json").get("threads")).isNotEmpty();
        assertThat(files.get("program-selection.json").get("shortlistEntries")).isNotEmpty();
        assertThat(files.toString()).as("no password hash").doesNotContain("password_hash").doesNotContain("$argon2");
    }

    @Test
    void a_mentors_archive_holds_the_scorecards_they_wrote_and_not_the_applicants_dossiers() throws IOException {
        AccountSummary applicant = accounts.applicant();
        AccountSummary mentor = accounts.mentor();
        transactions.executeWithoutResult(status -> events.publishEvent(new DemoAccountsSeeded(Map.of(
                "applicant@matchprep.test", applicant.id(), "mentor@matchprep.test", mentor.id()))));
        accounts.signIn(mentor);

        Map<String, JsonNode> files = export();

        assertThat(files.get("mock-interviews.json").get("scorecards")).hasSize(3);
        assertThat(files.get("mock-interviews.json").get("availabilityWindows")).isNotEmpty();
        assertThat(files.get("season.json").get("dossiers")).isEmpty();
        assertThat(files.get("answers.json").get("answers")).isEmpty();
        assertThat(documents).as("the applicant's PDFs are not the mentor's").isEmpty();
    }

    /** Exports as whoever is signed in, unzips, and parses every file. */
    private Map<String, JsonNode> export() throws IOException {
        ByteArrayOutputStream archive = new ByteArrayOutputStream();
        service.exportMine(archive);
        Map<String, JsonNode> files = new LinkedHashMap<>();
        documents.clear();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive.toByteArray()))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                byte[] content = zip.readAllBytes();
                if (entry.getName().startsWith("documents/")) {
                    assertThat(new String(content, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                            .as(entry.getName()).isEqualTo("%PDF-");
                    documents.add(entry.getName());
                } else {
                    files.put(entry.getName(), JSON.readTree(content));
                }
            }
        }
        assertThat(files).as("the archive opens").isNotEmpty();
        return files;
    }
}
