package org.matchprep.season;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.matchprep.account.AccountSummary;
import org.matchprep.answers.AnswerDraft;
import org.matchprep.answers.AnswerService;
import org.matchprep.answers.QuestionWithAnswer;
import org.matchprep.testing.IntegrationTest;
import org.matchprep.testing.Who;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;

class DaySheetServiceTest extends IntegrationTest {

    @Autowired
    DaySheetService service;

    @Autowired
    InterviewService interviews;

    @Autowired
    DossierService dossiers;

    @Autowired
    QuestionsToAskService questions;

    @Autowired
    AnswerService answers;

    @ParameterizedTest
    @EnumSource(Who.class)
    void only_applicants_get_a_binder(Who who) throws IOException {
        signedIn(who);
        if (who == Who.APPLICANT) {
            assertThat(pages(service.binderPdf())).hasSize(1);
        } else {
            assertThatThrownBy(() -> service.binderPdf()).isInstanceOf(AuthorizationDeniedException.class);
        }
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void nobody_but_the_owner_gets_an_interviews_day_sheet(Who who) {
        AccountSummary owner = accounts.applicant();
        InterviewSummary interview = as(owner, () -> upcoming("Mayo Clinic", Duration.ofDays(3)));
        signedIn(who);

        assertThatThrownBy(() -> service.daySheet(interview.id())).isExactlyInstanceOf(who.refusedWhereOnly(Who.APPLICANT));
        assertThatThrownBy(() -> service.daySheetPdf(interview.id())).isExactlyInstanceOf(who.refusedWhereOnly(Who.APPLICANT));
        if (who == Who.APPLICANT) {
            assertThat(service.daySheet(upcoming("Mine", Duration.ofDays(2)).id()).dossier().name()).isEqualTo("Mine");
        }
    }

    @Test
    void the_day_sheet_pdf_holds_the_dossier_talking_points_narrative_questions_and_checklist() throws IOException {
        signedIn(Who.APPLICANT);
        InterviewSummary interview = upcoming("Mayo Clinic", Duration.ofDays(3));
        AskQuestion question = questions.questionsForMe().getFirst();
        questions.choose(interview.id(), List.of(question.id()));
        writeWhyOurProgram("Mayo's AI lab is where my research fits.");

        // the PDF wraps long lines: compare with every run of white space as one space
        String text = String.join("\n", pages(service.daySheetPdf(interview.id()))).replaceAll("\\s+", " ");

        assertThat(text).contains("Mayo Clinic", "Cleveland, OH", "Their AI lab matches my research",
                "Mayo's AI lab is where my research fits.", question.text(), "3 of 8 current residents are IMGs",
                "Camera steady, at eye level", "(America/Denver)", "(Europe/Berlin)");
        assertThat(service.daySheet(interview.id()).whyThisProgram()).isEqualTo("Mayo's AI lab is where my research fits.");
    }

    @Test
    void the_binder_has_one_sheet_per_upcoming_interview_soonest_first_and_leaves_out_the_rest() throws IOException {
        signedIn(Who.APPLICANT);
        upcoming("Later Program", Duration.ofDays(10));
        upcoming("Sooner Program", Duration.ofDays(2));
        upcoming("Past Program", Duration.ofDays(-2));
        InterviewSummary withdrawn = upcoming("Withdrawn Program", Duration.ofDays(5));
        interviews.update(withdrawn.id(), withdrawn.version(), new InterviewPlan(withdrawn.dossierId(),
                withdrawn.inProgramZone().toLocalDateTime(), withdrawn.programZone().getId(), "", "", "",
                InterviewStatus.WITHDRAWN));

        List<String> pages = pages(service.binderPdf());

        assertThat(String.join("\n", pages)).doesNotContain("Past Program", "Withdrawn Program");
        assertThat(pages.getFirst()).contains("Sooner Program");
        assertThat(String.join("\n", pages).indexOf("Later Program"))
                .isGreaterThan(String.join("\n", pages).indexOf("Sooner Program"));
    }

    @Test
    void an_empty_binder_is_one_page_saying_there_are_no_upcoming_interviews() throws IOException {
        signedIn(Who.APPLICANT);
        upcoming("Past Program", Duration.ofDays(-2));

        List<String> pages = pages(service.binderPdf());

        assertThat(pages).singleElement().asString().contains("No upcoming interviews");
    }

    @Test
    void the_day_sheet_pdf_holds_the_reasons_you_fit_the_program() throws IOException {
        signedIn(Who.APPLICANT);
        DossierDetails base = SeasonFixtures.dossier("Mayo Clinic");
        long dossier = dossiers.create(new DossierDetails(base.name(), base.city(), base.state(), base.type(), base.size(),
                base.fellowships(), base.strengths(), base.faculty(), base.facilities(), base.teachingStructure(),
                base.imgEvidence(), base.talkingPoints(), List.of("My family lives near Cleveland"))).id();
        InterviewSummary interview = interviews.schedule(SeasonFixtures.at(dossier, Instant.now().plus(Duration.ofDays(2)),
                InterviewStatus.SCHEDULED));

        assertThat(String.join("\n", pages(service.daySheetPdf(interview.id()))))
                .contains("Why you fit here", "My family lives near Cleveland");
    }

    private InterviewSummary upcoming(String program, Duration fromNow) {
        long dossier = dossiers.create(SeasonFixtures.dossier(program)).id();
        return interviews.schedule(SeasonFixtures.at(dossier, Instant.now().plus(fromNow),
                InterviewStatus.SCHEDULED));
    }

    private void writeWhyOurProgram(String text) {
        QuestionWithAnswer why = answers.myQuestions().stream()
                .filter(question -> question.question().text().equals("Why our program?")).findFirst().orElseThrow();
        answers.save(why.question().id(), AnswerDraft.NOT_SAVED_YET, Map.of("answer", text));
    }

    static List<String> pages(byte[] pdf) throws IOException {
        try (PdfReader reader = new PdfReader(pdf)) {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            List<String> pages = new java.util.ArrayList<>();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                pages.add(extractor.getTextFromPage(page));
            }
            return pages;
        }
    }
}
