package org.matchprep.season;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.matchprep.account.AccountSummary;
import org.matchprep.base.InvalidInputException;
import org.matchprep.testing.IntegrationTest;
import org.matchprep.testing.Who;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;

class LetterServiceTest extends IntegrationTest {

    static final String UPDATE = "Since my interview my abstract was accepted at RSNA. I remain very interested.";

    @Autowired
    LetterService service;

    @Autowired
    DossierService dossiers;

    long dossier(String name) {
        return dossiers.create(SeasonFixtures.dossier(name)).id();
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void only_the_applicant_who_owns_the_program_reads_and_writes_its_letters(Who who) {
        AccountSummary owner = accounts.applicant();
        long program = as(owner, () -> dossier("Mayo"));
        LetterSummary letter = as(owner, () -> service.write(program, new LetterDraft(LetterKind.UPDATE, UPDATE)));
        signedIn(who);
        Class<? extends AccessDeniedException> refusal = who.refusedWhereOnly(Who.APPLICANT);

        assertThatThrownBy(() -> service.letters(program)).isExactlyInstanceOf(refusal);
        assertThatThrownBy(() -> service.write(program, new LetterDraft(LetterKind.INTENT, "Mine"))).isExactlyInstanceOf(refusal);
        assertThatThrownBy(() -> service.update(letter.id(), letter.version(), new LetterDraft(LetterKind.UPDATE, "Changed")))
                .isExactlyInstanceOf(refusal);
        assertThatThrownBy(() -> service.warnings(program, letter.toDraft())).isExactlyInstanceOf(refusal);
        assertThatThrownBy(() -> service.markSent(letter.id(), letter.version(), null)).isExactlyInstanceOf(refusal);
        assertThatThrownBy(() -> service.unmarkSent(letter.id(), letter.version())).isExactlyInstanceOf(refusal);
        assertThatThrownBy(() -> service.delete(letter.id())).isExactlyInstanceOf(refusal);
        if (who == Who.APPLICANT) {
            assertThat(service.unsentLetters()).isEmpty();
        } else {
            assertThatThrownBy(() -> service.unsentLetters()).isExactlyInstanceOf(AuthorizationDeniedException.class);
        }
        assertThat(as(owner, () -> service.letters(program))).singleElement().satisfies(kept -> {
            assertThat(kept.body()).isEqualTo(UPDATE);
            assertThat(kept.sent()).isFalse();
        });
    }

    @Test
    void a_letter_is_written_saved_marked_sent_and_leaves_the_unsent_list() {
        signedIn(Who.APPLICANT);
        long program = dossier("Mayo");
        LetterSummary started = service.write(program, new LetterDraft(LetterKind.UPDATE, ""));
        assertThat(service.unsentLetters()).extracting(LetterSummary::id).containsExactly(started.id());
        assertThat(started.programName()).isEqualTo("Mayo");

        LetterSummary written = service.update(started.id(), started.version(), new LetterDraft(LetterKind.UPDATE, UPDATE));
        assertThatThrownBy(() -> service.update(started.id(), started.version(), written.toDraft()))
                .isInstanceOf(SeasonException.class).hasMessageContaining("changed in another tab");
        assertThatThrownBy(() -> service.markSent(written.id(), written.version(), LocalDate.now(ZoneId.of("Europe/Berlin")).plusDays(1)))
                .isInstanceOf(SeasonException.class).hasMessageContaining("later than today");

        LetterSummary sent = service.markSent(written.id(), written.version(), null);
        assertThat(sent.sentOn()).isEqualTo(LocalDate.now(ZoneId.of("Europe/Berlin")));
        assertThat(service.unsentLetters()).isEmpty();
        LetterSummary undone = service.unmarkSent(sent.id(), sent.version());
        assertThat(service.unsentLetters()).extracting(LetterSummary::id).containsExactly(undone.id());

        service.delete(undone.id());
        assertThat(service.letters(program)).isEmpty();
    }

    @Test
    void kind_and_text_are_checked_at_the_boundary() {
        signedIn(Who.APPLICANT);
        long program = dossier("Mayo");

        assertThatThrownBy(() -> service.write(program, new LetterDraft(null, "x".repeat(6001))))
                .isInstanceOf(SeasonException.class).satisfies(refused ->
                        assertThat(((InvalidInputException) refused).fields()).containsExactly("kind", "body"));
        assertThatThrownBy(() -> service.write(program, new LetterDraft(LetterKind.UPDATE, "Dear\u0007 Dr. Lee")))
                .isInstanceOf(SeasonException.class).hasMessageContaining("control character");
        assertThat(service.letters(program)).isEmpty();
    }

    @Test
    void a_second_letter_of_intent_to_another_program_is_warned_about_on_both() {
        signedIn(Who.APPLICANT);
        long mayo = dossier("Mayo");
        long cleveland = dossier("Cleveland Clinic");
        LetterSummary first = service.write(mayo, new LetterDraft(LetterKind.INTENT, "I will rank Mayo first."));
        assertThat(first.warnings()).as("one letter of intent, promising a first place, is what it is for").isEmpty();

        LetterSummary second = service.write(cleveland, new LetterDraft(LetterKind.INTENT, "You are my first choice."));

        assertThat(second.warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.rule()).isEqualTo(LetterRule.ONE_LETTER_OF_INTENT);
            assertThat(warning.message()).contains("Mayo");
            assertThat(warning.reason()).isNotBlank();
        });
        assertThat(service.letters(mayo).getFirst().warnings()).extracting(LetterWarning::rule)
                .containsExactly(LetterRule.ONE_LETTER_OF_INTENT);
        assertThat(service.warnings(cleveland, new LetterDraft(LetterKind.UPDATE, "You are my first choice.")))
                .extracting(LetterWarning::rule).containsExactly(LetterRule.NO_RANKING_PROMISE_IN_AN_UPDATE);
        assertThat(service.write(mayo, new LetterDraft(LetterKind.INTENT, "A second draft to Mayo.")).warnings())
                .extracting(LetterWarning::rule).containsExactly(LetterRule.ONE_LETTER_OF_INTENT);
    }
}
