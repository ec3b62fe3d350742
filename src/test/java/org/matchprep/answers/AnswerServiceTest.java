package org.matchprep.answers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.matchprep.account.AccountSummary;
import org.matchprep.account.Role;
import org.matchprep.answers.domain.Answer;
import org.matchprep.answers.domain.AnswerRepository;
import org.matchprep.answers.domain.RevisionRepository;
import org.matchprep.base.WordDiff;
import org.matchprep.base.WordDiff.Kind;
import org.matchprep.base.WordDiff.Segment;
import org.matchprep.testing.IntegrationTest;
import org.matchprep.testing.MutableClock;
import org.matchprep.testing.MutableClockConfiguration;
import org.matchprep.testing.Who;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;

/** Answers, autosave and revisions, with a clock the test moves (the context shared by clock tests). */
@Import(MutableClockConfiguration.class)
class AnswerServiceTest extends IntegrationTest {

    @Autowired
    private AnswerService service;

    @Autowired
    private QuestionBankService bank;

    @Autowired
    private ExperienceService experiences;

    @Autowired
    private AnswerRepository answerRepository;

    @Autowired
    private RevisionRepository revisionRepository;

    @Autowired
    private MutableClock clock;

    // --- who may call what: only applicants, for their own answers ---------------------------------

    @ParameterizedTest
    @EnumSource(Who.class)
    void opening_an_answer_is_for_applicants_only(Who who) {
        AccountSummary owner = accounts.applicant();
        QuestionSummary question = ownQuestion(owner, AnswerStructure.FREE_TEXT);
        caller(who, owner);

        if (who == Who.APPLICANT) {
            AnswerDraft draft = service.open(question.id());
            assertThat(draft.question().id()).isEqualTo(question.id());
            assertThat(draft.version()).isEqualTo(AnswerDraft.NOT_SAVED_YET);
        } else {
            assertThatThrownBy(() -> service.open(question.id())).isInstanceOf(AuthorizationDeniedException.class);
        }
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void listing_my_questions_with_their_answers_is_for_applicants_only(Who who) {
        AccountSummary owner = accounts.applicant();
        QuestionSummary question = ownQuestion(owner, AnswerStructure.FREE_TEXT);
        saveAs(owner, question, "Four words in here.");
        caller(who, owner);

        if (who == Who.APPLICANT) {
            assertThat(service.myQuestions()).filteredOn(entry -> entry.question().id() == question.id())
                    .singleElement().satisfies(entry -> {
                        assertThat(entry.words()).isEqualTo(4);
                        assertThat(entry.answered()).isTrue();
                    });
        } else {
            assertThatThrownBy(() -> service.myQuestions()).isInstanceOf(AuthorizationDeniedException.class);
        }
    }

    @Test
    void my_question_list_shows_neither_another_applicants_othersQuestionquestions_nor_their_answers() {
        AccountSummary owner = accounts.applicant();
        QuestionSummary othersQuestion = ownQuestion(owner, AnswerStructure.FREE_TEXT);
        saveAs(owner, othersQuestion, "Only mine.");
        accounts.signIn(accounts.applicant());

        assertThat(service.myQuestions()).noneMatch(entry -> entry.question().id() == othersQuestion.id());
        assertThat(service.myQuestions()).allMatch(entry -> !entry.answered());
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void saving_an_answer_is_for_applicants_only(Who who) {
        AccountSummary owner = accounts.applicant();
        QuestionSummary question = ownQuestion(owner, AnswerStructure.FREE_TEXT);
        caller(who, owner);
        Map<String, String> parts = Map.of("answer", "My first draft.");

        if (who == Who.APPLICANT) {
            assertThat(service.save(question.id(), AnswerDraft.NOT_SAVED_YET, parts).revisionNumber()).isEqualTo(1);
            assertThat(storedAnswer(owner, question).getParts()).containsEntry("answer", "My first draft.");
        } else {
            assertThatThrownBy(() -> service.save(question.id(), AnswerDraft.NOT_SAVED_YET, parts))
                    .isInstanceOf(AuthorizationDeniedException.class);
            assertThat(answerRepository.findByApplicantIdAndQuestionId(owner.id(), question.id())).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void the_history_is_for_applicants_only(Who who) {
        AccountSummary owner = accounts.applicant();
        QuestionSummary question = ownQuestion(owner, AnswerStructure.FREE_TEXT);
        saveAs(owner, question, "Some history.");
        caller(who, owner);

        if (who == Who.APPLICANT) {
            assertThat(service.history(question.id())).hasSize(1);
        } else {
            assertThatThrownBy(() -> service.history(question.id())).isInstanceOf(AuthorizationDeniedException.class);
        }
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void reading_a_revision_is_for_applicants_only(Who who) {
        AccountSummary owner = accounts.applicant();
        QuestionSummary question = ownQuestion(owner, AnswerStructure.FREE_TEXT);
        saveAs(owner, question, "A revision to read.");
        long revisionId = as(owner, () -> service.history(question.id())).getFirst().id();
        caller(who, owner);

        if (who == Who.APPLICANT) {
            RevisionContent content = service.revision(revisionId);
            assertThat(content.parts()).containsEntry("answer", "A revision to read.");
            assertThat(content.structure()).isEqualTo(AnswerStructure.FREE_TEXT);
        } else {
            assertThatThrownBy(() -> service.revision(revisionId)).isInstanceOf(AuthorizationDeniedException.class);
        }
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void comparing_revisions_is_for_applicants_only(Who who) {
        AccountSummary owner = accounts.applicant();
        QuestionSummary question = ownQuestion(owner, AnswerStructure.FREE_TEXT);
        List<RevisionSummary> revisions = twoRevisions(owner, question, "the first text", "the second text");
        caller(who, owner);

        if (who == Who.APPLICANT) {
            RevisionDiff diff = service.diff(revisions.get(1).id(), revisions.get(0).id());
            assertThat(diff.parts()).singleElement().extracting(WordDiff.PartDiff::changed).isEqualTo(true);
        } else {
            assertThatThrownBy(() -> service.diff(revisions.get(1).id(), revisions.get(0).id()))
                    .isInstanceOf(AuthorizationDeniedException.class);
        }
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void restoring_a_revision_is_for_applicants_only(Who who) {
        AccountSummary owner = accounts.applicant();
        QuestionSummary question = ownQuestion(owner, AnswerStructure.FREE_TEXT);
        List<RevisionSummary> revisions = twoRevisions(owner, question, "the first text", "the second text");
        long oldest = revisions.get(1).id();
        caller(who, owner);

        if (who == Who.APPLICANT) {
            assertThat(service.restore(oldest).revisionNumber()).isEqualTo(3);
            assertThat(storedAnswer(owner, question).getParts()).containsEntry("answer", "the first text");
        } else {
            assertThatThrownBy(() -> service.restore(oldest)).isInstanceOf(AuthorizationDeniedException.class);
            assertThat(storedAnswer(owner, question).getParts()).containsEntry("answer", "the second text");
            assertThat(revisionRepository.countByAnswerId(storedAnswer(owner, question).getId())).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void linking_an_experience_is_for_applicants_only(Who who) {
        AccountSummary owner = accounts.applicant();
        QuestionSummary question = ownQuestion(owner, AnswerStructure.FREE_TEXT);
        ExperienceSummary experience = experienceOf(owner);
        caller(who, owner);

        if (who == Who.APPLICANT) {
            service.linkExperience(question.id(), experience.id());
            assertThat(service.open(question.id()).experienceIds()).containsExactly(experience.id());
        } else {
            assertThatThrownBy(() -> service.linkExperience(question.id(), experience.id()))
                    .isInstanceOf(AuthorizationDeniedException.class);
            assertThat(answerRepository.findByApplicantIdAndQuestionId(owner.id(), question.id())).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void unlinking_an_experience_is_for_applicants_only(Who who) {
        AccountSummary owner = accounts.applicant();
        QuestionSummary question = ownQuestion(owner, AnswerStructure.FREE_TEXT);
        ExperienceSummary experience = experienceOf(owner);
        as(owner, () -> {
            service.linkExperience(question.id(), experience.id());
            return null;
        });
        caller(who, owner);

        if (who == Who.APPLICANT) {
            service.unlinkExperience(question.id(), experience.id());
            assertThat(service.open(question.id()).experienceIds()).isEmpty();
        } else {
            assertThatThrownBy(() -> service.unlinkExperience(question.id(), experience.id()))
                    .isInstanceOf(AuthorizationDeniedException.class);
            assertThat(linkedTo(owner, question)).containsExactly(experience.id());
        }
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void reading_the_speaking_rate_is_for_applicants_only(Who who) {
        signedIn(who);

        if (who == Who.APPLICANT) {
            assertThat(service.speakingRate()).isEqualTo(SpeakingTime.DEFAULT_WORDS_PER_MINUTE);
        } else {
            assertThatThrownBy(() -> service.speakingRate()).isInstanceOf(AuthorizationDeniedException.class);
        }
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void changing_the_speaking_rate_is_for_applicants_only(Who who) {
        signedIn(who);

        if (who == Who.APPLICANT) {
            assertThat(service.changeSpeakingRate(120)).isEqualTo(120);
            assertThat(service.speakingRate()).isEqualTo(120);
        } else {
            assertThatThrownBy(() -> service.changeSpeakingRate(120)).isInstanceOf(AuthorizationDeniedException.class);
        }
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void progress_is_for_applicants_only(Who who) {
        signedIn(who);

        if (who == Who.APPLICANT) {
            WorkspaceProgress progress = service.progress();
            assertThat(progress.categories()).extracting(WorkspaceProgress.CategoryProgress::category)
                    .containsExactlyInAnyOrder(Category.values());
            assertThat(progress.categories()).allSatisfy(category -> assertThat(category.answered()).isZero());
            assertThat(progress.totalSpeakingTime()).isZero();
            assertThat(progress.recentEdits()).isEmpty();
        } else {
            assertThatThrownBy(() -> service.progress()).isInstanceOf(AuthorizationDeniedException.class);
        }
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void workspace_counts_are_for_admins_only(Who who) {
        signedIn(who);

        if (who == Who.ADMIN) {
            WorkspaceCounts counts = service.counts();
            assertThat(counts.bankQuestions()).isPositive();
            assertThat(counts.answersWritten()).isNotNegative();
            assertThat(counts.experiences()).isNotNegative();
        } else {
            assertThatThrownBy(() -> service.counts()).isInstanceOf(AuthorizationDeniedException.class);
        }
    }

    @Test
    void an_applicant_made_mentor_is_refused_by_role_even_for_their_own_answers() {
        AccountSummary applicant = accounts.applicant();
        QuestionSummary question = ownQuestion(applicant, AnswerStructure.FREE_TEXT);
        List<RevisionSummary> history = twoRevisions(applicant, question, "First try.", "Second try.");
        ExperienceSummary experience = experienceOf(applicant);
        accounts.signIn(accounts.changeRole(applicant, Role.MENTOR));

        assertThatThrownBy(() -> service.open(question.id())).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> service.myQuestions()).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> service.save(question.id(), AnswerDraft.NOT_SAVED_YET, Map.of("answer", "Mine.")))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> service.history(question.id())).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> service.revision(history.getFirst().id())).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> service.diff(history.get(1).id(), history.getFirst().id()))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> service.restore(history.get(1).id())).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> service.linkExperience(question.id(), experience.id()))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> service.unlinkExperience(question.id(), experience.id()))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> service.speakingRate()).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> service.changeSpeakingRate(120)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> service.progress()).isInstanceOf(AuthorizationDeniedException.class);
    }

    // --- opening and autosaving -------------------------------------------------------------------

    @Test
    void an_answer_not_written_yet_opens_empty_at_the_default_pace() {
        AccountSummary me = signedIn(Who.APPLICANT);
        QuestionSummary question = ownQuestion(me, AnswerStructure.STAR);

        AnswerDraft draft = service.open(question.id());

        assertThat(draft.parts()).isEmpty();
        assertThat(draft.part("situation")).isEmpty();
        assertThat(draft.version()).isEqualTo(AnswerDraft.NOT_SAVED_YET);
        assertThat(draft.updatedAt()).isNull();
        assertThat(draft.experienceIds()).isEmpty();
        assertThat(draft.wordsPerMinute()).isEqualTo(SpeakingTime.DEFAULT_WORDS_PER_MINUTE);
        assertThat(draft.question().structure()).isEqualTo(AnswerStructure.STAR);
    }

    @Test
    void a_saved_answer_opens_with_the_saved_parts_version_and_time() {
        AccountSummary me = signedIn(Who.APPLICANT);
        QuestionSummary question = ownQuestion(me, AnswerStructure.STAR);

        SaveOutcome first = service.save(question.id(), AnswerDraft.NOT_SAVED_YET,
                Map.of("situation", "Night shift, trauma bay.", "action", "I read the CT and called the team."));
        AnswerDraft draft = service.open(question.id());

        assertThat(first.revisionNumber()).isEqualTo(1);
        assertThat(first.savedAt()).isEqualTo(clock.instant());
        assertThat(draft.parts()).isEqualTo(Map.of("situation", "Night shift, trauma bay.", "task", "",
                "action", "I read the CT and called the team.", "result", ""));
        assertThat(draft.version()).isEqualTo(first.version());
        assertThat(draft.updatedAt()).isEqualTo(first.savedAt());

        clock.advance(Duration.ofSeconds(20));
        SaveOutcome second = service.save(question.id(), draft.version(),
                Map.of("situation", "Night shift, trauma bay.", "action", "I read the CT and called the team.",
                        "result", "The bleed was found in time."));
        AnswerDraft reopened = service.open(question.id());

        assertThat(second.version()).isGreaterThan(first.version());
        assertThat(reopened.version()).isEqualTo(second.version());
        assertThat(reopened.part("result")).isEqualTo("The bleed was found in time.");
        assertThat(reopened.updatedAt()).isEqualTo(second.savedAt());
        assertThat(storedAnswer(me, question).getWordCount()).isEqualTo(18);
    }

    @Test
    void saves_within_five_minutes_fold_into_one_revision_and_a_save_six_minutes_later_starts_the_next() {
        AccountSummary me = signedIn(Who.APPLICANT);
        QuestionSummary question = ownQuestion(me, AnswerStructure.FREE_TEXT);

        SaveOutcome first = service.save(question.id(), AnswerDraft.NOT_SAVED_YET, Map.of("answer", "I chose radiology"));
        clock.advance(Duration.ofMinutes(4));
        SaveOutcome folded = service.save(question.id(), first.version(), Map.of("answer", "I chose radiology because"));

        assertThat(folded.revisionNumber()).isEqualTo(1);
        List<RevisionSummary> history = service.history(question.id());
        assertThat(history).singleElement().satisfies(revision -> {
            assertThat(revision.number()).isEqualTo(1);
            assertThat(revision.startedAt()).isEqualTo(first.savedAt());
            assertThat(revision.savedAt()).isEqualTo(folded.savedAt());
            assertThat(revision.wordCount()).isEqualTo(4);
        });
        assertThat(service.revision(history.getFirst().id()).parts()).containsEntry("answer", "I chose radiology because");

        clock.advance(Duration.ofMinutes(6));
        SaveOutcome next = service.save(question.id(), folded.version(),
                Map.of("answer", "I chose radiology because of one CT angiogram"));

        assertThat(next.revisionNumber()).isEqualTo(2);
        assertThat(service.history(question.id())).extracting(RevisionSummary::number).containsExactly(2, 1);
        assertThat(service.revision(history.getFirst().id()).parts()).as("revision 1 is closed")
                .containsEntry("answer", "I chose radiology because");
    }

    @Test
    void saving_the_same_text_again_changes_neither_the_version_nor_the_history() {
        AccountSummary me = signedIn(Who.APPLICANT);
        QuestionSummary question = ownQuestion(me, AnswerStructure.STAR);
        SaveOutcome first = service.save(question.id(), AnswerDraft.NOT_SAVED_YET, Map.of("situation", "On call."));

        clock.advance(Duration.ofMinutes(10));
        SaveOutcome again = service.save(question.id(), first.version(),
                Map.of("situation", "On call.", "task", "", "action", "", "result", ""));

        assertThat(again).isEqualTo(first);
        assertThat(service.history(question.id())).hasSize(1);
        assertThat(service.open(question.id()).updatedAt()).isEqualTo(first.savedAt());
    }

    @Test
    void saving_with_a_stale_version_is_refused_with_the_stored_answer_and_saves_nothing() {
        AccountSummary me = signedIn(Who.APPLICANT);
        QuestionSummary question = ownQuestion(me, AnswerStructure.FREE_TEXT);
        SaveOutcome opened = service.save(question.id(), AnswerDraft.NOT_SAVED_YET, Map.of("answer", "Typed in both tabs."));
        clock.advance(Duration.ofMinutes(1));
        SaveOutcome laptop = service.save(question.id(), opened.version(), Map.of("answer", "Typed on the laptop."));

        clock.advance(Duration.ofMinutes(1));
        EditConflictException conflict = catchThrowableOfType(EditConflictException.class,
                () -> service.save(question.id(), opened.version(), Map.of("answer", "Typed on the phone.")));

        assertThat(conflict.stored().parts()).containsEntry("answer", "Typed on the laptop.");
        assertThat(conflict.stored().version()).isEqualTo(laptop.version());
        assertThat(conflict.stored().updatedAt()).isEqualTo(laptop.savedAt());
        AnswerDraft stored = service.open(question.id());
        assertThat(stored.part("answer")).isEqualTo("Typed on the laptop.");
        assertThat(stored.version()).isEqualTo(laptop.version());
        List<RevisionSummary> history = service.history(question.id());
        assertThat(history).hasSize(1);
        assertThat(service.revision(history.getFirst().id()).parts()).containsEntry("answer", "Typed on the laptop.");
    }

    @Test
    void the_first_save_with_no_version_creates_the_answer_and_a_second_such_save_conflicts() {
        AccountSummary me = signedIn(Who.APPLICANT);
        QuestionSummary question = ownQuestion(me, AnswerStructure.FREE_TEXT);

        SaveOutcome created = service.save(question.id(), AnswerDraft.NOT_SAVED_YET, Map.of("answer", "From the first tab."));

        assertThat(created.version()).isNotEqualTo(AnswerDraft.NOT_SAVED_YET);
        assertThat(storedAnswer(me, question).getParts()).containsEntry("answer", "From the first tab.");
        assertThatThrownBy(() -> service.save(question.id(), AnswerDraft.NOT_SAVED_YET, Map.of("answer", "From the second tab.")))
                .isInstanceOf(EditConflictException.class);
        assertThat(storedAnswer(me, question).getParts()).containsEntry("answer", "From the first tab.");
    }

    @Test
    void an_over_limit_part_is_refused_and_the_previously_saved_text_is_intact() {
        AccountSummary me = signedIn(Who.APPLICANT);
        QuestionSummary question = ownQuestion(me, AnswerStructure.FREE_TEXT);
        SaveOutcome saved = service.save(question.id(), AnswerDraft.NOT_SAVED_YET, Map.of("answer", "A sensible answer."));
        clock.advance(Duration.ofMinutes(1));

        assertThatThrownBy(() -> service.save(question.id(), saved.version(),
                Map.of("answer", "x".repeat(Answer.PART_MAX_LENGTH + 1))))
                .isInstanceOf(InvalidAnswerException.class);

        AnswerDraft stored = service.open(question.id());
        assertThat(stored.part("answer")).isEqualTo("A sensible answer.");
        assertThat(stored.version()).isEqualTo(saved.version());
        List<RevisionSummary> history = service.history(question.id());
        assertThat(history).hasSize(1);
        assertThat(service.revision(history.getFirst().id()).parts()).containsEntry("answer", "A sensible answer.");
    }

    @Test
    void an_over_limit_first_save_or_an_unknown_part_stores_nothing() {
        AccountSummary me = signedIn(Who.APPLICANT);
        QuestionSummary question = ownQuestion(me, AnswerStructure.IMG_PATTERN);

        assertThatThrownBy(() -> service.save(question.id(), AnswerDraft.NOT_SAVED_YET,
                Map.of("reason", "x".repeat(Answer.PART_MAX_LENGTH + 1)))).isInstanceOf(InvalidAnswerException.class);
        assertThatThrownBy(() -> service.save(question.id(), AnswerDraft.NOT_SAVED_YET,
                Map.of("reason", "fine", "situation", "a STAR part"))).isInstanceOf(InvalidAnswerException.class);

        assertThat(answerRepository.findByApplicantIdAndQuestionId(me.id(), question.id())).isEmpty();
        assertThat(service.history(question.id())).isEmpty();
    }

    @Test
    void a_nul_character_in_a_part_is_refused_on_that_part_and_nothing_is_stored() {
        AccountSummary me = signedIn(Who.APPLICANT);
        QuestionSummary question = ownQuestion(me, AnswerStructure.STAR);

        InvalidAnswerException refused = catchThrowableOfType(InvalidAnswerException.class,
                () -> service.save(question.id(), AnswerDraft.NOT_SAVED_YET,
                        Map.of("situation", "On call in the ED,\u0000 a night in March.", "task", "Triage.")));

        assertThat(refused.fields()).containsExactly("parts[situation]");
        assertThat(refused.messageFor("parts[situation]")).hasValueSatisfying(message -> assertThat(message)
                .startsWith("\"Situation\" contains an invisible control character (U+0000)"));
        assertThat(answerRepository.findByApplicantIdAndQuestionId(me.id(), question.id())).isEmpty();
        assertThat(service.history(question.id())).isEmpty();
    }

    @Test
    void a_control_character_in_a_later_save_leaves_the_saved_answer_intact() {
        AccountSummary me = signedIn(Who.APPLICANT);
        QuestionSummary question = ownQuestion(me, AnswerStructure.FREE_TEXT);
        SaveOutcome saved = service.save(question.id(), AnswerDraft.NOT_SAVED_YET, Map.of("answer", "A sensible answer."));
        clock.advance(Duration.ofMinutes(1));

        assertThatThrownBy(() -> service.save(question.id(), saved.version(), Map.of("answer", "A sensible\u001b answer.")))
                .isInstanceOf(InvalidAnswerException.class)
                .hasMessageContaining("U+001B");

        AnswerDraft stored = service.open(question.id());
        assertThat(stored.part("answer")).isEqualTo("A sensible answer.");
        assertThat(stored.version()).isEqualTo(saved.version());
        assertThat(service.history(question.id())).hasSize(1);
    }

    // --- history: restore and diff ----------------------------------------------------------------

    @Test
    void restoring_makes_an_old_revision_current_again_as_a_new_revision() {
        AccountSummary me = signedIn(Who.APPLICANT);
        QuestionSummary question = ownQuestion(me, AnswerStructure.FREE_TEXT);
        List<RevisionSummary> before = twoRevisions(me, question, "The version I liked.", "A version I did not like.");
        RevisionSummary liked = before.get(1);
        clock.advance(Duration.ofMinutes(1));

        SaveOutcome restored = service.restore(liked.id());

        assertThat(restored.revisionNumber()).isEqualTo(3);
        List<RevisionSummary> history = service.history(question.id());
        assertThat(history).extracting(RevisionSummary::number).containsExactly(3, 2, 1);
        assertThat(history.getFirst().restoredFrom()).isEqualTo(1);
        assertThat(history.get(1).restoredFrom()).isNull();
        assertThat(service.revision(history.getFirst().id()).parts()).isEqualTo(service.revision(liked.id()).parts());
        AnswerDraft draft = service.open(question.id());
        assertThat(draft.part("answer")).isEqualTo("The version I liked.");
        assertThat(draft.version()).isEqualTo(restored.version());
    }

    @Test
    void a_save_right_after_a_restore_does_not_fold_into_the_restored_revision() {
        AccountSummary me = signedIn(Who.APPLICANT);
        QuestionSummary question = ownQuestion(me, AnswerStructure.FREE_TEXT);
        List<RevisionSummary> before = twoRevisions(me, question, "first words", "second words");
        SaveOutcome restored = service.restore(before.get(1).id());

        clock.advance(Duration.ofMinutes(1));
        SaveOutcome edited = service.save(question.id(), restored.version(), Map.of("answer", "first words, edited"));

        assertThat(edited.revisionNumber()).isEqualTo(4);
        RevisionSummary restoredRevision = service.history(question.id()).get(1);
        assertThat(service.revision(restoredRevision.id()).parts()).containsEntry("answer", "first words");
    }

    @Test
    void restoring_with_the_editor_open_makes_its_version_stale() {
        AccountSummary me = signedIn(Who.APPLICANT);
        QuestionSummary question = ownQuestion(me, AnswerStructure.FREE_TEXT);
        List<RevisionSummary> before = twoRevisions(me, question, "first words", "second words");
        long editorVersion = service.open(question.id()).version();

        service.restore(before.get(1).id());

        assertThatThrownBy(() -> service.save(question.id(), editorVersion, Map.of("answer", "typed in the old editor")))
                .isInstanceOf(EditConflictException.class);
    }

    @Test
    void the_diff_between_revisions_shows_added_and_removed_words() {
        AccountSummary me = signedIn(Who.APPLICANT);
        QuestionSummary question = ownQuestion(me, AnswerStructure.FREE_TEXT);
        List<RevisionSummary> revisions = twoRevisions(me, question,
                "I read the CT quickly and called the team.", "I read the urgent CT and called the team at once.");

        RevisionDiff diff = service.diff(revisions.get(1).id(), revisions.get(0).id());

        assertThat(diff.fromNumber()).isEqualTo(1);
        assertThat(diff.toNumber()).isEqualTo(2);
        WordDiff.PartDiff part = diff.parts().getFirst();
        assertThat(part.label()).isEqualTo("Answer");
        assertThat(words(part.segments(), Kind.ADDED)).contains("urgent", "once.").doesNotContain("read", "quickly");
        assertThat(words(part.segments(), Kind.REMOVED)).contains("quickly").doesNotContain("read", "urgent");
        assertThat(words(part.segments(), Kind.SAME)).contains("I", "read", "the", "CT", "called");

        RevisionDiff backwards = service.diff(revisions.get(0).id(), revisions.get(1).id());
        assertThat(words(backwards.parts().getFirst().segments(), Kind.REMOVED)).contains("urgent");
    }

    @Test
    void revisions_of_two_different_answers_are_not_compared() {
        AccountSummary me = signedIn(Who.APPLICANT);
        QuestionSummary one = ownQuestion(me, AnswerStructure.FREE_TEXT);
        QuestionSummary other = ownQuestion(me, AnswerStructure.FREE_TEXT);
        service.save(one.id(), AnswerDraft.NOT_SAVED_YET, Map.of("answer", "one"));
        service.save(other.id(), AnswerDraft.NOT_SAVED_YET, Map.of("answer", "other"));

        assertThatThrownBy(() -> service.diff(service.history(one.id()).getFirst().id(),
                service.history(other.id()).getFirst().id())).isInstanceOf(InvalidAnswerException.class);
    }

    @Test
    void an_unknown_revision_is_refused() {
        signedIn(Who.APPLICANT);

        assertThatThrownBy(() -> service.revision(Long.MAX_VALUE)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.restore(Long.MAX_VALUE)).isInstanceOf(AccessDeniedException.class);
    }

    // --- experiences ------------------------------------------------------------------------------

    @Test
    void linking_before_writing_creates_an_empty_answer_that_does_not_count_as_answered() {
        AccountSummary me = signedIn(Who.APPLICANT);
        QuestionSummary question = ownQuestion(me, AnswerStructure.STAR);
        ExperienceSummary experience = experienceOf(me);

        service.linkExperience(question.id(), experience.id());
        service.linkExperience(question.id(), experience.id());

        AnswerDraft draft = service.open(question.id());
        assertThat(draft.experienceIds()).containsExactly(experience.id());
        assertThat(draft.parts()).isEmpty();
        assertThat(answered(service.progress(), Category.BEHAVIOURAL)).isZero();
        assertThat(service.progress().recentEdits()).isEmpty();

        SaveOutcome saved = service.save(question.id(), draft.version(), Map.of("situation", "Now written."));
        assertThat(saved.revisionNumber()).isEqualTo(1);
        assertThat(service.open(question.id()).experienceIds()).containsExactly(experience.id());
    }

    @Test
    void linking_an_experience_while_the_editor_is_open_does_not_make_the_next_autosave_conflict() {
        AccountSummary me = signedIn(Who.APPLICANT);
        QuestionSummary question = ownQuestion(me, AnswerStructure.FREE_TEXT);
        ExperienceSummary experience = experienceOf(me);
        SaveOutcome saved = service.save(question.id(), AnswerDraft.NOT_SAVED_YET, Map.of("answer", "Typing..."));

        service.linkExperience(question.id(), experience.id());
        SaveOutcome next = service.save(question.id(), saved.version(), Map.of("answer", "Typing on."));

        assertThat(service.open(question.id()).version()).isEqualTo(next.version());
    }

    @Test
    void linking_an_experience_before_the_first_save_does_not_make_that_save_conflict() {
        AccountSummary me = signedIn(Who.APPLICANT);
        QuestionSummary question = ownQuestion(me, AnswerStructure.FREE_TEXT);
        ExperienceSummary experience = experienceOf(me);
        long editorVersion = service.open(question.id()).version();

        service.linkExperience(question.id(), experience.id());
        SaveOutcome first = service.save(question.id(), editorVersion, Map.of("answer", "First words."));

        AnswerDraft draft = service.open(question.id());
        assertThat(first.revisionNumber()).isEqualTo(1);
        assertThat(draft.version()).isEqualTo(first.version());
        assertThat(draft.part("answer")).isEqualTo("First words.");
        assertThat(draft.experienceIds()).containsExactly(experience.id());
    }

    @Test
    void unlinking_an_experience_while_the_editor_is_open_does_not_make_the_next_autosave_conflict() {
        AccountSummary me = signedIn(Who.APPLICANT);
        QuestionSummary question = ownQuestion(me, AnswerStructure.FREE_TEXT);
        ExperienceSummary experience = experienceOf(me);
        service.linkExperience(question.id(), experience.id());
        AnswerDraft opened = service.open(question.id());

        service.unlinkExperience(question.id(), experience.id());
        SaveOutcome saved = service.save(question.id(), opened.version(), Map.of("answer", "Typing on."));

        assertThat(service.open(question.id()).version()).isEqualTo(saved.version());
        assertThat(service.open(question.id()).experienceIds()).isEmpty();
    }

    @Test
    void unlinking_an_experience_that_was_never_linked_changes_nothing() {
        AccountSummary me = signedIn(Who.APPLICANT);
        QuestionSummary question = ownQuestion(me, AnswerStructure.FREE_TEXT);
        ExperienceSummary experience = experienceOf(me);

        service.unlinkExperience(question.id(), experience.id());

        assertThat(answerRepository.findByApplicantIdAndQuestionId(me.id(), question.id())).isEmpty();
    }

    // --- speaking pace and progress ---------------------------------------------------------------

    @Test
    void the_speaking_rate_is_kept_per_applicant_and_used_when_opening_answers() {
        AccountSummary me = signedIn(Who.APPLICANT);
        QuestionSummary question = ownQuestion(me, AnswerStructure.FREE_TEXT);

        service.changeSpeakingRate(120);
        service.changeSpeakingRate(130);

        assertThat(service.speakingRate()).isEqualTo(130);
        assertThat(service.open(question.id()).wordsPerMinute()).isEqualTo(130);
        signedIn(Who.APPLICANT);
        assertThat(service.speakingRate()).as("another applicant").isEqualTo(SpeakingTime.DEFAULT_WORDS_PER_MINUTE);
    }

    @Test
    void a_speaking_rate_outside_the_bounds_is_refused_and_the_old_one_stays() {
        signedIn(Who.APPLICANT);

        assertThatThrownBy(() -> service.changeSpeakingRate(SpeakingTime.MAX_WORDS_PER_MINUTE + 1))
                .isInstanceOf(InvalidAnswerException.class);
        assertThat(service.speakingRate()).isEqualTo(SpeakingTime.DEFAULT_WORDS_PER_MINUTE);

        service.changeSpeakingRate(SpeakingTime.MIN_WORDS_PER_MINUTE);
        assertThatThrownBy(() -> service.changeSpeakingRate(SpeakingTime.MIN_WORDS_PER_MINUTE - 1))
                .isInstanceOf(InvalidAnswerException.class);
        assertThatThrownBy(() -> service.changeSpeakingRate(0)).isInstanceOf(InvalidAnswerException.class);
        assertThat(service.speakingRate()).isEqualTo(SpeakingTime.MIN_WORDS_PER_MINUTE);
    }

    @Test
    void progress_counts_answers_per_category_and_the_speaking_time_at_my_pace() {
        AccountSummary me = signedIn(Who.APPLICANT);
        WorkspaceProgress before = service.progress();
        QuestionSummary star = ownQuestion(me, AnswerStructure.STAR);
        QuestionSummary img = ownQuestion(me, AnswerStructure.IMG_PATTERN);
        QuestionSummary blank = ownQuestion(me, AnswerStructure.FREE_TEXT);

        service.save(star.id(), AnswerDraft.NOT_SAVED_YET, Map.of("situation", words(60), "result", words(40)));
        clock.advance(Duration.ofMinutes(1));
        service.save(img.id(), AnswerDraft.NOT_SAVED_YET, Map.of("evidence", words(50)));
        clock.advance(Duration.ofMinutes(1));
        service.save(blank.id(), AnswerDraft.NOT_SAVED_YET, Map.of("answer", "   "));
        service.changeSpeakingRate(100);

        WorkspaceProgress after = service.progress();
        assertThat(answered(after, Category.BEHAVIOURAL) - answered(before, Category.BEHAVIOURAL)).isEqualTo(1);
        assertThat(answered(after, Category.IMG) - answered(before, Category.IMG)).isEqualTo(1);
        assertThat(answered(after, Category.RADIOLOGY) - answered(before, Category.RADIOLOGY)).isZero();
        assertThat(answered(after, Category.GET_TO_KNOW_YOU) - answered(before, Category.GET_TO_KNOW_YOU)).isZero();
        assertThat(answered(after, Category.RED_FLAG) - answered(before, Category.RED_FLAG)).isZero();
        assertThat(total(after, Category.RADIOLOGY) - total(before, Category.RADIOLOGY)).as("my own question counts")
                .isEqualTo(1);
        assertThat(after.totalSpeakingTime()).as("150 words at 100 a minute").isEqualTo(Duration.ofSeconds(90));
        assertThat(after.recentEdits()).extracting(edit -> edit.question().id()).containsExactly(img.id(), star.id());
        assertThat(after.recentEdits().getFirst().wordCount()).isEqualTo(50);
    }

    @Test
    void an_answer_to_a_retired_question_still_counts_in_the_speaking_time() {
        AccountSummary me = accounts.applicant();
        QuestionSummary question = bankQuestion();
        as(me, () -> service.save(question.id(), AnswerDraft.NOT_SAVED_YET, Map.of("answer", words(150))));
        as(accounts.admin(), () -> bank.retire(question.id()));
        accounts.signIn(me);

        WorkspaceProgress progress = service.progress();

        assertThat(progress.totalSpeakingTime()).isEqualTo(Duration.ofSeconds(60));
        assertThat(progress.categories()).allSatisfy(category -> assertThat(category.answered()).isZero());
        assertThat(progress.recentEdits()).singleElement().satisfies(edit -> {
            assertThat(edit.question().id()).isEqualTo(question.id());
            assertThat(edit.question().retired()).isTrue();
        });
    }

    @Test
    void admin_counts_tell_how_much_is_written_never_what() {
        AccountSummary admin = accounts.admin();
        WorkspaceCounts before = as(admin, () -> service.counts());
        AccountSummary applicant = accounts.applicant();
        QuestionSummary written = ownQuestion(applicant, AnswerStructure.FREE_TEXT);
        QuestionSummary linkedOnly = ownQuestion(applicant, AnswerStructure.FREE_TEXT);
        String secret = "secret-" + UUID.randomUUID();
        ExperienceSummary experience = experienceOf(applicant);
        as(applicant, () -> service.save(written.id(), AnswerDraft.NOT_SAVED_YET, Map.of("answer", secret)));
        as(applicant, () -> {
            service.linkExperience(linkedOnly.id(), experience.id());
            return null;
        });

        WorkspaceCounts after = as(admin, () -> service.counts());

        assertThat(after.answersWritten() - before.answersWritten()).isEqualTo(1);
        assertThat(after.experiences() - before.experiences()).isEqualTo(1);
        assertThat(after.bankQuestions()).as("own questions are not bank questions").isEqualTo(before.bankQuestions());
        assertThat(after.toString()).doesNotContain(secret);
        assertThat(Arrays.stream(WorkspaceCounts.class.getRecordComponents()).map(component -> component.getType().getName()))
                .containsOnly("long");
    }

    // --- one applicant never reaches another's answers -----------------------------------------------

    @Test
    void another_applicant_can_neither_open_nor_save_an_answer_to_my_own_question() {
        AccountSummary owner = accounts.applicant();
        QuestionSummary mine = ownQuestion(owner, AnswerStructure.FREE_TEXT);
        saveAs(owner, mine, "Only mine.");
        AccountSummary other = signedIn(Who.APPLICANT);

        assertThatThrownBy(() -> service.open(mine.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.save(mine.id(), AnswerDraft.NOT_SAVED_YET, Map.of("answer", "Intruding.")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.history(mine.id())).isInstanceOf(AccessDeniedException.class);

        assertThat(storedAnswer(owner, mine).getParts()).containsEntry("answer", "Only mine.");
        assertThat(answerRepository.findByApplicantIdAndQuestionId(other.id(), mine.id())).isEmpty();
    }

    @Test
    void on_a_shared_bank_question_each_applicant_sees_only_their_own_answer_and_history() {
        QuestionSummary shared = bankQuestion();
        AccountSummary owner = accounts.applicant();
        twoRevisions(owner, shared, "Owner's first words.", "Owner's second words.");
        signedIn(Who.APPLICANT);

        assertThat(service.history(shared.id())).isEmpty();
        AnswerDraft draft = service.open(shared.id());
        assertThat(draft.parts()).isEmpty();
        assertThat(draft.version()).isEqualTo(AnswerDraft.NOT_SAVED_YET);

        SaveOutcome mine = service.save(shared.id(), AnswerDraft.NOT_SAVED_YET, Map.of("answer", "My own words."));
        assertThat(mine.revisionNumber()).isEqualTo(1);
        assertThat(service.history(shared.id())).hasSize(1);
        assertThat(storedAnswer(owner, shared).getParts()).containsEntry("answer", "Owner's second words.");
    }

    @Test
    void another_applicants_revisions_can_be_neither_read_compared_nor_restored() {
        QuestionSummary shared = bankQuestion();
        AccountSummary owner = accounts.applicant();
        List<RevisionSummary> theirs = twoRevisions(owner, shared, "Owner's first words.", "Owner's second words.");
        signedIn(Who.APPLICANT);
        service.save(shared.id(), AnswerDraft.NOT_SAVED_YET, Map.of("answer", "My own words."));
        long myRevision = service.history(shared.id()).getFirst().id();

        assertThatThrownBy(() -> service.revision(theirs.get(0).id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.diff(theirs.get(1).id(), theirs.get(0).id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.diff(myRevision, theirs.get(0).id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.diff(theirs.get(0).id(), myRevision)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.restore(theirs.get(1).id())).isInstanceOf(AccessDeniedException.class);

        assertThat(service.open(shared.id()).part("answer")).isEqualTo("My own words.");
        assertThat(service.history(shared.id())).hasSize(1);
        Answer ownerAnswer = storedAnswer(owner, shared);
        assertThat(ownerAnswer.getParts()).containsEntry("answer", "Owner's second words.");
        assertThat(revisionRepository.countByAnswerId(ownerAnswer.getId())).isEqualTo(2);
    }

    @Test
    void another_applicants_experience_can_be_neither_linked_nor_unlinked() {
        QuestionSummary shared = bankQuestion();
        AccountSummary owner = accounts.applicant();
        ExperienceSummary theirs = experienceOf(owner);
        as(owner, () -> {
            service.linkExperience(shared.id(), theirs.id());
            return null;
        });
        AccountSummary other = signedIn(Who.APPLICANT);

        assertThatThrownBy(() -> service.linkExperience(shared.id(), theirs.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.unlinkExperience(shared.id(), theirs.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.linkExperience(shared.id(), Long.MAX_VALUE)).isInstanceOf(AccessDeniedException.class);

        assertThat(answerRepository.findByApplicantIdAndQuestionId(other.id(), shared.id())).isEmpty();
        assertThat(linkedTo(owner, shared)).containsExactly(theirs.id());
    }

    @Test
    void an_unknown_question_is_refused() {
        signedIn(Who.APPLICANT);

        assertThatThrownBy(() -> service.open(Long.MAX_VALUE)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.save(Long.MAX_VALUE, AnswerDraft.NOT_SAVED_YET, Map.of()))
                .isInstanceOf(AccessDeniedException.class);
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

    /** A private question of {@code owner}, in the category its structure belongs to. */
    private QuestionSummary ownQuestion(AccountSummary owner, AnswerStructure structure) {
        return as(owner, () -> bank.addMyQuestion(categoryOf(structure), structure, unique("My question")));
    }

    /** A new active FREE_TEXT bank question. */
    private QuestionSummary bankQuestion() {
        return as(accounts.admin(), () -> bank.addBankQuestion(Category.RADIOLOGY, AnswerStructure.FREE_TEXT,
                unique("Bank question"), null));
    }

    private ExperienceSummary experienceOf(AccountSummary owner) {
        return as(owner, () -> experiences.create(new ExperienceDetails(unique("CT angiogram at 3 a.m."),
                "Emergency radiology elective", "2025", "A dissection nobody expected.", "Calm under pressure.")));
    }

    private void saveAs(AccountSummary owner, QuestionSummary question, String text) {
        as(owner, () -> service.save(question.id(), AnswerDraft.NOT_SAVED_YET, Map.of("answer", text)));
    }

    /** Two revisions (six minutes apart) of {@code owner}'s FREE_TEXT answer, newest first. */
    private List<RevisionSummary> twoRevisions(AccountSummary owner, QuestionSummary question, String first, String second) {
        return as(owner, () -> {
            SaveOutcome saved = service.save(question.id(), service.open(question.id()).version(), Map.of("answer", first));
            clock.advance(Duration.ofMinutes(6));
            service.save(question.id(), saved.version(), Map.of("answer", second));
            List<RevisionSummary> history = service.history(question.id());
            assertThat(history).extracting(RevisionSummary::number).containsExactly(2, 1);
            return history;
        });
    }

    private Answer storedAnswer(AccountSummary applicant, QuestionSummary question) {
        return answerRepository.findByApplicantIdAndQuestionId(applicant.id(), question.id()).orElseThrow();
    }

    private Set<Long> linkedTo(AccountSummary applicant, QuestionSummary question) {
        return as(applicant, () -> service.open(question.id()).experienceIds());
    }

    private static int answered(WorkspaceProgress progress, Category category) {
        return progress.categories().stream().filter(c -> c.category() == category).findFirst().orElseThrow().answered();
    }

    private static int total(WorkspaceProgress progress, Category category) {
        return progress.categories().stream().filter(c -> c.category() == category).findFirst().orElseThrow().total();
    }

    private static Category categoryOf(AnswerStructure structure) {
        return switch (structure) {
            case NARRATIVE, WHY_RADIOLOGY -> Category.GET_TO_KNOW_YOU;
            case STAR -> Category.BEHAVIOURAL;
            case IMG_PATTERN -> Category.IMG;
            case RED_FLAG_PATTERN -> Category.RED_FLAG;
            case FREE_TEXT -> Category.RADIOLOGY;
        };
    }

    private static String words(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> "word").collect(Collectors.joining(" "));
    }

    private static List<String> words(List<Segment> segments, Kind kind) {
        return Arrays.stream(text(segments, kind).split("\\s+")).filter(word -> !word.isEmpty()).toList();
    }

    private static String text(List<Segment> segments, Kind kind) {
        return segments.stream().filter(segment -> segment.kind() == kind).map(Segment::text).collect(Collectors.joining(" "));
    }

    private static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8) + "?";
    }
}
