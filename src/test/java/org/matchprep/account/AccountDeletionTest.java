package org.matchprep.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.matchprep.answers.AnswerDraft;
import org.matchprep.answers.AnswerService;
import org.matchprep.answers.AnswerStructure;
import org.matchprep.answers.Category;
import org.matchprep.answers.QuestionBankService;
import org.matchprep.answers.QuestionSummary;
import org.matchprep.feedback.PairingService;
import org.matchprep.review.NewThread;
import org.matchprep.review.ReviewPage;
import org.matchprep.review.ReviewService;
import org.matchprep.review.SharingService;
import org.matchprep.review.SubjectRef;
import org.matchprep.review.ThreadView;
import org.matchprep.testing.Accounts;
import org.matchprep.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A deleted applicant leaves no row with their text: after the deletion a search through every text column
 * of every table of the schema finds none of their markers (e-mail, name, a phrase they wrote that mentors
 * quoted and commented on), except the audit log, which keeps the account's number only.
 */
class AccountDeletionTest extends IntegrationTest {

    private static final String PART = "answer";

    @Autowired
    private PersonalDataService personalData;

    @Autowired
    private QuestionBankService bank;

    @Autowired
    private AnswerService answers;

    @Autowired
    private SharingService sharing;

    @Autowired
    private ReviewService review;

    @Autowired
    private PairingService pairings;

    @Autowired
    private AuthenticationProvider signIn;

    @Autowired
    private ApplicationEventPublisher events;

    @Autowired
    private TransactionTemplate transactions;

    @Autowired
    private JdbcClient jdbc;

    /** A column that can hold text. */
    record TextColumn(String table, String column) {
    }

    @Test
    void a_deleted_applicant_leaves_no_row_with_their_text_in_any_table() {
        String token = UUID.randomUUID().toString().substring(0, 8);
        String phrase = "tangerine-lighthouse-" + token;
        AccountSummary applicant = accounts.create(Role.APPLICANT, "deleted-" + token + "@example.org",
                "Ines Vestergaard " + token);
        AccountSummary mentor = accounts.mentor();
        AccountSummary otherApplicant = accounts.applicant();
        transactions.executeWithoutResult(status -> events.publishEvent(new DemoAccountsSeeded(Map.of(
                "applicant@matchprep.test", applicant.id(), "mentor@matchprep.test", mentor.id()))));
        writeEverywhere(applicant, mentor, otherApplicant, phrase);
        List<String> markers = List.of(applicant.email(), applicant.displayName(), phrase);
        for (String marker : markers) {
            assertThat(tablesHolding(marker)).as("before deletion, '%s' is found", marker).isNotEmpty();
        }

        accounts.signIn(applicant);
        personalData.deleteMyAccount(new AccountDeletion(Accounts.PASSWORD));

        for (String marker : markers) {
            assertThat(tablesHolding(marker)).as("after deletion, tables holding '%s'", marker).isEmpty();
        }
        assertThat(jdbc.sql("select count(*) from audit_event where target = :placeholder and type = 'ACCOUNT_DELETED'")
                .param("placeholder", "deleted account #" + applicant.id()).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_event where target = :placeholder and client_address is not null")
                .param("placeholder", "deleted account #" + applicant.id()).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from account where id = :id").param("id", otherApplicant.id())
                .query(Long.class).single()).as("nobody else is touched").isEqualTo(1);
    }

    /** The applicant writes the phrase; their mentor quotes it, comments and scores; a sign-in fails. */
    private void writeEverywhere(AccountSummary applicant, AccountSummary mentor, AccountSummary otherApplicant,
                                 String phrase) {
        QuestionSummary question = as(applicant, () -> bank.addMyQuestion(Category.RADIOLOGY, AnswerStructure.FREE_TEXT,
                "Why radiology, " + phrase + "?"));
        String text = "A CT angiogram on a night shift changed the plan: " + phrase + " and what I learned from it.";
        as(applicant, () -> answers.save(question.id(), AnswerDraft.NOT_SAVED_YET, Map.of(PART, text)));
        long answerId = as(applicant, () -> answers.open(question.id()).answerId());
        SubjectRef answer = SubjectRef.of("answer", answerId);
        as(applicant, () -> {
            sharing.share(answer, mentor.id());
            sharing.requestReview(answer, mentor.id(), "Please look at " + phrase);
            return null;
        });
        ThreadView thread = as(mentor, () -> {
            ReviewPage page = review.open(answer);
            int start = text.indexOf(phrase);
            return review.startThread(new NewThread(answer, page.revisionId(), PART, start, start + phrase.length(),
                    phrase, "Say more about " + phrase));
        });
        as(applicant, () -> {
            review.reply(thread.id(), "I will, " + phrase);
            return null;
        });
        // what the demo season and the mentor's scorecards hold, made this applicant's own
        jdbc.sql("update program_dossier set strengths = strengths || :phrase where applicant_id = :id")
                .param("phrase", " " + phrase).param("id", applicant.id()).update();
        jdbc.sql("""
                update mock_scorecard_note set note = coalesce(note, '') || :phrase
                where booking_id in (select id from mock_booking where applicant_id = :id)""")
                .param("phrase", " " + phrase).param("id", applicant.id()).update();
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr("203.0.113.9");
        UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(
                applicant.email(), "not my password");
        attempt.setDetails(new WebAuthenticationDetails(request));
        try {
            signIn.authenticate(attempt);
        } catch (AuthenticationException expected) {
            // a failed sign-in leaves the e-mail in the throttle and the audit log
        }
    }

    /** Every table.column of the schema whose text contains {@code marker}, in any letter case. */
    private List<String> tablesHolding(String marker) {
        List<TextColumn> columns = jdbc.sql("""
                select table_name as "table", column_name as "column" from information_schema.columns
                where table_schema = current_schema()
                  and data_type in ('text', 'character varying', 'character', 'jsonb', 'json')
                  and table_name in (select table_name from information_schema.tables
                                     where table_schema = current_schema() and table_type = 'BASE TABLE')
                order by table_name, column_name""").query(TextColumn.class).list();
        assertThat(columns).as("text columns found").hasSizeGreaterThan(50);
        List<String> holding = new ArrayList<>();
        for (TextColumn column : columns) {
            long rows = jdbc.sql("select count(*) from \"%s\" where strpos(lower(\"%s\"::text), lower(:marker)) > 0"
                            .formatted(column.table(), column.column()))
                    .param("marker", marker).query(Long.class).single();
            if (rows > 0) {
                holding.add(column.table() + "." + column.column());
            }
        }
        return holding;
    }
}
