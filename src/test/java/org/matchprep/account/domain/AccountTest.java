package org.matchprep.account.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.matchprep.account.Role;

class AccountTest {

    private static Account account(Role role) {
        return new Account("  Someone@Example.ORG ", "  Some One ", "{noop}hash", ZoneId.of("Asia/Kolkata"), role,
                Instant.parse("2026-01-01T00:00:00Z"));
    }

    @Test
    void a_new_account_is_enabled_with_normalised_email_and_trimmed_name() {
        Account account = account(Role.APPLICANT);
        assertThat(account.isEnabled()).isTrue();
        assertThat(account.getEmail()).isEqualTo("someone@example.org");
        assertThat(account.getDisplayName()).isEqualTo("Some One");
    }

    @Test
    void an_invited_account_takes_its_owners_password_once_and_counts_as_an_admin_only_after() {
        Account invited = Account.invited("new@example.org", "New Admin", "{noop}unusable", ZoneId.of("UTC"), Role.ADMIN,
                Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(invited.isInvited()).isTrue();
        assertThat(invited.isActiveAdmin()).as("cannot sign in yet").isFalse();

        invited.acceptInvitation("{noop}chosen");

        assertThat(invited.isInvited()).isFalse();
        assertThat(invited.getPasswordHash()).isEqualTo("{noop}chosen");
        assertThat(invited.isActiveAdmin()).isTrue();
        assertThatThrownBy(() -> invited.acceptInvitation("{noop}again")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> account(Role.MENTOR).acceptInvitation("{noop}x")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void disabling_twice_is_refused() {
        Account account = account(Role.MENTOR);
        account.disable();
        assertThat(account.isEnabled()).isFalse();
        assertThatThrownBy(account::disable).isInstanceOf(IllegalStateException.class).hasMessageContaining("already disabled");
        assertThat(account.isEnabled()).isFalse();
    }

    @Test
    void enabling_an_enabled_account_is_refused() {
        Account account = account(Role.MENTOR);
        assertThatThrownBy(account::enable).isInstanceOf(IllegalStateException.class).hasMessageContaining("already enabled");
        account.disable();
        account.enable();
        assertThat(account.isEnabled()).isTrue();
        assertThatThrownBy(account::enable).isInstanceOf(IllegalStateException.class).hasMessageContaining("already enabled");
    }

    @Test
    void only_an_enabled_admin_is_an_active_admin() {
        Account admin = account(Role.ADMIN);
        assertThat(admin.isActiveAdmin()).isTrue();
        admin.disable();
        assertThat(admin.isActiveAdmin()).isFalse();
        assertThat(account(Role.MENTOR).isActiveAdmin()).isFalse();
        assertThat(account(Role.APPLICANT).isActiveAdmin()).isFalse();
    }

    @Test
    void promoting_to_admin_makes_an_active_admin_and_demoting_ends_it() {
        Account account = account(Role.MENTOR);
        account.changeRole(Role.ADMIN);
        assertThat(account.isActiveAdmin()).isTrue();
        account.changeRole(Role.APPLICANT);
        assertThat(account.isActiveAdmin()).isFalse();
    }

    @Test
    void disabling_changing_the_role_and_a_new_password_each_end_the_sessions() {
        Account account = account(Role.MENTOR);
        assertThat(account.getSessionStamp()).isZero();

        account.disable();
        assertThat(account.getSessionStamp()).isEqualTo(1);
        account.changeRole(Role.APPLICANT);
        assertThat(account.getSessionStamp()).isEqualTo(2);
        account.replacePasswordHash("{noop}new");
        assertThat(account.getSessionStamp()).isEqualTo(3);
    }

    @Test
    void enabling_renaming_and_the_same_role_again_end_no_session() {
        Account account = account(Role.MENTOR);
        account.disable();
        long stamp = account.getSessionStamp();

        account.enable();
        account.rename("Someone Else");
        account.moveTo(ZoneId.of("UTC"));
        account.changeRole(Role.MENTOR);

        assertThat(account.getSessionStamp()).isEqualTo(stamp);
    }
}
