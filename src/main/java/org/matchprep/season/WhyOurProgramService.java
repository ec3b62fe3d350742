package org.matchprep.season;

import java.util.Locale;
import java.util.stream.Collectors;

import org.matchprep.account.Roles;
import org.matchprep.answers.AnswerDraft;
import org.matchprep.answers.AnswerService;
import org.matchprep.answers.AnswerStructure;
import org.matchprep.answers.QuestionWithAnswer;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Links the season to the narrative variant "Why our program?". The answers feature owns it; this reads it
 * through AnswerService as the signed-in applicant, never through its repositories.
 */
@Service
@PreAuthorize(Roles.IS_APPLICANT)
public class WhyOurProgramService {

    private final AnswerService answers;

    WhyOurProgramService(AnswerService answers) {
        this.answers = answers;
    }

    @Transactional(readOnly = true)
    public WhyOurProgram myAnswer() {
        return answers.myQuestions().stream()
                .filter(question -> !question.question().own())
                .filter(question -> question.question().text().toLowerCase(Locale.ROOT).matches("why (our|this) program\\??"))
                .findFirst()
                .map(question -> new WhyOurProgram(question.question().id(), question.answered()
                        ? text(answers.open(question.question().id())) : ""))
                .orElse(WhyOurProgram.NONE);
    }

    private static String text(AnswerDraft draft) {
        return draft.question().structure().parts().stream().map(AnswerStructure.Part::key).map(draft::part)
                .filter(part -> !part.isBlank()).collect(Collectors.joining("\n"));
    }
}
