package org.matchprep.answers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.matchprep.account.AccountSummary;
import org.matchprep.account.Role;
import org.matchprep.answers.domain.Question;
import org.matchprep.answers.domain.QuestionRepository;
import org.matchprep.testing.IntegrationTest;
import org.matchprep.testing.Who;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;

class QuestionBankServiceTest extends IntegrationTest {

    @Autowired
    private QuestionBankService service;

    @Autowired
    private AnswerService answers;

    @Autowired
    private QuestionRepository repository;

    // --- who may call what: applicants keep their own questions -----------------------------------

    @ParameterizedTest
    @EnumSource(Who.class)
    void questions_for_me_are_for_applicants_only(Who who) {
        AccountSummary owner = accounts.applicant();
        QuestionSummary own = as(owner, () -> service.addMyQuestion(Category.IMG, AnswerStructure.IMG_PATTERN, unique("Mine")));
        caller(who, owner);

        if (who == Who.APPLICANT) {
            List<QuestionSummary> mine = service.questionsForMe();
            assertThat(mine).extracting(QuestionSummary::id).contains(own.id());
            assertThat(mine).extracting(QuestionSummary::text).contains("Tell me about yourself.");
        } else {
            assertThatThrownBy(() -> service.questionsForMe()).isInstanceOf(AuthorizationDeniedException.class);
        }
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void adding_my_own_question_is_for_applicants_only(Who who) {
        AccountSummary me = signedIn(who);
        String text = unique("Why did you choose your elective");

        if (who == Who.APPLICANT) {
            QuestionSummary added = service.addMyQuestion(Category.RADIOLOGY, AnswerStructure.FREE_TEXT, "  " + text + " ");
            assertThat(added.text()).isEqualTo(text);
            assertThat(added.own()).isTrue();
            assertThat(added.retired()).isFalse();
            assertThat(stored(added.id()).getOwnerId()).isEqualTo(me.id());
        } else {
            assertThatThrownBy(() -> service.addMyQuestion(Category.RADIOLOGY, AnswerStructure.FREE_TEXT, text))
                    .isInstanceOf(AuthorizationDeniedException.class);
            assertThat(withText(text)).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void deleting_my_own_question_is_for_applicants_only(Who who) {
        AccountSummary owner = accounts.applicant();
        QuestionSummary own = as(owner, () -> service.addMyQuestion(Category.IMG, AnswerStructure.FREE_TEXT, unique("Deletable")));
        caller(who, owner);

        if (who == Who.APPLICANT) {
            service.deleteMyQuestion(own.id());
            assertThat(repository.existsById(own.id())).isFalse();
        } else {
            assertThatThrownBy(() -> service.deleteMyQuestion(own.id())).isInstanceOf(AuthorizationDeniedException.class);
            assertThat(repository.existsById(own.id())).isTrue();
        }
    }

    @Test
    void an_applicant_made_admin_is_refused_by_role_even_for_their_own_question() {
        AccountSummary applicant = accounts.applicant();
        QuestionSummary own = as(applicant, () -> service.addMyQuestion(Category.RADIOLOGY, AnswerStructure.FREE_TEXT,
                unique("Why radiology")));
        accounts.signIn(accounts.changeRole(applicant, Role.ADMIN));

        assertThatThrownBy(() -> service.questionsForMe()).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> service.addMyQuestion(Category.RADIOLOGY, AnswerStructure.FREE_TEXT, unique("Another")))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> service.deleteMyQuestion(own.id())).isInstanceOf(AuthorizationDeniedException.class);
        assertThat(stored(own.id())).isNotNull();
    }

    // --- who may call what: admins keep the bank --------------------------------------------------

    @ParameterizedTest
    @EnumSource(Who.class)
    void the_whole_bank_is_for_admins_only(Who who) {
        QuestionSummary retired = retiredBankQuestion();
        signedIn(who);

        if (who == Who.ADMIN) {
            List<QuestionSummary> bank = service.bank();
            assertThat(bank).extracting(QuestionSummary::id).contains(retired.id());
            assertThat(bank).filteredOn(QuestionSummary::id, retired.id()).singleElement()
                    .extracting(QuestionSummary::retired).isEqualTo(true);
            assertThat(bank).noneMatch(QuestionSummary::own);
        } else {
            assertThatThrownBy(() -> service.bank()).isInstanceOf(AuthorizationDeniedException.class);
        }
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void adding_a_bank_question_is_for_admins_only(Who who) {
        signedIn(who);
        String text = unique("What did you learn on your US rotation");

        if (who == Who.ADMIN) {
            QuestionSummary added = service.addBankQuestion(Category.IMG, AnswerStructure.FREE_TEXT, text, "  Be specific. ");
            assertThat(added.own()).isFalse();
            assertThat(added.guidance()).isEqualTo("Be specific.");
            assertThat(stored(added.id()).isBankQuestion()).isTrue();
        } else {
            assertThatThrownBy(() -> service.addBankQuestion(Category.IMG, AnswerStructure.FREE_TEXT, text, null))
                    .isInstanceOf(AuthorizationDeniedException.class);
            assertThat(withText(text)).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void editing_a_bank_question_is_for_admins_only(Who who) {
        QuestionSummary question = newBankQuestion(AnswerStructure.FREE_TEXT);
        signedIn(who);
        String text = unique("Edited");

        if (who == Who.ADMIN) {
            QuestionSummary edited = service.editBankQuestion(question.id(), question.version(), Category.RADIOLOGY,
                    AnswerStructure.FREE_TEXT, text, null);
            assertThat(edited.text()).isEqualTo(text);
            assertThat(stored(question.id()).getText()).isEqualTo(text);
        } else {
            assertThatThrownBy(() -> service.editBankQuestion(question.id(), question.version(), Category.RADIOLOGY,
                    AnswerStructure.FREE_TEXT, text, null)).isInstanceOf(AuthorizationDeniedException.class);
            assertThat(stored(question.id()).getText()).isEqualTo(question.text());
        }
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void retiring_a_bank_question_is_for_admins_only(Who who) {
        QuestionSummary question = newBankQuestion(AnswerStructure.FREE_TEXT);
        signedIn(who);

        if (who == Who.ADMIN) {
            assertThat(service.retire(question.id()).retired()).isTrue();
            assertThat(stored(question.id()).isRetired()).isTrue();
        } else {
            assertThatThrownBy(() -> service.retire(question.id())).isInstanceOf(AuthorizationDeniedException.class);
            assertThat(stored(question.id()).isRetired()).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void reinstating_a_bank_question_is_for_admins_only(Who who) {
        QuestionSummary question = retiredBankQuestion();
        signedIn(who);

        if (who == Who.ADMIN) {
            assertThat(service.reinstate(question.id()).retired()).isFalse();
            assertThat(stored(question.id()).isRetired()).isFalse();
        } else {
            assertThatThrownBy(() -> service.reinstate(question.id())).isInstanceOf(AuthorizationDeniedException.class);
            assertThat(stored(question.id()).isRetired()).isTrue();
        }
    }

    // --- the seeded bank --------------------------------------------------------------------------

    @Test
    void the_seeded_bank_has_at_least_eight_active_questions_in_every_category() {
        signedIn(Who.ADMIN);

        Map<Category, Long> active = service.bank().stream().filter(question -> !question.retired())
                .collect(Collectors.groupingBy(QuestionSummary::category, Collectors.counting()));

        assertThat(Category.values()).allSatisfy(category ->
                assertThat(active.getOrDefault(category, 0L)).as(category.name()).isGreaterThanOrEqualTo(8));
    }

    @Test
    void an_applicant_sees_at_least_eight_bank_questions_in_every_category() {
        signedIn(Who.APPLICANT);

        Map<Category, Long> visible = service.questionsForMe().stream()
                .collect(Collectors.groupingBy(QuestionSummary::category, Collectors.counting()));

        assertThat(Category.values()).allSatisfy(category ->
                assertThat(visible.getOrDefault(category, 0L)).as(category.name()).isGreaterThanOrEqualTo(8));
    }

    @Test
    void the_bank_opens_with_the_narrative_then_why_radiology_in_its_own_shape_then_why_our_program() {
        signedIn(Who.ADMIN);

        List<QuestionSummary> first = service.bank().stream()
                .filter(question -> question.category() == Category.GET_TO_KNOW_YOU).limit(3).toList();

        assertThat(first).extracting(QuestionSummary::structure)
                .containsExactly(AnswerStructure.NARRATIVE, AnswerStructure.WHY_RADIOLOGY, AnswerStructure.FREE_TEXT);
        assertThat(first).extracting(QuestionSummary::text)
                .containsExactly("Tell me about yourself.", "Why radiology?", "Why our program?");
        assertThat(first.get(2).guidance()).contains("per program, in its dossier");
        assertThat(first).allSatisfy(question -> assertThat(question.guidance()).isNotBlank());
    }

    @Test
    void the_bank_covers_what_radiology_interviewers_ask_each_in_its_category_and_structure() {
        signedIn(Who.APPLICANT);
        List<QuestionSummary> bank = service.questionsForMe();

        assertAsked(bank, "preliminary or transitional year", Category.RADIOLOGY, AnswerStructure.FREE_TEXT);
        assertAsked(bank, "ESIR", Category.RADIOLOGY, AnswerStructure.FREE_TEXT);
        assertAsked(bank, "acute stroke", Category.RADIOLOGY, AnswerStructure.FREE_TEXT);
        assertAsked(bank, "major trauma", Category.RADIOLOGY, AnswerStructure.FREE_TEXT);
        assertAsked(bank, "stage a newly diagnosed cancer", Category.RADIOLOGY, AnswerStructure.FREE_TEXT);
        assertAsked(bank, "pulmonary embolism", Category.RADIOLOGY, AnswerStructure.FREE_TEXT);
        assertAsked(bank, "not the right test", Category.RADIOLOGY, AnswerStructure.FREE_TEXT);
        assertAsked(bank, "your research", Category.GET_TO_KNOW_YOU, AnswerStructure.FREE_TEXT);
        assertAsked(bank, "ethical dilemma", Category.BEHAVIOURAL, AnswerStructure.STAR);
        assertAsked(bank, "do not match into radiology", Category.RED_FLAG, AnswerStructure.FREE_TEXT);
        assertAsked(bank, "Where else are you interviewing?", Category.RED_FLAG, AnswerStructure.FREE_TEXT);
        assertAsked(bank, "rank our program first", Category.RED_FLAG, AnswerStructure.FREE_TEXT);
        assertThat(bank).filteredOn(question -> question.text().contains("Where else"))
                .singleElement().extracting(QuestionSummary::guidance).asString().contains("Match");
    }

    private static void assertAsked(List<QuestionSummary> bank, String words, Category category, AnswerStructure structure) {
        assertThat(bank).as(words).filteredOn(question -> question.text().contains(words)).singleElement().satisfies(question -> {
            assertThat(question.category()).isEqualTo(category);
            assertThat(question.structure()).isEqualTo(structure);
            assertThat(question.guidance()).isNotBlank();
        });
    }

    // --- adding, editing, retiring ---------------------------------------------------------------

    @Test
    void a_new_bank_question_comes_last_in_its_category_and_is_shown_to_applicants() {
        QuestionSummary added = newBankQuestion(AnswerStructure.STAR);

        List<QuestionSummary> behavioural = asAdmin(() -> service.bank()).stream()
                .filter(question -> question.category() == Category.BEHAVIOURAL).toList();
        assertThat(behavioural.getLast().id()).isEqualTo(added.id());

        signedIn(Who.APPLICANT);
        assertThat(service.questionsForMe()).filteredOn(QuestionSummary::id, added.id()).singleElement()
                .satisfies(question -> {
                    assertThat(question.own()).isFalse();
                    assertThat(question.structure()).isEqualTo(AnswerStructure.STAR);
                });
    }

    @Test
    void a_retired_question_disappears_for_applicants_but_an_existing_answer_to_it_stays_readable() {
        QuestionSummary question = newBankQuestion(AnswerStructure.FREE_TEXT);
        AccountSummary applicant = accounts.applicant();
        as(applicant, () -> answers.save(question.id(), AnswerDraft.NOT_SAVED_YET, Map.of("answer", "My kept answer.")));

        asAdmin(() -> service.retire(question.id()));

        accounts.signIn(applicant);
        assertThat(service.questionsForMe()).extracting(QuestionSummary::id).doesNotContain(question.id());
        AnswerDraft draft = answers.open(question.id());
        assertThat(draft.part("answer")).isEqualTo("My kept answer.");
        assertThat(draft.question().retired()).isTrue();
        assertThat(answers.history(question.id())).hasSize(1);

        asAdmin(() -> service.reinstate(question.id()));
        accounts.signIn(applicant);
        assertThat(service.questionsForMe()).extracting(QuestionSummary::id).contains(question.id());
    }

    @Test
    void retiring_a_retired_question_or_reinstating_an_active_one_is_refused() {
        QuestionSummary question = newBankQuestion(AnswerStructure.FREE_TEXT);
        signedIn(Who.ADMIN);

        assertThatThrownBy(() -> service.reinstate(question.id())).isInstanceOf(IllegalStateException.class);
        service.retire(question.id());
        assertThatThrownBy(() -> service.retire(question.id())).isInstanceOf(IllegalStateException.class);
        assertThat(stored(question.id()).isRetired()).isTrue();
    }

    @Test
    void editing_changes_the_wording_category_structure_and_guidance_and_moves_the_version_on() {
        QuestionSummary question = newBankQuestion(AnswerStructure.FREE_TEXT);
        signedIn(Who.ADMIN);
        String text = unique("Tell me about a disagreement");

        QuestionSummary edited = service.editBankQuestion(question.id(), question.version(), Category.BEHAVIOURAL,
                AnswerStructure.STAR, "  " + text + "  ", "   ");

        assertThat(edited.text()).isEqualTo(text);
        assertThat(edited.category()).isEqualTo(Category.BEHAVIOURAL);
        assertThat(edited.structure()).isEqualTo(AnswerStructure.STAR);
        assertThat(edited.guidance()).isNull();
        assertThat(edited.version()).isGreaterThan(question.version());
    }

    @Test
    void editing_with_a_stale_version_is_refused_and_changes_nothing() {
        QuestionSummary question = newBankQuestion(AnswerStructure.FREE_TEXT);
        signedIn(Who.ADMIN);
        String first = unique("First admin's wording");
        service.editBankQuestion(question.id(), question.version(), question.category(), question.structure(), first, null);

        assertThatThrownBy(() -> service.editBankQuestion(question.id(), question.version(), question.category(),
                question.structure(), unique("Second admin's wording"), null))
                .isInstanceOf(InvalidAnswerException.class)
                .hasMessageContaining("Another admin");

        assertThat(stored(question.id()).getText()).isEqualTo(first);
    }

    @Test
    void changing_the_structure_of_an_answered_question_is_refused_but_its_wording_may_change() {
        QuestionSummary question = newBankQuestion(AnswerStructure.STAR);
        AccountSummary applicant = accounts.applicant();
        as(applicant, () -> answers.save(question.id(), AnswerDraft.NOT_SAVED_YET, Map.of("situation", "On call.")));
        signedIn(Who.ADMIN);

        assertThatThrownBy(() -> service.editBankQuestion(question.id(), question.version(), question.category(),
                AnswerStructure.FREE_TEXT, question.text(), null))
                .isInstanceOf(InvalidAnswerException.class)
                .hasMessageContaining("structure");
        assertThat(stored(question.id()).getStructure()).isEqualTo(AnswerStructure.STAR);

        String reworded = unique("Reworded");
        service.editBankQuestion(question.id(), question.version(), question.category(), AnswerStructure.STAR, reworded, null);
        accounts.signIn(applicant);
        AnswerDraft draft = answers.open(question.id());
        assertThat(draft.question().text()).isEqualTo(reworded);
        assertThat(draft.part("situation")).isEqualTo("On call.");
    }

    @Test
    void changing_the_structure_of_an_unanswered_question_is_allowed() {
        QuestionSummary question = newBankQuestion(AnswerStructure.STAR);
        signedIn(Who.ADMIN);

        QuestionSummary edited = service.editBankQuestion(question.id(), question.version(), question.category(),
                AnswerStructure.FREE_TEXT, question.text(), null);

        assertThat(edited.structure()).isEqualTo(AnswerStructure.FREE_TEXT);
    }

    @Test
    void blank_or_too_long_question_text_is_refused_and_nothing_is_stored() {
        signedIn(Who.APPLICANT);
        long before = repository.count();

        assertThatThrownBy(() -> service.addMyQuestion(Category.IMG, AnswerStructure.FREE_TEXT, "   "))
                .isInstanceOf(InvalidAnswerException.class);
        assertThatThrownBy(() -> service.addMyQuestion(Category.IMG, AnswerStructure.FREE_TEXT, null))
                .isInstanceOf(InvalidAnswerException.class);
        assertThatThrownBy(() -> service.addMyQuestion(Category.IMG, AnswerStructure.FREE_TEXT, tooLong()))
                .isInstanceOf(InvalidAnswerException.class);
        assertThatThrownBy(() -> service.addMyQuestion(null, AnswerStructure.FREE_TEXT, unique("No category")))
                .isInstanceOf(InvalidAnswerException.class);
        assertThatThrownBy(() -> service.addMyQuestion(Category.IMG, null, unique("No structure")))
                .isInstanceOf(InvalidAnswerException.class);

        signedIn(Who.ADMIN);
        assertThatThrownBy(() -> service.addBankQuestion(Category.IMG, AnswerStructure.FREE_TEXT, "", null))
                .isInstanceOf(InvalidAnswerException.class);
        assertThatThrownBy(() -> service.addBankQuestion(Category.IMG, AnswerStructure.FREE_TEXT, tooLong(), null))
                .isInstanceOf(InvalidAnswerException.class);
        assertThatThrownBy(() -> service.addBankQuestion(Category.IMG, AnswerStructure.FREE_TEXT, unique("Long guidance"),
                "g".repeat(Question.GUIDANCE_MAX_LENGTH + 1))).isInstanceOf(InvalidAnswerException.class);

        assertThat(repository.count()).isEqualTo(before);
    }

    @Test
    void question_text_at_the_limit_is_accepted_once_surrounding_spaces_are_stripped() {
        signedIn(Who.APPLICANT);
        String longest = UUID.randomUUID() + "q".repeat(Question.TEXT_MAX_LENGTH - 36);

        QuestionSummary added = service.addMyQuestion(Category.IMG, AnswerStructure.FREE_TEXT, "   " + longest + "   ");

        assertThat(added.text()).hasSize(Question.TEXT_MAX_LENGTH).isEqualTo(longest);
    }

    @Test
    void editing_to_blank_or_too_long_text_is_refused_and_changes_nothing() {
        QuestionSummary question = newBankQuestion(AnswerStructure.FREE_TEXT);
        signedIn(Who.ADMIN);

        assertThatThrownBy(() -> service.editBankQuestion(question.id(), question.version(), question.category(),
                question.structure(), " ", null)).isInstanceOf(InvalidAnswerException.class);
        assertThatThrownBy(() -> service.editBankQuestion(question.id(), question.version(), question.category(),
                question.structure(), tooLong(), null)).isInstanceOf(InvalidAnswerException.class);
        assertThatThrownBy(() -> service.editBankQuestion(question.id(), question.version(), question.category(),
                question.structure(), question.text(), "g".repeat(Question.GUIDANCE_MAX_LENGTH + 1)))
                .isInstanceOf(InvalidAnswerException.class);

        Question stored = stored(question.id());
        assertThat(stored.getText()).isEqualTo(question.text());
        assertThat(stored.getVersion()).isEqualTo(question.version());
    }

    // --- private questions -----------------------------------------------------------------------

    @Test
    void an_applicants_own_question_is_invisible_to_another_applicant() {
        AccountSummary owner = accounts.applicant();
        QuestionSummary own = as(owner, () -> service.addMyQuestion(Category.RED_FLAG, AnswerStructure.RED_FLAG_PATTERN,
                unique("Why did my research year end early")));
        as(owner, () -> answers.save(own.id(), AnswerDraft.NOT_SAVED_YET, Map.of("fact", "It ended after six months.")));

        signedIn(Who.APPLICANT);
        assertThat(service.questionsForMe()).extracting(QuestionSummary::id).doesNotContain(own.id());
        assertThatThrownBy(() -> answers.open(own.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> answers.history(own.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.deleteMyQuestion(own.id())).isInstanceOf(AccessDeniedException.class);

        assertThat(repository.existsById(own.id())).isTrue();
        accounts.signIn(owner);
        assertThat(service.questionsForMe()).filteredOn(QuestionSummary::id, own.id()).singleElement()
                .extracting(QuestionSummary::own).isEqualTo(true);
    }

    @Test
    void an_applicants_own_question_is_not_part_of_the_bank_even_for_admins() {
        AccountSummary owner = accounts.applicant();
        QuestionSummary own = as(owner, () -> service.addMyQuestion(Category.IMG, AnswerStructure.FREE_TEXT, unique("Private")));
        signedIn(Who.ADMIN);

        assertThat(service.bank()).extracting(QuestionSummary::id).doesNotContain(own.id());
        assertThatThrownBy(() -> service.editBankQuestion(own.id(), own.version(), Category.IMG, AnswerStructure.FREE_TEXT,
                unique("Hijacked"), null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.retire(own.id())).isInstanceOf(AccessDeniedException.class);

        Question stored = stored(own.id());
        assertThat(stored.getText()).isEqualTo(own.text());
        assertThat(stored.isRetired()).isFalse();
    }

    @Test
    void own_questions_are_listed_after_the_bank_questions_of_their_category() {
        signedIn(Who.APPLICANT);
        QuestionSummary own = service.addMyQuestion(Category.RADIOLOGY, AnswerStructure.FREE_TEXT, unique("Mine last"));

        List<QuestionSummary> radiology = service.questionsForMe().stream()
                .filter(question -> question.category() == Category.RADIOLOGY).toList();

        assertThat(radiology.getLast().id()).isEqualTo(own.id());
        assertThat(radiology.subList(0, radiology.size() - 1)).noneMatch(QuestionSummary::own);
    }

    @Test
    void an_applicant_cannot_delete_a_bank_question_or_an_unknown_one() {
        QuestionSummary question = newBankQuestion(AnswerStructure.FREE_TEXT);
        signedIn(Who.APPLICANT);

        assertThatThrownBy(() -> service.deleteMyQuestion(question.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.deleteMyQuestion(Long.MAX_VALUE)).isInstanceOf(AccessDeniedException.class);
        assertThat(repository.existsById(question.id())).isTrue();
    }

    @Test
    void an_own_question_with_an_answer_is_not_deleted() {
        signedIn(Who.APPLICANT);
        QuestionSummary own = service.addMyQuestion(Category.IMG, AnswerStructure.FREE_TEXT, unique("Answered"));
        answers.save(own.id(), AnswerDraft.NOT_SAVED_YET, Map.of("answer", "Some words I want to keep."));

        assertThatThrownBy(() -> service.deleteMyQuestion(own.id())).isInstanceOf(InvalidAnswerException.class);

        assertThat(repository.existsById(own.id())).isTrue();
        assertThat(answers.open(own.id()).part("answer")).isEqualTo("Some words I want to keep.");
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

    private <T> T asAdmin(Supplier<T> action) {
        return as(accounts.admin(), action);
    }

    private QuestionSummary newBankQuestion(AnswerStructure structure) {
        Category category = switch (structure) {
            case NARRATIVE, WHY_RADIOLOGY -> Category.GET_TO_KNOW_YOU;
            case STAR -> Category.BEHAVIOURAL;
            case IMG_PATTERN -> Category.IMG;
            case RED_FLAG_PATTERN -> Category.RED_FLAG;
            case FREE_TEXT -> Category.RADIOLOGY;
        };
        return asAdmin(() -> service.addBankQuestion(category, structure, unique("Bank question"), "Some guidance."));
    }

    private QuestionSummary retiredBankQuestion() {
        long id = newBankQuestion(AnswerStructure.FREE_TEXT).id();
        return asAdmin(() -> service.retire(id));
    }

    private Question stored(long questionId) {
        return repository.findById(questionId).orElseThrow();
    }

    private List<Question> withText(String text) {
        return repository.findAll().stream().filter(question -> question.getText().equals(text)).toList();
    }

    private static String tooLong() {
        return "q".repeat(Question.TEXT_MAX_LENGTH + 1);
    }

    private static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8) + "?";
    }
}
