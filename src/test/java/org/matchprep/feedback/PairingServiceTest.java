package org.matchprep.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.matchprep.account.AccountSummary;
import org.matchprep.account.Role;
import org.matchprep.account.domain.Account;
import org.matchprep.account.domain.AccountRepository;
import org.matchprep.feedback.domain.Pairing;
import org.matchprep.feedback.domain.PairingRepository;
import org.matchprep.testing.IntegrationTest;
import org.matchprep.testing.Who;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;

class PairingServiceTest extends IntegrationTest {

    @Autowired
    private PairingService service;

    @Autowired
    private PairingRepository repository;

    @Autowired
    private AccountRepository accountRepository;

    @Autowired
    private org.matchprep.account.AccountAdminService adminService;

    // --- who may call what -----------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(Who.class)
    void inviting_a_mentor_is_for_applicants_only(Who who) {
        AccountSummary mentor = accounts.mentor();
        AccountSummary me = signedIn(who);

        if (who == Who.APPLICANT) {
            PairingSummary invited = service.inviteMentor(mentor.email());
            assertThat(invited.applicantId()).isEqualTo(me.id());
            assertThat(invited.mentorId()).isEqualTo(mentor.id());
        } else {
            assertThatThrownBy(() -> service.inviteMentor(mentor.email())).isInstanceOf(AuthorizationDeniedException.class);
            assertThat(pairingsOfMentor(mentor)).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void listing_my_mentors_is_for_applicants_only(Who who) {
        AccountSummary applicant = accounts.applicant();
        PairingSummary invitation = invite(applicant, accounts.mentor());
        caller(who, applicant, null);

        if (who == Who.APPLICANT) {
            assertThat(service.myMentors()).extracting(PairingSummary::id).containsExactly(invitation.id());
        } else {
            assertThatThrownBy(() -> service.myMentors()).isInstanceOf(AuthorizationDeniedException.class);
        }
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void listing_my_applicants_is_for_mentors_only(Who who) {
        AccountSummary mentor = accounts.mentor();
        PairingSummary active = activePairing(accounts.applicant(), mentor);
        caller(who, null, mentor);

        if (who == Who.MENTOR) {
            assertThat(service.myApplicants()).extracting(PairingSummary::id).containsExactly(active.id());
        } else {
            assertThatThrownBy(() -> service.myApplicants()).isInstanceOf(AuthorizationDeniedException.class);
        }
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void listing_my_invitations_is_for_mentors_only(Who who) {
        AccountSummary mentor = accounts.mentor();
        PairingSummary invitation = invite(accounts.applicant(), mentor);
        caller(who, null, mentor);

        if (who == Who.MENTOR) {
            assertThat(service.invitations()).extracting(PairingSummary::id).containsExactly(invitation.id());
        } else {
            assertThatThrownBy(() -> service.invitations()).isInstanceOf(AuthorizationDeniedException.class);
        }
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void accepting_an_invitation_is_for_mentors_only(Who who) {
        AccountSummary applicant = accounts.applicant();
        AccountSummary mentor = accounts.mentor();
        PairingSummary invitation = invite(applicant, mentor);
        caller(who, applicant, mentor);

        if (who == Who.MENTOR) {
            assertThat(service.accept(invitation.id()).status()).isEqualTo(PairingStatus.ACTIVE);
            assertThat(statusOf(invitation)).isEqualTo(PairingStatus.ACTIVE);
        } else {
            assertThatThrownBy(() -> service.accept(invitation.id())).isInstanceOf(AuthorizationDeniedException.class);
            assertThat(statusOf(invitation)).isEqualTo(PairingStatus.INVITED);
        }
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void declining_an_invitation_is_for_mentors_only(Who who) {
        AccountSummary applicant = accounts.applicant();
        AccountSummary mentor = accounts.mentor();
        PairingSummary invitation = invite(applicant, mentor);
        caller(who, applicant, mentor);

        if (who == Who.MENTOR) {
            assertThat(service.decline(invitation.id()).status()).isEqualTo(PairingStatus.DECLINED);
            assertThat(statusOf(invitation)).isEqualTo(PairingStatus.DECLINED);
        } else {
            assertThatThrownBy(() -> service.decline(invitation.id())).isInstanceOf(AuthorizationDeniedException.class);
            assertThat(statusOf(invitation)).isEqualTo(PairingStatus.INVITED);
        }
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void pairing_people_directly_is_for_admins_only(Who who) {
        AccountSummary applicant = accounts.applicant();
        AccountSummary mentor = accounts.mentor();
        signedIn(who);

        if (who == Who.ADMIN) {
            assertThat(service.pair(applicant.id(), mentor.id()).status()).isEqualTo(PairingStatus.ACTIVE);
        } else {
            assertThatThrownBy(() -> service.pair(applicant.id(), mentor.id())).isInstanceOf(AuthorizationDeniedException.class);
            assertThat(pairingsOfMentor(mentor)).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void listing_all_open_pairings_is_for_admins_only(Who who) {
        PairingSummary invitation = invite(accounts.applicant(), accounts.mentor());
        PairingSummary active = activePairing(accounts.applicant(), accounts.mentor());
        signedIn(who);

        if (who == Who.ADMIN) {
            assertThat(service.allOpenPairings()).extracting(PairingSummary::id).contains(invitation.id(), active.id());
        } else {
            assertThatThrownBy(() -> service.allOpenPairings()).isInstanceOf(AuthorizationDeniedException.class);
        }
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void ending_a_pairing_is_for_its_applicant_its_mentor_or_an_admin(Who who) {
        AccountSummary applicant = accounts.applicant();
        AccountSummary mentor = accounts.mentor();
        PairingSummary active = activePairing(applicant, mentor);
        caller(who, applicant, mentor);

        if (who == Who.ANONYMOUS) {
            assertThatThrownBy(() -> service.end(active.id())).isInstanceOf(AuthorizationDeniedException.class);
            assertThat(statusOf(active)).isEqualTo(PairingStatus.ACTIVE);
        } else {
            assertThat(service.end(active.id()).status()).isEqualTo(PairingStatus.ENDED);
            assertThat(statusOf(active)).isEqualTo(PairingStatus.ENDED);
        }
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void asking_whether_people_are_paired_is_for_those_two_or_an_admin(Who who) {
        AccountSummary applicant = accounts.applicant();
        AccountSummary mentor = accounts.mentor();
        activePairing(applicant, mentor);
        caller(who, applicant, mentor);

        if (who == Who.ANONYMOUS) {
            assertThatThrownBy(() -> service.isPaired(applicant.id(), mentor.id())).isInstanceOf(AuthorizationDeniedException.class);
        } else {
            assertThat(service.isPaired(applicant.id(), mentor.id())).isTrue();
        }
    }

    @Test
    void a_mentor_made_applicant_can_no_longer_answer_or_list_the_invitations_sent_to_them() {
        AccountSummary mentor = accounts.mentor();
        PairingSummary invitation = invite(accounts.applicant(), mentor);
        activePairing(accounts.applicant(), mentor);
        accounts.signIn(accounts.changeRole(mentor, Role.APPLICANT));

        assertThatThrownBy(() -> service.accept(invitation.id())).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> service.decline(invitation.id())).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> service.invitations()).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> service.myApplicants()).isInstanceOf(AuthorizationDeniedException.class);
        assertThat(statusOf(invitation)).isEqualTo(PairingStatus.INVITED);
    }

    @Test
    void an_applicant_made_mentor_can_no_longer_list_their_mentors_or_invite_one() {
        AccountSummary applicant = accounts.applicant();
        activePairing(applicant, accounts.mentor());
        accounts.signIn(accounts.changeRole(applicant, Role.MENTOR));

        assertThatThrownBy(() -> service.myMentors()).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> service.inviteMentor(accounts.mentor().email())).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void an_admin_made_mentor_can_no_longer_pair_people_or_list_every_pairing() {
        AccountSummary admin = accounts.admin();
        AccountSummary applicant = accounts.applicant();
        AccountSummary mentor = accounts.mentor();
        accounts.signIn(accounts.changeRole(admin, Role.MENTOR));

        assertThatThrownBy(() -> service.pair(applicant.id(), mentor.id())).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> service.allOpenPairings()).isInstanceOf(AuthorizationDeniedException.class);
        assertThat(pairingsOf(applicant)).isEmpty();
    }

    // --- inviting --------------------------------------------------------------------------------

    @Test
    void an_applicant_invites_a_mentor_by_email_regardless_of_case() {
        AccountSummary applicant = accounts.applicant();
        AccountSummary mentor = accounts.mentor();
        accounts.signIn(applicant);

        PairingSummary invited = service.inviteMentor("  " + mentor.email().toUpperCase() + " ");

        assertThat(invited.status()).isEqualTo(PairingStatus.INVITED);
        assertThat(invited.applicantId()).isEqualTo(applicant.id());
        assertThat(invited.applicantName()).isEqualTo(applicant.displayName());
        assertThat(invited.applicantEmail()).isEqualTo(applicant.email());
        assertThat(invited.mentorId()).isEqualTo(mentor.id());
        assertThat(invited.mentorName()).isEqualTo(mentor.displayName());
        assertThat(invited.mentorEmail()).isEqualTo(mentor.email());
        assertThat(invited.invitedByAdmin()).isFalse();
        assertThat(invited.createdAt()).isNotNull();
        assertThat(invited.respondedAt()).isNull();
        assertThat(invited.endedAt()).isNull();
        assertThat(service.myMentors()).extracting(PairingSummary::id).containsExactly(invited.id());

        accounts.signIn(mentor);
        assertThat(service.invitations()).extracting(PairingSummary::id).containsExactly(invited.id());
        assertThat(service.myApplicants()).isEmpty();
        assertThat(service.isPaired(applicant.id(), mentor.id())).isFalse();
    }

    @Test
    void an_applicant_sees_several_mentors_ordered_by_name() {
        AccountSummary applicant = accounts.applicant();
        AccountSummary zed = accounts.create(Role.MENTOR, unique("zed") + "@example.org", "Zed " + unique("M"));
        AccountSummary ada = accounts.create(Role.MENTOR, unique("ada") + "@example.org", "Ada " + unique("M"));
        PairingSummary invited = invite(applicant, zed);
        PairingSummary active = activePairing(applicant, ada);
        accounts.signIn(applicant);

        assertThat(service.myMentors()).extracting(PairingSummary::id).containsExactly(active.id(), invited.id());
    }

    @Test
    void inviting_an_unknown_email_is_refused_and_stores_nothing() {
        AccountSummary applicant = accounts.applicant();
        accounts.signIn(applicant);

        assertThatThrownBy(() -> service.inviteMentor(unique("nobody") + "@example.org")).isInstanceOf(PairingException.class);
        assertThatThrownBy(() -> service.inviteMentor(" ")).isInstanceOf(PairingException.class);
        assertThatThrownBy(() -> service.inviteMentor(null)).isInstanceOf(PairingException.class);
        assertThat(pairingsOfApplicant(applicant)).isEmpty();
    }

    @Test
    void inviting_an_applicant_or_an_admin_is_refused_and_stores_nothing() {
        AccountSummary applicant = accounts.applicant();
        AccountSummary otherApplicant = accounts.applicant();
        AccountSummary admin = accounts.admin();
        accounts.signIn(applicant);

        assertThatThrownBy(() -> service.inviteMentor(otherApplicant.email())).isInstanceOf(PairingException.class);
        assertThatThrownBy(() -> service.inviteMentor(admin.email())).isInstanceOf(PairingException.class);
        assertThatThrownBy(() -> service.inviteMentor(applicant.email())).isInstanceOf(PairingException.class);
        assertThat(pairingsOfApplicant(applicant)).isEmpty();
    }

    @Test
    void inviting_a_disabled_mentor_is_refused_and_stores_nothing() {
        AccountSummary applicant = accounts.applicant();
        AccountSummary mentor = disabled(accounts.mentor());
        accounts.signIn(applicant);

        assertThatThrownBy(() -> service.inviteMentor(mentor.email())).isInstanceOf(PairingException.class);
        assertThat(pairingsOfMentor(mentor)).isEmpty();
    }

    @Test
    void inviting_the_same_mentor_twice_is_refused() {
        AccountSummary applicant = accounts.applicant();
        AccountSummary mentor = accounts.mentor();
        PairingSummary first = invite(applicant, mentor);
        accounts.signIn(applicant);

        assertThatThrownBy(() -> service.inviteMentor(mentor.email().toUpperCase())).isInstanceOf(PairingException.class);
        assertThat(pairingsOfMentor(mentor)).extracting(Pairing::getId).containsExactly(first.id());
    }

    @Test
    void inviting_a_mentor_one_already_works_with_is_refused() {
        AccountSummary applicant = accounts.applicant();
        AccountSummary mentor = accounts.mentor();
        PairingSummary active = activePairing(applicant, mentor);
        accounts.signIn(applicant);

        assertThatThrownBy(() -> service.inviteMentor(mentor.email())).isInstanceOf(PairingException.class);
        assertThat(pairingsOfMentor(mentor)).extracting(Pairing::getId).containsExactly(active.id());
    }

    @Test
    void two_applicants_may_invite_the_same_mentor() {
        AccountSummary mentor = accounts.mentor();
        PairingSummary first = invite(accounts.applicant(), mentor);
        PairingSummary second = invite(accounts.applicant(), mentor);
        accounts.signIn(mentor);

        assertThat(service.invitations()).extracting(PairingSummary::id).containsExactlyInAnyOrder(first.id(), second.id());
    }

    // --- answering -------------------------------------------------------------------------------

    @Test
    void an_accepted_invitation_becomes_an_active_pairing() {
        AccountSummary applicant = accounts.applicant();
        AccountSummary mentor = accounts.mentor();
        PairingSummary invitation = invite(applicant, mentor);
        accounts.signIn(mentor);

        PairingSummary accepted = service.accept(invitation.id());

        assertThat(accepted.status()).isEqualTo(PairingStatus.ACTIVE);
        assertThat(accepted.respondedAt()).isNotNull();
        assertThat(service.myApplicants()).extracting(PairingSummary::id).containsExactly(invitation.id());
        assertThat(service.invitations()).isEmpty();
        assertThat(service.isPaired(applicant.id(), mentor.id())).isTrue();

        accounts.signIn(applicant);
        assertThat(service.myMentors()).singleElement().satisfies(mine -> {
            assertThat(mine.id()).isEqualTo(invitation.id());
            assertThat(mine.status()).isEqualTo(PairingStatus.ACTIVE);
        });
        assertThat(service.isPaired(applicant.id(), mentor.id())).isTrue();
    }

    @Test
    void a_declined_invitation_is_no_longer_listed_and_the_applicant_may_invite_again() {
        AccountSummary applicant = accounts.applicant();
        AccountSummary mentor = accounts.mentor();
        PairingSummary invitation = invite(applicant, mentor);
        accounts.signIn(mentor);

        PairingSummary declined = service.decline(invitation.id());

        assertThat(declined.status()).isEqualTo(PairingStatus.DECLINED);
        assertThat(declined.respondedAt()).isNotNull();
        assertThat(service.invitations()).isEmpty();
        assertThat(service.myApplicants()).isEmpty();
        assertThat(service.isPaired(applicant.id(), mentor.id())).isFalse();

        accounts.signIn(applicant);
        assertThat(service.myMentors()).isEmpty();
        PairingSummary again = service.inviteMentor(mentor.email());
        assertThat(again.id()).isNotEqualTo(invitation.id());
        assertThat(again.status()).isEqualTo(PairingStatus.INVITED);
        assertThat(statusOf(invitation)).isEqualTo(PairingStatus.DECLINED);
    }

    @Test
    void an_answered_invitation_cannot_be_answered_again() {
        AccountSummary applicant = accounts.applicant();
        AccountSummary mentor = accounts.mentor();
        PairingSummary accepted = invite(applicant, mentor);
        accounts.signIn(mentor);
        service.accept(accepted.id());

        assertThatThrownBy(() -> service.accept(accepted.id())).isInstanceOf(PairingException.class);
        assertThatThrownBy(() -> service.decline(accepted.id())).isInstanceOf(PairingException.class);
        assertThat(statusOf(accepted)).isEqualTo(PairingStatus.ACTIVE);
    }

    @Test
    void answering_an_unknown_pairing_is_refused_as_not_yours() {
        accounts.signIn(accounts.mentor());

        assertThatThrownBy(() -> service.accept(Long.MAX_VALUE)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.decline(Long.MAX_VALUE)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.end(Long.MAX_VALUE)).isInstanceOf(AccessDeniedException.class);
    }

    // --- ending ----------------------------------------------------------------------------------

    @Test
    void the_applicant_ends_a_pairing_and_may_invite_the_mentor_again() {
        AccountSummary applicant = accounts.applicant();
        AccountSummary mentor = accounts.mentor();
        PairingSummary active = activePairing(applicant, mentor);
        accounts.signIn(applicant);

        PairingSummary ended = service.end(active.id());

        assertThat(ended.status()).isEqualTo(PairingStatus.ENDED);
        assertThat(ended.endedAt()).isNotNull();
        assertThat(service.isPaired(applicant.id(), mentor.id())).isFalse();
        assertThat(service.myMentors()).isEmpty();
        PairingSummary again = service.inviteMentor(mentor.email());
        assertThat(again.status()).isEqualTo(PairingStatus.INVITED);
        assertThat(again.id()).isNotEqualTo(active.id());
    }

    @Test
    void the_mentor_ends_a_pairing() {
        AccountSummary applicant = accounts.applicant();
        AccountSummary mentor = accounts.mentor();
        PairingSummary active = activePairing(applicant, mentor);
        accounts.signIn(mentor);

        assertThat(service.end(active.id()).status()).isEqualTo(PairingStatus.ENDED);

        assertThat(service.myApplicants()).isEmpty();
        assertThat(service.isPaired(applicant.id(), mentor.id())).isFalse();
        assertThat(as(applicant, () -> service.inviteMentor(mentor.email())).status()).isEqualTo(PairingStatus.INVITED);
    }

    @Test
    void an_admin_ends_a_pairing_they_are_not_part_of() {
        AccountSummary applicant = accounts.applicant();
        AccountSummary mentor = accounts.mentor();
        PairingSummary active = activePairing(applicant, mentor);
        signedIn(Who.ADMIN);

        assertThat(service.end(active.id()).status()).isEqualTo(PairingStatus.ENDED);

        assertThat(service.isPaired(applicant.id(), mentor.id())).isFalse();
        assertThat(service.allOpenPairings()).extracting(PairingSummary::id).doesNotContain(active.id());
    }

    @Test
    void the_applicant_withdraws_an_invitation_by_ending_it() {
        AccountSummary applicant = accounts.applicant();
        AccountSummary mentor = accounts.mentor();
        PairingSummary invitation = invite(applicant, mentor);
        accounts.signIn(applicant);

        assertThat(service.end(invitation.id()).status()).isEqualTo(PairingStatus.ENDED);

        assertThat(service.myMentors()).isEmpty();
        assertThat(as(mentor, () -> service.invitations())).isEmpty();
    }

    @Test
    void ending_twice_or_ending_a_declined_invitation_is_refused() {
        AccountSummary applicant = accounts.applicant();
        AccountSummary mentor = accounts.mentor();
        PairingSummary active = activePairing(applicant, mentor);
        accounts.signIn(applicant);
        service.end(active.id());

        assertThatThrownBy(() -> service.end(active.id())).isInstanceOf(PairingException.class);

        PairingSummary declined = invite(applicant, mentor);
        as(mentor, () -> service.decline(declined.id()));
        assertThatThrownBy(() -> service.end(declined.id())).isInstanceOf(PairingException.class);
        assertThat(statusOf(declined)).isEqualTo(PairingStatus.DECLINED);
    }

    // --- admins pairing directly -----------------------------------------------------------------

    @Test
    void an_admin_pairs_an_applicant_and_a_mentor_who_are_active_at_once() {
        AccountSummary applicant = accounts.applicant();
        AccountSummary mentor = accounts.mentor();
        signedIn(Who.ADMIN);

        PairingSummary paired = service.pair(applicant.id(), mentor.id());

        assertThat(paired.status()).isEqualTo(PairingStatus.ACTIVE);
        assertThat(paired.invitedByAdmin()).isTrue();
        assertThat(paired.applicantId()).isEqualTo(applicant.id());
        assertThat(paired.mentorId()).isEqualTo(mentor.id());
        assertThat(paired.respondedAt()).isNotNull();
        assertThat(service.isPaired(applicant.id(), mentor.id())).isTrue();
        assertThat(service.allOpenPairings()).extracting(PairingSummary::id).contains(paired.id());
        assertThat(as(mentor, () -> service.myApplicants())).extracting(PairingSummary::id).containsExactly(paired.id());
        assertThat(as(mentor, () -> service.invitations())).isEmpty();
        assertThat(as(applicant, () -> service.myMentors())).extracting(PairingSummary::id).containsExactly(paired.id());
    }

    @Test
    void an_admin_cannot_pair_people_in_the_wrong_roles() {
        AccountSummary applicant = accounts.applicant();
        AccountSummary otherApplicant = accounts.applicant();
        AccountSummary mentor = accounts.mentor();
        AccountSummary otherMentor = accounts.mentor();
        AccountSummary admin = signedIn(Who.ADMIN);

        assertThatThrownBy(() -> service.pair(applicant.id(), otherApplicant.id())).isInstanceOf(PairingException.class);
        assertThatThrownBy(() -> service.pair(mentor.id(), otherMentor.id())).isInstanceOf(PairingException.class);
        assertThatThrownBy(() -> service.pair(mentor.id(), applicant.id())).isInstanceOf(PairingException.class);
        assertThatThrownBy(() -> service.pair(admin.id(), mentor.id())).isInstanceOf(PairingException.class);
        assertThatThrownBy(() -> service.pair(applicant.id(), admin.id())).isInstanceOf(PairingException.class);
        assertThatThrownBy(() -> service.pair(applicant.id(), Long.MAX_VALUE)).isInstanceOf(PairingException.class);
        for (AccountSummary someone : List.of(applicant, otherApplicant, mentor, otherMentor)) {
            assertThat(pairingsOf(someone)).isEmpty();
        }
    }

    @Test
    void an_admin_cannot_pair_disabled_accounts() {
        AccountSummary disabledApplicant = disabled(accounts.applicant());
        AccountSummary disabledMentor = disabled(accounts.mentor());
        AccountSummary applicant = accounts.applicant();
        AccountSummary mentor = accounts.mentor();
        signedIn(Who.ADMIN);

        assertThatThrownBy(() -> service.pair(disabledApplicant.id(), mentor.id())).isInstanceOf(PairingException.class);
        assertThatThrownBy(() -> service.pair(applicant.id(), disabledMentor.id())).isInstanceOf(PairingException.class);
        assertThat(pairingsOfMentor(mentor)).isEmpty();
        assertThat(pairingsOfMentor(disabledMentor)).isEmpty();
    }

    @Test
    void an_admin_cannot_pair_people_who_are_already_paired_or_invited() {
        AccountSummary applicant = accounts.applicant();
        AccountSummary mentor = accounts.mentor();
        AccountSummary invitedMentor = accounts.mentor();
        PairingSummary invitation = invite(applicant, invitedMentor);
        signedIn(Who.ADMIN);
        PairingSummary paired = service.pair(applicant.id(), mentor.id());

        assertThatThrownBy(() -> service.pair(applicant.id(), mentor.id())).isInstanceOf(PairingException.class);
        assertThatThrownBy(() -> service.pair(applicant.id(), invitedMentor.id())).isInstanceOf(PairingException.class);
        assertThat(pairingsOfMentor(mentor)).extracting(Pairing::getId).containsExactly(paired.id());
        assertThat(pairingsOfMentor(invitedMentor)).extracting(Pairing::getId).containsExactly(invitation.id());
    }

    // --- other people's pairings -----------------------------------------------------------------

    @Test
    void another_mentor_cannot_accept_decline_or_end_someone_elses_invitation() {
        AccountSummary applicant = accounts.applicant();
        AccountSummary mentor = accounts.mentor();
        PairingSummary invitation = invite(applicant, mentor);
        accounts.signIn(accounts.mentor());

        assertThatThrownBy(() -> service.accept(invitation.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.decline(invitation.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.end(invitation.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(service.invitations()).isEmpty();
        assertThat(statusOf(invitation)).isEqualTo(PairingStatus.INVITED);
    }

    @Test
    void another_applicant_cannot_end_someone_elses_pairing() {
        AccountSummary applicant = accounts.applicant();
        AccountSummary mentor = accounts.mentor();
        PairingSummary invitation = invite(applicant, mentor);
        PairingSummary active = activePairing(applicant, accounts.mentor());
        AccountSummary stranger = accounts.applicant();
        accounts.signIn(stranger);

        assertThatThrownBy(() -> service.end(invitation.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.end(active.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(service.myMentors()).isEmpty();
        assertThat(statusOf(invitation)).isEqualTo(PairingStatus.INVITED);
        assertThat(statusOf(active)).isEqualTo(PairingStatus.ACTIVE);
    }

    @Test
    void the_applicant_cannot_answer_their_own_invitation() {
        AccountSummary applicant = accounts.applicant();
        PairingSummary invitation = invite(applicant, accounts.mentor());
        accounts.signIn(applicant);

        assertThatThrownBy(() -> service.accept(invitation.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.decline(invitation.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(statusOf(invitation)).isEqualTo(PairingStatus.INVITED);
    }

    @Test
    void an_unrelated_applicant_or_mentor_cannot_ask_whether_two_people_are_paired() {
        AccountSummary applicant = accounts.applicant();
        AccountSummary mentor = accounts.mentor();
        activePairing(applicant, mentor);

        accounts.signIn(accounts.applicant());
        assertThatThrownBy(() -> service.isPaired(applicant.id(), mentor.id())).isInstanceOf(AccessDeniedException.class);

        accounts.signIn(accounts.mentor());
        assertThatThrownBy(() -> service.isPaired(applicant.id(), mentor.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void people_who_are_not_paired_are_told_so() {
        AccountSummary applicant = accounts.applicant();
        AccountSummary mentor = accounts.mentor();
        activePairing(applicant, accounts.mentor());
        activePairing(accounts.applicant(), mentor);

        assertThat(as(applicant, () -> service.isPaired(applicant.id(), mentor.id()))).isFalse();
        assertThat(as(mentor, () -> service.isPaired(applicant.id(), mentor.id()))).isFalse();
    }

    // --- the database guards the one-open-pairing rule too -----------------------------------------

    @Test
    void the_database_refuses_a_second_open_pairing_of_the_same_two_people() {
        AccountSummary applicant = accounts.applicant();
        AccountSummary mentor = accounts.mentor();
        PairingSummary invitation = invite(applicant, mentor);

        assertThatThrownBy(() -> repository.saveAndFlush(Pairing.invitation(applicant.id(), mentor.id(), Instant.now())))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> repository.saveAndFlush(Pairing.byAdmin(applicant.id(), mentor.id(), Instant.now())))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(pairingsOfMentor(mentor)).extracting(Pairing::getId).containsExactly(invitation.id());
    }

    @Test
    void the_database_allows_a_new_pairing_beside_ended_and_declined_ones() {
        AccountSummary applicant = accounts.applicant();
        AccountSummary mentor = accounts.mentor();
        Pairing ended = Pairing.byAdmin(applicant.id(), mentor.id(), Instant.now());
        ended.end(mentor.id(), Instant.now());
        repository.saveAndFlush(ended);
        Pairing declined = Pairing.invitation(applicant.id(), mentor.id(), Instant.now());
        declined.decline(mentor.id(), Instant.now());
        repository.saveAndFlush(declined);

        Pairing open = repository.saveAndFlush(Pairing.invitation(applicant.id(), mentor.id(), Instant.now()));

        assertThat(pairingsOfMentor(mentor)).extracting(Pairing::getStatus)
                .containsExactlyInAnyOrder(PairingStatus.ENDED, PairingStatus.DECLINED, PairingStatus.INVITED);
        assertThat(open.getId()).isNotNull();
    }

    // --- helpers ---------------------------------------------------------------------------------

    /** Signs in as {@code applicant} or {@code mentor} when the caller is of that kind, otherwise as a fresh caller. */
    private void caller(Who who, AccountSummary applicant, AccountSummary mentor) {
        if (who == Who.APPLICANT && applicant != null) {
            accounts.signIn(applicant);
        } else if (who == Who.MENTOR && mentor != null) {
            accounts.signIn(mentor);
        } else {
            signedIn(who);
        }
    }

    @Test
    void disabling_an_account_ends_its_pairings_and_invitations_and_leaves_others_alone() {
        AccountSummary applicant = accounts.applicant();
        AccountSummary otherApplicant = accounts.applicant();
        AccountSummary mentor = accounts.mentor();
        PairingSummary active = activePairing(applicant, mentor);
        PairingSummary invitation = invite(applicant, accounts.mentor());
        PairingSummary others = activePairing(otherApplicant, mentor);
        AccountSummary admin = accounts.admin();
        accounts.signIn(admin);

        adminService.disable(applicant.id());

        assertThat(statusOf(active)).isEqualTo(PairingStatus.ENDED);
        assertThat(statusOf(invitation)).isEqualTo(PairingStatus.ENDED);
        assertThat(statusOf(others)).isEqualTo(PairingStatus.ACTIVE);
        assertThat(as(mentor, () -> service.isPaired(applicant.id(), mentor.id()))).isFalse();
    }

    private PairingSummary invite(AccountSummary applicant, AccountSummary mentor) {
        return as(applicant, () -> service.inviteMentor(mentor.email()));
    }

    private PairingSummary activePairing(AccountSummary applicant, AccountSummary mentor) {
        PairingSummary invitation = invite(applicant, mentor);
        return as(mentor, () -> service.accept(invitation.id()));
    }

    private PairingStatus statusOf(PairingSummary pairing) {
        return repository.findById(pairing.id()).orElseThrow().getStatus();
    }

    private List<Pairing> pairingsOfMentor(AccountSummary mentor) {
        return repository.findAll().stream().filter(pairing -> pairing.getMentorId() == mentor.id()).toList();
    }

    private List<Pairing> pairingsOfApplicant(AccountSummary applicant) {
        return repository.findAll().stream().filter(pairing -> pairing.getApplicantId() == applicant.id()).toList();
    }

    private List<Pairing> pairingsOf(AccountSummary someone) {
        return repository.findAll().stream().filter(pairing -> pairing.involves(someone.id())).toList();
    }

    private AccountSummary disabled(AccountSummary summary) {
        Account account = accountRepository.findById(summary.id()).orElseThrow();
        account.disable();
        return accountRepository.saveAndFlush(account).toSummary();
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
