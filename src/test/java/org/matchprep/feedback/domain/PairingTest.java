package org.matchprep.feedback.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.matchprep.feedback.PairingException;
import org.matchprep.feedback.PairingStatus;

class PairingTest {

    private static final long APPLICANT = 11;
    private static final long MENTOR = 22;
    private static final long SOMEONE_ELSE = 33;
    private static final Instant CREATED = Instant.parse("2026-03-01T09:00:00Z");
    private static final Instant LATER = CREATED.plusSeconds(60);

    // --- starting --------------------------------------------------------------------------------

    @Test
    void an_applicants_invitation_starts_invited() {
        Pairing pairing = Pairing.invitation(APPLICANT, MENTOR, CREATED);

        assertThat(pairing.getStatus()).isEqualTo(PairingStatus.INVITED);
        assertThat(pairing.getApplicantId()).isEqualTo(APPLICANT);
        assertThat(pairing.getMentorId()).isEqualTo(MENTOR);
        assertThat(pairing.getId()).isNull();
    }

    @Test
    void an_admins_pairing_starts_active() {
        Pairing pairing = Pairing.byAdmin(APPLICANT, MENTOR, CREATED);

        assertThat(pairing.getStatus()).isEqualTo(PairingStatus.ACTIVE);
        assertThat(pairing.getApplicantId()).isEqualTo(APPLICANT);
        assertThat(pairing.getMentorId()).isEqualTo(MENTOR);
    }

    // --- accepting and declining -----------------------------------------------------------------

    @Test
    void the_invited_mentor_accepts_an_invitation() {
        Pairing pairing = Pairing.invitation(APPLICANT, MENTOR, CREATED);

        pairing.accept(MENTOR, LATER);

        assertThat(pairing.getStatus()).isEqualTo(PairingStatus.ACTIVE);
    }

    @Test
    void the_invited_mentor_declines_an_invitation() {
        Pairing pairing = Pairing.invitation(APPLICANT, MENTOR, CREATED);

        pairing.decline(MENTOR, LATER);

        assertThat(pairing.getStatus()).isEqualTo(PairingStatus.DECLINED);
    }

    @Test
    void nobody_but_the_invited_mentor_accepts_or_declines() {
        for (long who : new long[] {APPLICANT, SOMEONE_ELSE}) {
            Pairing pairing = Pairing.invitation(APPLICANT, MENTOR, CREATED);

            assertThatThrownBy(() -> pairing.accept(who, LATER)).isInstanceOf(PairingException.class);
            assertThatThrownBy(() -> pairing.decline(who, LATER)).isInstanceOf(PairingException.class);
            assertThat(pairing.getStatus()).isEqualTo(PairingStatus.INVITED);
        }
    }

    @Test
    void an_active_pairing_cannot_be_accepted_or_declined() {
        Pairing accepted = Pairing.invitation(APPLICANT, MENTOR, CREATED);
        accepted.accept(MENTOR, LATER);
        Pairing byAdmin = Pairing.byAdmin(APPLICANT, MENTOR, CREATED);

        for (Pairing pairing : new Pairing[] {accepted, byAdmin}) {
            assertThatThrownBy(() -> pairing.accept(MENTOR, LATER)).isInstanceOf(PairingException.class);
            assertThatThrownBy(() -> pairing.decline(MENTOR, LATER)).isInstanceOf(PairingException.class);
            assertThat(pairing.getStatus()).isEqualTo(PairingStatus.ACTIVE);
        }
    }

    @Test
    void a_declined_invitation_cannot_be_answered_again() {
        Pairing pairing = Pairing.invitation(APPLICANT, MENTOR, CREATED);
        pairing.decline(MENTOR, LATER);

        assertThatThrownBy(() -> pairing.accept(MENTOR, LATER)).isInstanceOf(PairingException.class);
        assertThatThrownBy(() -> pairing.decline(MENTOR, LATER)).isInstanceOf(PairingException.class);
        assertThat(pairing.getStatus()).isEqualTo(PairingStatus.DECLINED);
    }

    @Test
    void an_ended_pairing_cannot_be_accepted_or_declined() {
        Pairing pairing = Pairing.invitation(APPLICANT, MENTOR, CREATED);
        pairing.end(APPLICANT, LATER);

        assertThatThrownBy(() -> pairing.accept(MENTOR, LATER)).isInstanceOf(PairingException.class);
        assertThatThrownBy(() -> pairing.decline(MENTOR, LATER)).isInstanceOf(PairingException.class);
        assertThat(pairing.getStatus()).isEqualTo(PairingStatus.ENDED);
    }

    // --- ending ----------------------------------------------------------------------------------

    @Test
    void an_invitation_is_withdrawn_by_ending_it() {
        Pairing pairing = Pairing.invitation(APPLICANT, MENTOR, CREATED);

        pairing.end(APPLICANT, LATER);

        assertThat(pairing.getStatus()).isEqualTo(PairingStatus.ENDED);
    }

    @Test
    void an_active_pairing_is_ended_by_either_side() {
        Pairing byApplicant = Pairing.byAdmin(APPLICANT, MENTOR, CREATED);
        Pairing byMentor = Pairing.invitation(APPLICANT, MENTOR, CREATED);
        byMentor.accept(MENTOR, LATER);

        byApplicant.end(APPLICANT, LATER);
        byMentor.end(MENTOR, LATER);

        assertThat(byApplicant.getStatus()).isEqualTo(PairingStatus.ENDED);
        assertThat(byMentor.getStatus()).isEqualTo(PairingStatus.ENDED);
    }

    @Test
    void ending_twice_is_refused() {
        Pairing pairing = Pairing.byAdmin(APPLICANT, MENTOR, CREATED);
        pairing.end(MENTOR, LATER);

        assertThatThrownBy(() -> pairing.end(MENTOR, LATER)).isInstanceOf(PairingException.class);
        assertThatThrownBy(() -> pairing.end(APPLICANT, LATER)).isInstanceOf(PairingException.class);
        assertThat(pairing.getStatus()).isEqualTo(PairingStatus.ENDED);
    }

    @Test
    void a_declined_invitation_cannot_be_ended() {
        Pairing pairing = Pairing.invitation(APPLICANT, MENTOR, CREATED);
        pairing.decline(MENTOR, LATER);

        assertThatThrownBy(() -> pairing.end(APPLICANT, LATER)).isInstanceOf(PairingException.class);
        assertThat(pairing.getStatus()).isEqualTo(PairingStatus.DECLINED);
    }

    // --- who is involved -------------------------------------------------------------------------

    @Test
    void a_pairing_involves_its_applicant_and_its_mentor_only() {
        Pairing pairing = Pairing.invitation(APPLICANT, MENTOR, CREATED);

        assertThat(pairing.involves(APPLICANT)).isTrue();
        assertThat(pairing.involves(MENTOR)).isTrue();
        assertThat(pairing.involves(SOMEONE_ELSE)).isFalse();
    }
}
