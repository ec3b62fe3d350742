package org.matchprep.answers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.matchprep.account.AccountSummary;
import org.matchprep.account.Role;
import org.matchprep.answers.domain.Experience;
import org.matchprep.answers.domain.ExperienceRepository;
import org.matchprep.testing.IntegrationTest;
import org.matchprep.testing.Who;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;

class ExperienceServiceTest extends IntegrationTest {

    @Autowired
    private ExperienceService service;

    @Autowired
    private AnswerService answers;

    @Autowired
    private QuestionBankService bank;

    @Autowired
    private ExperienceRepository repository;

    // --- who may call what: only applicants, for their own experiences ------------------------------

    @ParameterizedTest
    @EnumSource(Who.class)
    void listing_my_experiences_is_for_applicants_only(Who who) {
        AccountSummary owner = accounts.applicant();
        ExperienceSummary experience = experienceOf(owner, "Listed");
        caller(who, owner);

        if (who == Who.APPLICANT) {
            assertThat(service.myExperiences()).extracting(ExperienceSummary::id).containsExactly(experience.id());
        } else {
            assertThatThrownBy(() -> service.myExperiences()).isInstanceOf(AuthorizationDeniedException.class);
        }
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void reading_an_experience_is_for_applicants_only(Who who) {
        AccountSummary owner = accounts.applicant();
        ExperienceSummary experience = experienceOf(owner, "Readable");
        caller(who, owner);

        if (who == Who.APPLICANT) {
            assertThat(service.experience(experience.id()).details()).isEqualTo(experience.details());
        } else {
            assertThatThrownBy(() -> service.experience(experience.id())).isInstanceOf(AuthorizationDeniedException.class);
        }
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void creating_an_experience_is_for_applicants_only(Who who) {
        AccountSummary me = signedIn(who);
        String title = unique("Created");

        if (who == Who.APPLICANT) {
            ExperienceSummary created = service.create(details(title));
            assertThat(created.details().title()).isEqualTo(title);
            assertThat(created.usedIn()).isEmpty();
            assertThat(stored(created.id()).getApplicantId()).isEqualTo(me.id());
        } else {
            assertThatThrownBy(() -> service.create(details(title))).isInstanceOf(AuthorizationDeniedException.class);
            assertThat(withTitle(title)).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void updating_an_experience_is_for_applicants_only(Who who) {
        AccountSummary owner = accounts.applicant();
        ExperienceSummary experience = experienceOf(owner, "Updatable");
        caller(who, owner);
        String title = unique("Updated");

        if (who == Who.APPLICANT) {
            assertThat(service.update(experience.id(), experience.version(), details(title)).details().title()).isEqualTo(title);
            assertThat(stored(experience.id()).getTitle()).isEqualTo(title);
        } else {
            assertThatThrownBy(() -> service.update(experience.id(), experience.version(), details(title)))
                    .isInstanceOf(AuthorizationDeniedException.class);
            assertThat(stored(experience.id()).getTitle()).isEqualTo(experience.details().title());
        }
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void deleting_an_experience_is_for_applicants_only(Who who) {
        AccountSummary owner = accounts.applicant();
        ExperienceSummary experience = experienceOf(owner, "Deletable");
        caller(who, owner);

        if (who == Who.APPLICANT) {
            service.delete(experience.id());
            assertThat(repository.existsById(experience.id())).isFalse();
        } else {
            assertThatThrownBy(() -> service.delete(experience.id())).isInstanceOf(AuthorizationDeniedException.class);
            assertThat(repository.existsById(experience.id())).isTrue();
        }
    }

    @Test
    void an_applicant_made_mentor_is_refused_by_role_even_for_their_own_experiences() {
        AccountSummary applicant = accounts.applicant();
        ExperienceSummary mine = experienceOf(applicant, unique("Night shift"));
        accounts.signIn(accounts.changeRole(applicant, Role.MENTOR));

        assertThatThrownBy(() -> service.myExperiences()).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> service.experience(mine.id())).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> service.create(details(unique("New")))).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> service.update(mine.id(), mine.version(), details(unique("Changed"))))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> service.delete(mine.id())).isInstanceOf(AuthorizationDeniedException.class);
    }

    // --- creating, reading, updating, deleting ----------------------------------------------------

    @Test
    void an_experience_is_stored_with_its_fields_stripped_and_read_back() {
        signedIn(Who.APPLICANT);

        ExperienceSummary created = service.create(new ExperienceDetails("  Missed dissection caught  ", " ED, night shift ",
                " March 2025 ", "  I reread the CT angiogram.  ", " Persistence. "));

        ExperienceSummary read = service.experience(created.id());
        assertThat(read.details()).isEqualTo(new ExperienceDetails("Missed dissection caught", "ED, night shift",
                "March 2025", "I reread the CT angiogram.", "Persistence."));
        assertThat(read.version()).isEqualTo(created.version());
        assertThat(read.usedIn()).isEmpty();
    }

    @Test
    void only_the_title_is_required() {
        signedIn(Who.APPLICANT);
        String title = unique("Title only");

        ExperienceSummary created = service.create(new ExperienceDetails(title, null, null, null, null));

        assertThat(created.details()).isEqualTo(new ExperienceDetails(title, "", "", "", ""));
    }

    @Test
    void my_experiences_are_listed_by_title() {
        signedIn(Who.APPLICANT);
        ExperienceSummary zebra = service.create(details("Zebra case"));
        ExperienceSummary alpha = service.create(details("Alpha case"));
        ExperienceSummary middle = service.create(details("Middle case"));

        assertThat(service.myExperiences()).extracting(ExperienceSummary::id)
                .containsExactly(alpha.id(), middle.id(), zebra.id());
    }

    @Test
    void an_update_replaces_the_fields_and_moves_the_version_on() {
        signedIn(Who.APPLICANT);
        ExperienceSummary created = service.create(details(unique("Before")));
        ExperienceDetails changed = new ExperienceDetails(unique("After"), "Tumour board", "2024", "I presented the MRI.",
                "Clear communication.");

        ExperienceSummary updated = service.update(created.id(), created.version(), changed);

        assertThat(updated.details()).isEqualTo(changed);
        assertThat(updated.version()).isGreaterThan(created.version());
        assertThat(service.experience(created.id()).details()).isEqualTo(changed);
    }

    @Test
    void a_blank_title_is_refused_and_nothing_changes() {
        signedIn(Who.APPLICANT);
        ExperienceSummary existing = service.create(details(unique("Kept")));

        assertThatThrownBy(() -> service.create(details("   "))).isInstanceOf(InvalidAnswerException.class)
                .hasMessageContaining("Title");
        assertThatThrownBy(() -> service.create(details(null))).isInstanceOf(InvalidAnswerException.class);
        assertThatThrownBy(() -> service.update(existing.id(), existing.version(), details(" ")))
                .isInstanceOf(InvalidAnswerException.class);

        assertThat(service.myExperiences()).extracting(ExperienceSummary::id).containsExactly(existing.id());
        assertThat(stored(existing.id()).getTitle()).isEqualTo(existing.details().title());
    }

    @Test
    void an_over_long_field_is_refused_and_nothing_is_stored() {
        signedIn(Who.APPLICANT);
        String title = unique("Too long");

        assertThatThrownBy(() -> service.create(new ExperienceDetails("t".repeat(Experience.TITLE_MAX_LENGTH + 1), "", "", "", "")))
                .isInstanceOf(InvalidAnswerException.class);
        assertThatThrownBy(() -> service.create(new ExperienceDetails(title, "s".repeat(Experience.SETTING_MAX_LENGTH + 1), "", "", "")))
                .isInstanceOf(InvalidAnswerException.class);
        assertThatThrownBy(() -> service.create(new ExperienceDetails(title, "", "w".repeat(Experience.WHEN_MAX_LENGTH + 1), "", "")))
                .isInstanceOf(InvalidAnswerException.class);
        assertThatThrownBy(() -> service.create(new ExperienceDetails(title, "", "",
                "h".repeat(Experience.WHAT_HAPPENED_MAX_LENGTH + 1), ""))).isInstanceOf(InvalidAnswerException.class);
        assertThatThrownBy(() -> service.create(new ExperienceDetails(title, "", "", "",
                "s".repeat(Experience.WHAT_IT_SHOWS_MAX_LENGTH + 1)))).isInstanceOf(InvalidAnswerException.class)
                .hasMessageContaining(String.valueOf(Experience.WHAT_IT_SHOWS_MAX_LENGTH));

        assertThat(service.myExperiences()).isEmpty();
    }

    @Test
    void every_problem_is_reported_at_once_under_the_name_of_its_component() {
        signedIn(Who.APPLICANT);

        InvalidAnswerException refused = catchThrowableOfType(InvalidAnswerException.class, () -> service.create(
                new ExperienceDetails(" ", "", "w".repeat(Experience.WHEN_MAX_LENGTH + 1), "", "")));

        assertThat(refused.fields()).containsExactly("title", "when");
        assertThat(refused.messageFor("title")).contains("Title is required.");
        assertThat(refused.messageFor("when")).contains("When has " + (Experience.WHEN_MAX_LENGTH + 1)
                + " characters; the limit is " + Experience.WHEN_MAX_LENGTH + ".");
        assertThat(service.myExperiences()).isEmpty();
    }

    @Test
    void fields_at_their_limits_are_accepted() {
        signedIn(Who.APPLICANT);
        ExperienceDetails longest = new ExperienceDetails(
                UUID.randomUUID() + "t".repeat(Experience.TITLE_MAX_LENGTH - 36),
                "s".repeat(Experience.SETTING_MAX_LENGTH), "w".repeat(Experience.WHEN_MAX_LENGTH),
                "h".repeat(Experience.WHAT_HAPPENED_MAX_LENGTH), "i".repeat(Experience.WHAT_IT_SHOWS_MAX_LENGTH));

        ExperienceSummary created = service.create(longest);

        assertThat(service.experience(created.id()).details()).isEqualTo(longest);
    }

    @Test
    void an_over_long_update_is_refused_and_the_experience_keeps_its_fields() {
        signedIn(Who.APPLICANT);
        ExperienceSummary existing = service.create(details(unique("Unchanged")));

        assertThatThrownBy(() -> service.update(existing.id(), existing.version(), new ExperienceDetails(unique("New"), "",
                "", "h".repeat(Experience.WHAT_HAPPENED_MAX_LENGTH + 1), ""))).isInstanceOf(InvalidAnswerException.class);

        ExperienceSummary read = service.experience(existing.id());
        assertThat(read.details()).isEqualTo(existing.details());
        assertThat(read.version()).isEqualTo(existing.version());
    }

    @Test
    void an_update_with_a_stale_version_is_refused_and_changes_nothing() {
        signedIn(Who.APPLICANT);
        ExperienceSummary opened = service.create(details(unique("Opened in two tabs")));
        String first = unique("Saved in the first tab");
        service.update(opened.id(), opened.version(), details(first));

        assertThatThrownBy(() -> service.update(opened.id(), opened.version(), details(unique("Saved in the second tab"))))
                .isInstanceOf(InvalidAnswerException.class)
                .hasMessageContaining("reload");

        assertThat(service.experience(opened.id()).details().title()).isEqualTo(first);
    }

    @Test
    void an_unknown_experience_is_refused() {
        signedIn(Who.APPLICANT);

        assertThatThrownBy(() -> service.experience(Long.MAX_VALUE)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.update(Long.MAX_VALUE, 0, details(unique("Ghost")))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.delete(Long.MAX_VALUE)).isInstanceOf(AccessDeniedException.class);
    }

    // --- where an experience is used --------------------------------------------------------------

    @Test
    void used_in_lists_the_questions_whose_answers_link_the_experience() {
        signedIn(Who.APPLICANT);
        QuestionSummary first = bank.addMyQuestion(Category.RADIOLOGY, AnswerStructure.FREE_TEXT, unique("Why radiology"));
        QuestionSummary second = bank.addMyQuestion(Category.BEHAVIOURAL, AnswerStructure.STAR, unique("A hard night"));
        QuestionSummary unrelated = bank.addMyQuestion(Category.IMG, AnswerStructure.IMG_PATTERN, unique("Why abroad"));
        ExperienceSummary used = service.create(details(unique("Dissection at 3 a.m.")));
        ExperienceSummary unused = service.create(details(unique("Never linked")));

        answers.save(first.id(), AnswerDraft.NOT_SAVED_YET, Map.of("answer", "Because of one night."));
        answers.linkExperience(first.id(), used.id());
        answers.linkExperience(second.id(), used.id());

        assertThat(service.experience(used.id()).usedIn()).extracting(QuestionSummary::id)
                .containsExactlyInAnyOrder(first.id(), second.id())
                .doesNotContain(unrelated.id());
        assertThat(service.experience(unused.id()).usedIn()).isEmpty();
        assertThat(service.myExperiences()).filteredOn(ExperienceSummary::id, used.id()).singleElement()
                .satisfies(summary -> assertThat(summary.usedIn()).extracting(QuestionSummary::text)
                        .containsExactlyInAnyOrder(first.text(), second.text()));

        answers.unlinkExperience(second.id(), used.id());
        assertThat(service.experience(used.id()).usedIn()).extracting(QuestionSummary::id).containsExactly(first.id());
    }

    @Test
    void used_in_only_counts_my_own_answers_on_a_shared_bank_question() {
        QuestionSummary shared = as(accounts.admin(), () -> bank.addBankQuestion(Category.RADIOLOGY, AnswerStructure.FREE_TEXT,
                unique("Shared question"), null));
        AccountSummary other = accounts.applicant();
        ExperienceSummary theirs = experienceOf(other, "Theirs");
        as(other, () -> {
            answers.linkExperience(shared.id(), theirs.id());
            return null;
        });
        signedIn(Who.APPLICANT);
        ExperienceSummary mine = service.create(details(unique("Mine")));

        assertThat(service.experience(mine.id()).usedIn()).isEmpty();
        assertThat(as(other, () -> service.experience(theirs.id())).usedIn()).extracting(QuestionSummary::id)
                .containsExactly(shared.id());
    }

    @Test
    void deleting_a_linked_experience_keeps_the_answer_text_and_removes_the_link() {
        signedIn(Who.APPLICANT);
        QuestionSummary question = bank.addMyQuestion(Category.RADIOLOGY, AnswerStructure.FREE_TEXT, unique("Why radiology"));
        ExperienceSummary deleted = service.create(details(unique("To be deleted")));
        ExperienceSummary kept = service.create(details(unique("To be kept")));
        SaveOutcome saved = answers.save(question.id(), AnswerDraft.NOT_SAVED_YET, Map.of("answer", "One night changed my mind."));
        answers.linkExperience(question.id(), deleted.id());
        answers.linkExperience(question.id(), kept.id());

        service.delete(deleted.id());

        AnswerDraft draft = answers.open(question.id());
        assertThat(draft.part("answer")).isEqualTo("One night changed my mind.");
        assertThat(draft.experienceIds()).containsExactly(kept.id());
        assertThat(draft.version()).as("deleting an experience does not stale the editor").isEqualTo(saved.version());
        assertThat(answers.history(question.id())).hasSize(1);
        assertThat(service.myExperiences()).extracting(ExperienceSummary::id).containsExactly(kept.id());
        assertThat(service.experience(kept.id()).usedIn()).extracting(QuestionSummary::id).containsExactly(question.id());
    }

    // --- one applicant never reaches another's experiences -------------------------------------------

    @Test
    void another_applicant_can_neither_read_update_nor_delete_my_experience() {
        AccountSummary owner = accounts.applicant();
        ExperienceSummary mine = experienceOf(owner, "Private case");
        signedIn(Who.APPLICANT);

        assertThat(service.myExperiences()).extracting(ExperienceSummary::id).doesNotContain(mine.id());
        assertThatThrownBy(() -> service.experience(mine.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.update(mine.id(), mine.version(), details(unique("Overwritten"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.delete(mine.id())).isInstanceOf(AccessDeniedException.class);

        ExperienceSummary stillMine = as(owner, () -> service.experience(mine.id()));
        assertThat(stillMine.details()).isEqualTo(mine.details());
        assertThat(stillMine.version()).isEqualTo(mine.version());
    }

    // --- helpers ---------------------------------------------------------------------------------

    /** Signs in as {@code applicant} when the caller is an applicant, otherwise as a fresh caller of that kind. */
    private void caller(Who who, AccountSummary applicant) {
        if (who == Who.APPLICANT) {
            accounts.signIn(applicant);
        } else {
            signedIn(who);
        }
    }

    private ExperienceSummary experienceOf(AccountSummary owner, String title) {
        return as(owner, () -> service.create(details(unique(title))));
    }

    private Experience stored(long experienceId) {
        return repository.findById(experienceId).orElseThrow();
    }

    private long withTitle(String title) {
        return repository.findAll().stream().filter(experience -> experience.getTitle().equals(title)).count();
    }

    private static ExperienceDetails details(String title) {
        return new ExperienceDetails(title, "Radiology elective", "2025", "I read the CT with the attending.",
                "I can explain findings plainly.");
    }

    private static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
