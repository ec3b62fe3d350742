package org.matchprep.season;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.matchprep.account.AccountSummary;
import org.matchprep.testing.IntegrationTest;
import org.matchprep.testing.Who;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;

class QuestionsToAskServiceTest extends IntegrationTest {

    @Autowired
    QuestionsToAskService service;

    @Autowired
    InterviewService interviews;

    @Autowired
    DossierService dossiers;

    @Test
    void the_bank_holds_at_least_eight_questions_for_each_audience() {
        signedIn(Who.APPLICANT);
        Map<Audience, Long> perAudience = service.questionsForMe().stream()
                .collect(Collectors.groupingBy(AskQuestion::audience, Collectors.counting()));
        assertThat(perAudience).containsOnlyKeys(Audience.values());
        assertThat(perAudience.values()).allSatisfy(count -> assertThat(count).isGreaterThanOrEqualTo(8));
        assertThat(service.questionsForMe()).noneMatch(AskQuestion::own);
    }

    @Test
    void the_bank_asks_nothing_about_visas_because_its_applicants_are_us_citizens() {
        signedIn(Who.APPLICANT);

        assertThat(service.questionsForMe()).extracting(AskQuestion::text).noneMatch(text -> text.toLowerCase().contains("visa"));
    }

    @Test
    void the_program_director_and_the_faculty_are_two_audiences_each_with_their_own_questions() {
        signedIn(Who.APPLICANT);
        Map<Audience, List<String>> texts = service.questionsForMe().stream().collect(Collectors.groupingBy(
                AskQuestion::audience, Collectors.mapping(AskQuestion::text, Collectors.toList())));

        assertThat(texts.get(Audience.PROGRAM_DIRECTOR)).contains(
                "Where have your recent graduates gone for fellowships or practice?");
        assertThat(texts.get(Audience.FACULTY)).contains(
                "How are AI tools used in your reading rooms today, and how do you teach residents to judge them?");
    }

    @Test
    void the_bank_asks_how_radiology_works_with_the_ed_and_surgery_and_how_critical_findings_are_taught() {
        signedIn(Who.APPLICANT);
        List<AskQuestion> bank = service.questionsForMe();

        assertThat(bank).anySatisfy(question -> {
            assertThat(question.audience()).isEqualTo(Audience.FACULTY);
            assertThat(question.text()).contains("emergency department", "surgical teams");
        });
        assertThat(bank).anySatisfy(question -> {
            assertThat(question.audience()).isEqualTo(Audience.RESIDENTS);
            assertThat(question.text()).contains("critical finding", "backed you up");
        });
    }

    @Test
    void no_bank_question_reads_like_an_accusation() {
        signedIn(Who.APPLICANT);

        assertThat(service.questionsForMe()).extracting(AskQuestion::text).doesNotContain(
                "How did the program respond the last time residents raised a concern?",
                "Are there differences in how US and international graduates are assigned to rotations or call?");
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void only_applicants_read_the_bank_and_add_their_own_questions(Who who) {
        signedIn(who);
        if (who == Who.APPLICANT) {
            AskQuestion mine = service.addOwn(new OwnQuestion(Audience.RESIDENTS, "  Where do residents eat lunch?  "));
            assertThat(mine.text()).isEqualTo("Where do residents eat lunch?");
            assertThat(service.questionsForMe()).contains(mine);
        } else {
            assertThatThrownBy(() -> service.questionsForMe()).isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> service.addOwn(new OwnQuestion(Audience.RESIDENTS, "Hi?")))
                    .isInstanceOf(AuthorizationDeniedException.class);
        }
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void nobody_else_sees_deletes_or_chooses_my_own_questions_or_reads_my_choice(Who who) {
        AccountSummary owner = accounts.applicant();
        AskQuestion mine = as(owner, () -> service.addOwn(new OwnQuestion(Audience.IMG_RELATED, "A private question?")));
        long interview = as(owner, () -> interviews.schedule(
                InterviewServiceTest.plan(dossiers.create(SeasonFixtures.dossier("Mayo")).id())).id());
        as(owner, () -> service.choose(interview, List.of(mine.id())));
        signedIn(who);

        if (who == Who.APPLICANT) {
            assertThat(service.questionsForMe()).doesNotContain(mine);
            long myInterview = interviews.schedule(InterviewServiceTest.plan(dossiers.create(SeasonFixtures.dossier("X")).id())).id();
            assertThatThrownBy(() -> service.choose(myInterview, List.of(mine.id()))).isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> service.deleteOwn(mine.id())).isExactlyInstanceOf(who.refusedWhereOnly(Who.APPLICANT));
        assertThatThrownBy(() -> service.chosenFor(interview)).isExactlyInstanceOf(who.refusedWhereOnly(Who.APPLICANT));
        assertThatThrownBy(() -> service.choose(interview, List.of())).isExactlyInstanceOf(who.refusedWhereOnly(Who.APPLICANT));
        assertThatThrownBy(() -> service.addOwnAndChoose(interview, new OwnQuestion(Audience.RESIDENTS, "Slipped in?"), List.of()))
                .isExactlyInstanceOf(who.refusedWhereOnly(Who.APPLICANT));
        assertThat(as(owner, () -> service.questionsForMe())).extracting(AskQuestion::text).doesNotContain("Slipped in?");
        assertThat(as(owner, () -> service.chosenFor(interview))).containsExactly(mine);
    }

    @Test
    void bank_questions_cannot_be_deleted_by_an_applicant() {
        signedIn(Who.APPLICANT);
        AskQuestion bank = service.questionsForMe().getFirst();
        assertThatThrownBy(() -> service.deleteOwn(bank.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void up_to_seven_questions_are_kept_in_order_and_an_eighth_is_refused() {
        signedIn(Who.APPLICANT);
        long interview = interviews.schedule(InterviewServiceTest.plan(dossiers.create(SeasonFixtures.dossier("Mayo")).id())).id();
        List<Long> bank = service.questionsForMe().stream().map(AskQuestion::id).toList();

        assertThat(service.choose(interview, bank.subList(0, 7))).extracting(AskQuestion::id)
                .containsExactlyElementsOf(bank.subList(0, 7));
        assertThat(interviews.interview(interview).questionsChosen()).isEqualTo(7);

        assertThatThrownBy(() -> service.choose(interview, bank.subList(0, 8))).isInstanceOf(SeasonException.class)
                .hasMessage("Choose at most 7 questions; 8 will not fit into the minutes left at the end of an interview.");
        assertThat(service.chosenFor(interview)).hasSize(7);

        assertThat(service.choose(interview, List.of(bank.get(3), bank.get(3), bank.get(1)))).extracting(AskQuestion::id)
                .containsExactly(bank.get(3), bank.get(1));
    }

    @Test
    void an_own_question_needs_text_and_an_audience() {
        signedIn(Who.APPLICANT);
        assertThatThrownBy(() -> service.addOwn(new OwnQuestion(Audience.RESIDENTS, " "))).hasMessage("Your question is required.");
        assertThatThrownBy(() -> service.addOwn(new OwnQuestion(null, "Why?"))).hasMessage("Choose whom the question is for.");
        assertThatThrownBy(() -> service.addOwn(new OwnQuestion(Audience.RESIDENTS, "?".repeat(501))))
                .hasMessage("Your question has 501 characters; the limit is 500.");
    }

    @Test
    void deleting_an_own_question_removes_it_from_the_interviews_that_chose_it() {
        signedIn(Who.APPLICANT);
        long interview = interviews.schedule(InterviewServiceTest.plan(dossiers.create(SeasonFixtures.dossier("Mayo")).id())).id();
        AskQuestion mine = service.addOwn(new OwnQuestion(Audience.RESIDENTS, "Mine?"));
        service.choose(interview, List.of(mine.id()));

        service.deleteOwn(mine.id());

        assertThat(service.chosenFor(interview)).isEmpty();
    }
}
