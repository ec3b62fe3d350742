package org.matchprep.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.matchprep.account.AccountSummary;
import org.matchprep.base.InvalidInputException;
import org.matchprep.feedback.PairingService;
import org.matchprep.mock.BookingException;
import org.matchprep.mock.Criterion;
import org.matchprep.mock.MockFixture;
import org.matchprep.mock.MockFixture.Pair;
import org.matchprep.mock.MockFormat;
import org.matchprep.mock.RankVerdict;
import org.matchprep.mock.Scorecard;
import org.matchprep.mock.ScorecardService;
import org.matchprep.review.SharingService;
import org.matchprep.review.ShareTarget;
import org.matchprep.testing.IntegrationTest;
import org.matchprep.testing.Who;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * Practising aloud on a mock interview: only the mock's applicant records on it, the recording goes to the
 * mock's mentor, and the mentor attaches one to the scorecard; everyone else is refused, whatever id they try.
 */
class RecordingsOnMocksTest extends IntegrationTest {

    @Autowired
    RecordingService recordings;

    @Autowired
    ScorecardService scorecards;

    @Autowired
    SharingService sharing;

    @Autowired
    PairingService pairings;

    @Autowired
    MockFixture mocks;

    @Autowired
    JdbcClient jdbc;

    private RecordingSummary recordOn(AccountSummary applicant, long bookingId) {
        byte[] wav = TestAudio.wav(RecordingFixture.EIGHT_SECONDS);
        return as(applicant, () -> recordings.upload(PracticeSubject.mock(bookingId), new ByteArrayInputStream(wav),
                wav.length, new Delivery(8000, 5000, List.of(new Pause(3000, 6000)))));
    }

    private long recordingsOfMockInTable(long bookingId) {
        return jdbc.sql("select count(*) from recording where subject_type = 'mock' and subject_id = ?").param(bookingId)
                .query(Long.class).single();
    }

    @Test
    void the_applicant_records_on_a_mock_and_its_mentor_can_listen_at_once() {
        Pair pair = mocks.pairedCouple();
        long mock = mocks.pastMock(pair, 1, MockFormat.FACULTY);

        RecordingSummary kept = recordOn(pair.applicant(), mock);

        assertThat(kept.subject()).isEqualTo(PracticeSubject.mock(mock));
        assertThat(kept.title()).startsWith("Mock interview with " + pair.mentor().displayName() + ", ");
        assertThat(kept.target().label()).isEqualTo("up to 2:00");
        assertThat(kept.delivery().durationMs()).isEqualTo(8000);
        assertThat(as(pair.applicant(), () -> recordings.attempts(PracticeSubject.mock(mock))))
                .extracting(RecordingSummary::id).containsExactly(kept.id());
        assertThat(as(pair.applicant(), () -> sharing.sharing(RecordingFixture.ref(kept.id())).mentors()))
                .filteredOn(ShareTarget::shared).extracting(ShareTarget::mentorId).containsExactly(pair.mentor().id());
        assertThat(as(pair.mentor(), () -> recordings.recording(kept.id())).mine()).isFalse();
        assertThat(as(pair.mentor(), () -> recordings.recordingsOfMock(mock))).extracting(RecordingSummary::id)
                .containsExactly(kept.id());
        assertThat(kept.subject().practicePage()).isEqualTo("practice/mock/" + mock);
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void only_the_mocks_applicant_records_on_it(Who who) {
        Pair pair = mocks.pairedCouple();
        long mock = mocks.pastMock(pair, 1, MockFormat.FACULTY);
        byte[] wav = TestAudio.wav(RecordingFixture.EIGHT_SECONDS);
        AccountSummary caller = switch (who) {
            case APPLICANT -> pair.applicant();
            case MENTOR -> pair.mentor(); // the mock's own mentor
            default -> null;
        };
        if (caller != null) {
            accounts.signIn(caller);
        } else {
            signInAs(who);
        }

        if (who == Who.APPLICANT) {
            assertThat(recordings.upload(PracticeSubject.mock(mock), new ByteArrayInputStream(wav), wav.length,
                    new Delivery(8000, 5000, List.of())).id()).isPositive();
            assertThat(recordingsOfMockInTable(mock)).isEqualTo(1);
        } else {
            assertThatThrownBy(() -> recordings.upload(PracticeSubject.mock(mock), new ByteArrayInputStream(wav),
                    wav.length, new Delivery(8000, 5000, List.of())))
                    .isExactlyInstanceOf(who.refusedWhereOnly(Who.APPLICANT));
            assertThatThrownBy(() -> recordings.attempts(PracticeSubject.mock(mock)))
                    .isExactlyInstanceOf(who.refusedWhereOnly(Who.APPLICANT));
            assertThat(recordingsOfMockInTable(mock)).isZero();
        }
    }

    @Test
    void another_applicant_cannot_record_on_or_list_someone_elses_mock() {
        Pair pair = mocks.pairedCouple();
        long mock = mocks.pastMock(pair, 1, MockFormat.FACULTY);
        recordOn(pair.applicant(), mock);
        Pair others = mocks.pairedCouple();

        assertThatThrownBy(() -> recordOn(others.applicant(), mock)).isExactlyInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(others.applicant(), () -> recordings.attempts(PracticeSubject.mock(mock))))
                .isExactlyInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(others.applicant(), () -> recordings.recordingsOfMock(mock)))
                .isExactlyInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(others.mentor(), () -> recordings.recordingsOfMock(mock)))
                .isExactlyInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(others.mentor(), () -> scorecards.recordingsOf(mock)))
                .isExactlyInstanceOf(AccessDeniedException.class);
        assertThat(recordingsOfMockInTable(mock)).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(value = Who.class, names = {"ANONYMOUS", "ADMIN"})
    void the_recordings_of_a_mock_are_refused_to_admins_and_strangers(Who who) {
        Pair pair = mocks.pairedCouple();
        long mock = mocks.pastMock(pair, 1, MockFormat.FACULTY);
        recordOn(pair.applicant(), mock);
        signInAs(who);

        assertThatThrownBy(() -> recordings.recordingsOfMock(mock))
                .isExactlyInstanceOf(who.refusedWhereOnly(Who.APPLICANT, Who.MENTOR));
        assertThatThrownBy(() -> scorecards.recordingsOf(mock))
                .isExactlyInstanceOf(who.refusedWhereOnly(Who.APPLICANT, Who.MENTOR));
    }

    @Test
    void a_cancelled_mock_takes_no_recordings() {
        Pair pair = mocks.pairedCouple();
        long mock = mocks.pastMock(pair, 1, MockFormat.FACULTY);
        jdbc.sql("update mock_booking set status = 'CANCELLED' where id = ?").param(mock).update();

        assertThatThrownBy(() -> recordOn(pair.applicant(), mock)).isInstanceOf(RecordingRejectedException.class)
                .hasMessageContaining("cancelled or moved");
        assertThat(recordingsOfMockInTable(mock)).isZero();
    }

    @Test
    void a_mentor_who_no_longer_mentors_the_applicant_is_not_shared_with() {
        Pair pair = mocks.pairedCouple();
        long mock = mocks.pastMock(pair, 3, MockFormat.FACULTY);
        jdbc.sql("update pairing set status = 'ENDED', ended_at = now() where applicant_id = ? and mentor_id = ?")
                .params(pair.applicant().id(), pair.mentor().id()).update();

        RecordingSummary kept = recordOn(pair.applicant(), mock);

        assertThat(as(pair.applicant(), () -> recordings.attempts(PracticeSubject.mock(mock)))).hasSize(1);
        assertThatThrownBy(() -> as(pair.mentor(), () -> recordings.recording(kept.id())))
                .isExactlyInstanceOf(AccessDeniedException.class);
        assertThat(as(pair.mentor(), () -> recordings.recordingsOfMock(mock))).isEmpty();
    }

    @Test
    void a_revoked_recording_leaves_the_mentors_list_of_the_mock() {
        Pair pair = mocks.pairedCouple();
        long mock = mocks.pastMock(pair, 1, MockFormat.FACULTY);
        RecordingSummary first = recordOn(pair.applicant(), mock);
        RecordingSummary second = recordOn(pair.applicant(), mock);

        as(pair.applicant(), () -> {
            sharing.revoke(RecordingFixture.ref(first.id()), pair.mentor().id());
            return null;
        });

        assertThat(as(pair.mentor(), () -> recordings.recordingsOfMock(mock))).extracting(RecordingSummary::id)
                .containsExactly(second.id());
        assertThat(as(pair.applicant(), () -> recordings.recordingsOfMock(mock))).extracting(RecordingSummary::id)
                .containsExactly(first.id(), second.id());
    }

    // --- the scorecard ---------------------------------------------------------------------------

    private static Scorecard scored(Long recordingId) {
        Map<Criterion, Integer> scores = new EnumMap<>(Criterion.class);
        Criterion.current().forEach(criterion -> scores.put(criterion, 3));
        return Scorecard.form(scores, RankVerdict.RANK, List.of(), "Listen to 0:04.", recordingId);
    }

    @Test
    void the_mentor_attaches_a_recording_of_the_mock_and_both_read_it_back() {
        Pair pair = mocks.pairedCouple();
        long mock = mocks.pastMock(pair, 1, MockFormat.FACULTY);
        RecordingSummary kept = recordOn(pair.applicant(), mock);

        assertThat(as(pair.mentor(), () -> scorecards.recordingsOf(mock))).singleElement()
                .satisfies(one -> {
                    assertThat(one.id()).isEqualTo(kept.id());
                    assertThat(one.length()).isEqualTo("0:08");
                    assertThat(one.link()).isEqualTo("practice/listen/" + kept.id());
                });
        as(pair.mentor(), () -> scorecards.score(mock, scored(kept.id())));

        assertThat(as(pair.applicant(), () -> scorecards.scorecard(mock)).orElseThrow().recordingId()).isEqualTo(kept.id());
        assertThat(as(pair.mentor(), () -> scorecards.scorecard(mock)).orElseThrow().recordingId()).isEqualTo(kept.id());

        as(pair.mentor(), () -> scorecards.score(mock, scored(null))); // detached again
        assertThat(as(pair.applicant(), () -> scorecards.scorecard(mock)).orElseThrow().recordingId()).isNull();
    }

    @Test
    void a_recording_of_another_mock_or_no_longer_shared_cannot_be_attached() {
        Pair pair = mocks.pairedCouple();
        long mock = mocks.pastMock(pair, 1, MockFormat.FACULTY);
        long otherMock = mocks.pastMock(pair, 8, MockFormat.FACULTY);
        RecordingSummary ofOther = recordOn(pair.applicant(), otherMock);
        RecordingSummary revoked = recordOn(pair.applicant(), mock);
        as(pair.applicant(), () -> {
            sharing.revoke(RecordingFixture.ref(revoked.id()), pair.mentor().id());
            return null;
        });

        for (long refused : List.of(ofOther.id(), revoked.id(), 987_654_321L)) {
            assertThatThrownBy(() -> as(pair.mentor(), () -> scorecards.score(mock, scored(refused))))
                    .isInstanceOf(BookingException.class)
                    .satisfies(problem -> assertThat(((InvalidInputException) problem).errors())
                            .anySatisfy(error -> assertThat(error.field()).isEqualTo("recordingId")));
        }
        assertThat(jdbc.sql("select count(*) from mock_scorecard where booking_id = ?").param(mock).query(Long.class)
                .single()).isZero();
    }

    @Test
    void deleting_the_attached_recording_leaves_the_scorecard_without_it() {
        Pair pair = mocks.pairedCouple();
        long mock = mocks.pastMock(pair, 1, MockFormat.FACULTY);
        RecordingSummary kept = recordOn(pair.applicant(), mock);
        as(pair.mentor(), () -> scorecards.score(mock, scored(kept.id())));

        as(pair.applicant(), () -> {
            recordings.delete(kept.id());
            return null;
        });

        Scorecard card = as(pair.applicant(), () -> scorecards.scorecard(mock)).orElseThrow();
        assertThat(card.recordingId()).isNull();
        assertThat(card.overallNotes()).isEqualTo("Listen to 0:04.");
    }
}
