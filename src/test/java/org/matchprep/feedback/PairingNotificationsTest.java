package org.matchprep.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.matchprep.account.AccountSummary;
import org.matchprep.account.DemoAccountsSeeded;
import org.matchprep.notification.NotificationKind;
import org.matchprep.testing.Inboxes;
import org.matchprep.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class PairingNotificationsTest extends IntegrationTest {

    @Autowired
    private PairingService service;

    @Autowired
    private Inboxes inboxes;

    @Autowired
    private ApplicationEventPublisher events;

    @Autowired
    private PlatformTransactionManager transactionManager;

    @Test
    void an_invitation_notifies_the_invited_mentor_and_nobody_else() {
        AccountSummary applicant = accounts.applicant();
        AccountSummary mentor = accounts.mentor();

        PairingSummary invitation = invite(applicant, mentor);

        assertThat(about(invitation)).extracting(Inboxes.Row::recipientId, Inboxes.Row::kind, Inboxes.Row::link,
                        Inboxes.Row::eventKey, Inboxes.Row::message)
                .containsExactly(tuple(mentor.id(), NotificationKind.PAIRING_REQUESTED, "applicants",
                        "pairing:" + invitation.id() + ":invited", applicant.displayName() + " invited you to mentor them"));
        assertThat(inboxes.of(applicant.id())).isEmpty();
    }

    @Test
    void accepting_notifies_the_applicant_and_nobody_else() {
        AccountSummary applicant = accounts.applicant();
        AccountSummary mentor = accounts.mentor();
        PairingSummary invitation = invite(applicant, mentor);

        as(mentor, () -> service.accept(invitation.id()));

        assertThat(about(invitation)).extracting(Inboxes.Row::recipientId, Inboxes.Row::kind, Inboxes.Row::link, Inboxes.Row::message)
                .containsExactly(
                        tuple(mentor.id(), NotificationKind.PAIRING_REQUESTED, "applicants", applicant.displayName() + " invited you to mentor them"),
                        tuple(applicant.id(), NotificationKind.PAIRING_ACCEPTED, "mentors",
                                mentor.displayName() + " accepted your invitation and is now your mentor"));
    }

    @Test
    void declining_notifies_the_applicant_and_nobody_else() {
        AccountSummary applicant = accounts.applicant();
        AccountSummary mentor = accounts.mentor();
        PairingSummary invitation = invite(applicant, mentor);

        as(mentor, () -> service.decline(invitation.id()));

        assertThat(after(invitation, "invited")).extracting(Inboxes.Row::recipientId, Inboxes.Row::kind, Inboxes.Row::link, Inboxes.Row::message)
                .containsExactly(tuple(applicant.id(), NotificationKind.PAIRING_DECLINED, "mentors",
                        mentor.displayName() + " declined your invitation"));
    }

    @Test
    void an_admin_pairing_notifies_both_people_but_not_the_admin() {
        AccountSummary applicant = accounts.applicant();
        AccountSummary mentor = accounts.mentor();
        AccountSummary admin = accounts.admin();

        PairingSummary paired = as(admin, () -> service.pair(applicant.id(), mentor.id()));

        assertThat(about(paired)).extracting(Inboxes.Row::recipientId, Inboxes.Row::kind, Inboxes.Row::link, Inboxes.Row::message)
                .containsExactlyInAnyOrder(
                        tuple(applicant.id(), NotificationKind.PAIRING_ACCEPTED, "mentors",
                                mentor.displayName() + " is now your mentor"),
                        tuple(mentor.id(), NotificationKind.PAIRING_ACCEPTED, "applicants",
                                "You now mentor " + applicant.displayName()));
        assertThat(inboxes.of(admin.id())).isEmpty();
    }

    @Test
    void an_applicant_ending_a_pairing_notifies_only_the_mentor() {
        AccountSummary applicant = accounts.applicant();
        AccountSummary mentor = accounts.mentor();
        PairingSummary active = accepted(applicant, mentor);

        as(applicant, () -> service.end(active.id()));

        assertThat(after(active, "accepted")).extracting(Inboxes.Row::recipientId, Inboxes.Row::kind, Inboxes.Row::link, Inboxes.Row::message)
                .containsExactly(tuple(mentor.id(), NotificationKind.PAIRING_ENDED, "applicants",
                        applicant.displayName() + " ended your pairing"));
    }

    @Test
    void a_mentor_ending_a_pairing_notifies_only_the_applicant() {
        AccountSummary applicant = accounts.applicant();
        AccountSummary mentor = accounts.mentor();
        PairingSummary active = accepted(applicant, mentor);

        as(mentor, () -> service.end(active.id()));

        assertThat(after(active, "accepted")).extracting(Inboxes.Row::recipientId, Inboxes.Row::kind, Inboxes.Row::link, Inboxes.Row::message)
                .containsExactly(tuple(applicant.id(), NotificationKind.PAIRING_ENDED, "mentors",
                        mentor.displayName() + " ended your pairing"));
    }

    @Test
    void an_admin_ending_a_pairing_notifies_both_people_but_not_the_admin() {
        AccountSummary applicant = accounts.applicant();
        AccountSummary mentor = accounts.mentor();
        AccountSummary admin = accounts.admin();
        PairingSummary active = accepted(applicant, mentor);

        as(admin, () -> service.end(active.id()));

        assertThat(after(active, "accepted")).extracting(Inboxes.Row::recipientId, Inboxes.Row::kind, Inboxes.Row::link, Inboxes.Row::message)
                .containsExactlyInAnyOrder(
                        tuple(applicant.id(), NotificationKind.PAIRING_ENDED, "mentors", "An admin ended your pairing with " + mentor.displayName()),
                        tuple(mentor.id(), NotificationKind.PAIRING_ENDED, "applicants", "An admin ended your pairing with " + applicant.displayName()));
        assertThat(inboxes.of(admin.id())).isEmpty();
    }

    @Test
    void withdrawing_an_invitation_tells_the_mentor_it_was_withdrawn() {
        AccountSummary applicant = accounts.applicant();
        AccountSummary mentor = accounts.mentor();
        PairingSummary invitation = invite(applicant, mentor);

        as(applicant, () -> service.end(invitation.id()));

        assertThat(after(invitation, "invited")).extracting(Inboxes.Row::recipientId, Inboxes.Row::kind, Inboxes.Row::message)
                .containsExactly(tuple(mentor.id(), NotificationKind.PAIRING_ENDED, applicant.displayName() + " withdrew their invitation"));
    }

    @Test
    void a_refused_change_notifies_nobody() {
        AccountSummary applicant = accounts.applicant();
        AccountSummary mentor = accounts.mentor();
        AccountSummary otherMentor = accounts.mentor();
        PairingSummary invitation = invite(applicant, mentor);

        assertThatThrownBy(() -> invite(applicant, mentor)).isInstanceOf(PairingException.class);
        assertThatThrownBy(() -> as(otherMentor, () -> service.accept(invitation.id()))).isInstanceOf(AccessDeniedException.class);

        assertThat(about(invitation)).extracting(Inboxes.Row::eventKey).containsExactly("pairing:" + invitation.id() + ":invited");
        assertThat(inboxes.of(applicant.id())).isEmpty();
        assertThat(inboxes.of(otherMentor.id())).isEmpty();
    }

    @Test
    void a_new_pairing_after_an_ended_one_notifies_again() {
        AccountSummary applicant = accounts.applicant();
        AccountSummary mentor = accounts.mentor();
        PairingSummary first = invite(applicant, mentor);
        as(applicant, () -> service.end(first.id()));

        PairingSummary second = invite(applicant, mentor);

        assertThat(inboxes.of(mentor.id())).extracting(Inboxes.Row::eventKey).containsExactly(
                "pairing:" + second.id() + ":invited", "pairing:" + first.id() + ":ended", "pairing:" + first.id() + ":invited");
    }

    @Test
    void the_demo_pairing_greets_both_demo_accounts_under_the_bell() {
        AccountSummary applicant = accounts.applicant();
        AccountSummary mentor = accounts.mentor();

        new TransactionTemplate(transactionManager).executeWithoutResult(status -> events.publishEvent(
                new DemoAccountsSeeded(Map.of(DemoPairings.APPLICANT, applicant.id(), DemoPairings.MENTOR, mentor.id()))));

        assertThat(inboxes.of(applicant.id())).extracting(Inboxes.Row::kind, Inboxes.Row::link)
                .containsExactly(tuple(NotificationKind.PAIRING_ACCEPTED, "mentors"));
        assertThat(inboxes.of(mentor.id())).extracting(Inboxes.Row::kind, Inboxes.Row::link)
                .containsExactly(tuple(NotificationKind.PAIRING_ACCEPTED, "applicants"));
    }

    private PairingSummary invite(AccountSummary applicant, AccountSummary mentor) {
        return as(applicant, () -> service.inviteMentor(mentor.email()));
    }

    private PairingSummary accepted(AccountSummary applicant, AccountSummary mentor) {
        PairingSummary invitation = invite(applicant, mentor);
        return as(mentor, () -> service.accept(invitation.id()));
    }

    /** Every notification about this pairing, whoever got it, in the order sent. */
    private List<Inboxes.Row> about(PairingSummary pairing) {
        return inboxes.withKeyPrefix("pairing:" + pairing.id() + ":");
    }

    /** The notifications about this pairing after the one keyed {@code what}: what the last step sent. */
    private List<Inboxes.Row> after(PairingSummary pairing, String what) {
        List<Inboxes.Row> all = about(pairing);
        List<String> keys = all.stream().map(Inboxes.Row::eventKey).toList();
        int last = keys.lastIndexOf("pairing:" + pairing.id() + ":" + what);
        assertThat(last).as("a notification keyed " + what).isNotNegative();
        return all.subList(last + 1, all.size());
    }
}
