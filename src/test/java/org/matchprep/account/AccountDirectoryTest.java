package org.matchprep.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.matchprep.account.domain.Account;
import org.matchprep.account.domain.AccountRepository;
import org.matchprep.testing.IntegrationTest;
import org.matchprep.testing.Who;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;

class AccountDirectoryTest extends IntegrationTest {

    @Autowired
    private AccountDirectory directory;

    @Autowired
    private AccountRepository repository;

    // --- who may call what ---------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(Who.class)
    void finding_a_mentor_by_email_is_for_anyone_signed_in(Who who) {
        AccountSummary mentor = accounts.mentor();
        signInAs(who);

        if (who == Who.ANONYMOUS) {
            assertThatThrownBy(() -> directory.findActiveMentor(mentor.email())).isInstanceOf(AuthorizationDeniedException.class);
        } else {
            assertThat(directory.findActiveMentor(mentor.email())).map(AccountSummary::id).contains(mentor.id());
        }
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void finding_an_account_by_id_and_role_is_for_admins_only(Who who) {
        AccountSummary applicant = accounts.applicant();
        signInAs(who);

        if (who == Who.ADMIN) {
            assertThat(directory.findActive(applicant.id(), Role.APPLICANT)).map(AccountSummary::id).contains(applicant.id());
        } else {
            assertThatThrownBy(() -> directory.findActive(applicant.id(), Role.APPLICANT))
                    .isInstanceOf(AuthorizationDeniedException.class);
        }
    }

    // --- finding mentors by email --------------------------------------------------------------------

    @Test
    void an_enabled_mentor_is_found_by_email_regardless_of_case_and_surrounding_spaces() {
        AccountSummary mentor = accounts.mentor();
        signInAs(Who.APPLICANT);

        assertThat(directory.findActiveMentor("  " + mentor.email().toUpperCase() + " ")).hasValueSatisfying(found -> {
            assertThat(found.id()).isEqualTo(mentor.id());
            assertThat(found.email()).isEqualTo(mentor.email());
            assertThat(found.role()).isEqualTo(Role.MENTOR);
        });
    }

    @Test
    void applicants_admins_and_disabled_mentors_are_not_found_as_mentors() {
        AccountSummary applicant = accounts.applicant();
        AccountSummary admin = accounts.admin();
        AccountSummary disabledMentor = disabled(accounts.mentor());
        signInAs(Who.APPLICANT);

        assertThat(directory.findActiveMentor(applicant.email())).isEmpty();
        assertThat(directory.findActiveMentor(admin.email())).isEmpty();
        assertThat(directory.findActiveMentor(disabledMentor.email())).isEmpty();
    }

    @Test
    void an_unknown_or_missing_email_finds_nobody() {
        signInAs(Who.APPLICANT);

        assertThat(directory.findActiveMentor("nobody-" + System.nanoTime() + "@example.org")).isEmpty();
        assertThat(directory.findActiveMentor("")).isEmpty();
        assertThat(directory.findActiveMentor(null)).isEmpty();
    }

    // --- finding accounts by id and role -------------------------------------------------------------

    @Test
    void an_enabled_account_is_found_by_id_only_with_its_own_role() {
        AccountSummary applicant = accounts.applicant();
        AccountSummary mentor = accounts.mentor();
        signInAs(Who.ADMIN);

        assertThat(directory.findActive(applicant.id(), Role.APPLICANT)).map(AccountSummary::id).contains(applicant.id());
        assertThat(directory.findActive(applicant.id(), Role.MENTOR)).isEmpty();
        assertThat(directory.findActive(applicant.id(), Role.ADMIN)).isEmpty();
        assertThat(directory.findActive(mentor.id(), Role.MENTOR)).map(AccountSummary::id).contains(mentor.id());
        assertThat(directory.findActive(mentor.id(), Role.APPLICANT)).isEmpty();
    }

    @Test
    void a_disabled_or_unknown_account_is_not_found_by_id() {
        AccountSummary disabledApplicant = disabled(accounts.applicant());
        AccountSummary disabledMentor = disabled(accounts.mentor());
        signInAs(Who.ADMIN);

        assertThat(directory.findActive(disabledApplicant.id(), Role.APPLICANT)).isEmpty();
        assertThat(directory.findActive(disabledMentor.id(), Role.MENTOR)).isEmpty();
        assertThat(directory.findActive(Long.MAX_VALUE, Role.MENTOR)).isEmpty();
    }

    private AccountSummary disabled(AccountSummary summary) {
        Account account = repository.findById(summary.id()).orElseThrow();
        account.disable();
        return repository.saveAndFlush(account).toSummary();
    }
}
