package org.matchprep.season;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.matchprep.account.AccountSummary;
import org.matchprep.answers.AnswerDraft;
import org.matchprep.answers.AnswerService;
import org.matchprep.testing.IntegrationTest;
import org.matchprep.testing.Who;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;

class WhyOurProgramServiceTest extends IntegrationTest {

    @Autowired
    WhyOurProgramService service;

    @Autowired
    AnswerService answers;

    @ParameterizedTest
    @EnumSource(Who.class)
    void only_applicants_read_their_why_our_program_answer(Who who) {
        signedIn(who);
        if (who == Who.APPLICANT) {
            WhyOurProgram answer = service.myAnswer();
            assertThat(answer.questionId()).isNotNull();
            assertThat(answer.written()).isFalse();
        } else {
            assertThatThrownBy(() -> service.myAnswer()).isInstanceOf(AuthorizationDeniedException.class);
        }
    }

    @Test
    void the_answer_is_the_applicants_own_text_and_nobody_elses() {
        AccountSummary other = accounts.applicant();
        as(other, () -> write("Someone else's reasons."));
        signedIn(Who.APPLICANT);
        assertThat(service.myAnswer().text()).isEmpty();

        write("I trained abroad.\nTeaching matters to me.");

        assertThat(service.myAnswer().text()).isEqualTo("I trained abroad.\nTeaching matters to me.");
    }

    private Object write(String text) {
        long question = service.myAnswer().questionId();
        return answers.save(question, AnswerDraft.NOT_SAVED_YET, Map.of("answer", text));
    }
}
