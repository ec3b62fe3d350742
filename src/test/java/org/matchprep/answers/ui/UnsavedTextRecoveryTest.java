package org.matchprep.answers.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.github.mvysny.kaributesting.v10.KaribuConfig;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import kotlin.Unit;
import kotlin.jvm.functions.Function1;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.matchprep.account.AccountSummary;
import org.matchprep.answers.AnswerService;
import org.matchprep.answers.AnswerStructure;
import org.matchprep.answers.QuestionBankService;
import org.matchprep.answers.QuestionSummary;
import org.matchprep.testing.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Text the browser kept because the server never confirmed it (the browser side is exercised end to end
 * in {@code DraftRecoveryEndToEndIT}): offered back when it differs from the saved answer, forgotten when
 * it does not, and whichever version the applicant keeps is the one saved.
 */
class UnsavedTextRecoveryTest extends KaribuTest {

    @Autowired
    AnswerService answers;

    @Autowired
    QuestionBankService bank;

    private AccountSummary applicant;
    private QuestionSummary star;

    private final List<String> sentToBrowser = new ArrayList<>();
    private List<Function1<PendingJavaScriptInvocation, Unit>> handlersBefore;

    @BeforeEach
    void openAStarAnswerWithSavedText() {
        handlersBefore = KaribuConfig.getPendingJavascriptInvocationHandlers();
        List<Function1<PendingJavaScriptInvocation, Unit>> handlers = new ArrayList<>(handlersBefore);
        handlers.add(pending -> {
            sentToBrowser.add(pending.getInvocation().getExpression() + " " + pending.getInvocation().getParameters());
            return Unit.INSTANCE;
        });
        KaribuConfig.setPendingJavascriptInvocationHandlers(handlers);

        applicant = accounts.applicant();
        signIn(applicant);
        star = bank.questionsForMe().stream().filter(question -> question.structure() == AnswerStructure.STAR)
                .findFirst().orElseThrow();
        UI.getCurrent().navigate("answers/" + star.id());
        _setValue(editor().fields.get("situation"), "The scan was normal.");
        browserCalls(); // what opening and saving asked of the browser so far
    }

    @AfterEach
    void stopRecording() {
        KaribuConfig.setPendingJavascriptInvocationHandlers(handlersBefore);
    }

    private AnswerEditor editor() {
        return _get(AnswerView.class).editor;
    }

    private UnsavedText kept(String situation) {
        return new UnsavedText(Map.of("situation", situation, "task", ""), answers.open(star.id()).version(),
                Instant.parse("2026-11-30T09:15:00Z"));
    }

    @Test
    void unsaved_text_that_differs_from_the_saved_answer_is_offered_with_its_changes() {
        editor().offerUnsavedText(kept("The scan was abnormal at 3 a.m."));

        UnsavedTextDialog offer = _get(UnsavedTextDialog.class);
        assertThat(offer.getHeaderTitle()).startsWith("Unsaved text from ").endsWith(" in this browser");
        assertThat(offer.getElement().getTextRecursively()).contains("normal.", "abnormal at 3 a.m.");
        assertThat(editor().fields.get("situation").getValue()).as("nothing changes before the choice")
                .isEqualTo("The scan was normal.");
    }

    @Test
    void unsaved_text_equal_to_the_saved_answer_is_forgotten_without_asking() {
        editor().offerUnsavedText(kept("The scan was normal."));

        assertThat(_find(UnsavedTextDialog.class)).isEmpty();
        assertThat(browserCalls()).anySatisfy(call -> assertThat(call).contains("removeItem", draftKey()));
    }

    @Test
    void keeping_the_unsaved_text_saves_it_and_forgets_the_browser_copy() {
        editor().offerUnsavedText(kept("The scan was abnormal at 3 a.m."));

        _click(_get(UnsavedTextDialog.class).keepUnsaved);

        assertThat(answers.open(star.id()).part("situation")).isEqualTo("The scan was abnormal at 3 a.m.");
        assertThat(editor().fields.get("situation").getValue()).isEqualTo("The scan was abnormal at 3 a.m.");
        assertThat(editor().status.state()).isEqualTo(SaveStatus.State.SAVED);
        assertThat(editor().hasUnsavedChanges()).isFalse();
        assertThat(browserCalls()).anySatisfy(call -> assertThat(call)
                .contains("removeItem", draftKey(), "The scan was abnormal at 3 a.m."));
    }

    @Test
    void keeping_the_saved_version_forgets_the_unsaved_text() {
        editor().offerUnsavedText(kept("The scan was abnormal at 3 a.m."));

        _click(_get(UnsavedTextDialog.class).keepSaved);

        assertThat(answers.open(star.id()).part("situation")).isEqualTo("The scan was normal.");
        assertThat(editor().fields.get("situation").getValue()).isEqualTo("The scan was normal.");
        assertThat(answers.history(star.id())).hasSize(1);
        assertThat(browserCalls()).anySatisfy(call -> assertThat(call).contains("removeItem", draftKey()));
    }

    @Test
    void every_save_tells_the_browser_to_forget_its_copy_of_exactly_the_saved_text() {
        _setValue(editor().fields.get("situation"), "The scan was normal, the patient was not.");

        assertThat(browserCalls()).anySatisfy(call -> assertThat(call)
                .contains("removeItem", draftKey(), "The scan was normal, the patient was not."));
    }

    private String draftKey() {
        return "matchprep.draft." + applicant.id() + "." + star.id();
    }

    /** The scripts sent to the browser since the last look, each with its arguments. */
    private List<String> browserCalls() {
        MockVaadin.clientRoundtrip(false);
        List<String> calls = List.copyOf(sentToBrowser);
        sentToBrowser.clear();
        return calls;
    }
}
