package org.matchprep.mock;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.matchprep.account.DemoAccountsSeeded;
import org.matchprep.mock.domain.Booking;
import org.matchprep.mock.domain.BookingRepository;
import org.matchprep.mock.domain.ScorecardRecord;
import org.matchprep.mock.domain.ScorecardRepository;
import org.matchprep.mock.domain.TimeRange;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Three mocks the demo applicant took with the demo mentor in the past weeks, each scored with the rubric, so
 * the progress chart, the per-criterion trend and a scorecard can be seen at once. The scores rise unevenly:
 * what programs look for improves while pace stays where it was, as it often does.
 */
@Component
class DemoScorecards {

    static final String APPLICANT = "applicant@matchprep.test";
    private static final ZoneId MENTOR_ZONE = ZoneId.of("America/Chicago");

    private final BookingRepository bookings;
    private final ScorecardRepository scorecards;
    private final Clock clock;

    DemoScorecards(BookingRepository bookings, ScorecardRepository scorecards, Clock clock) {
        this.bookings = bookings;
        this.scorecards = scorecards;
        this.clock = clock;
    }

    private record DemoMock(int weeksAgo, MockFormat format, int[] scores, RankVerdict verdict, String question, String note,
                            String overall) {
    }

    // scores in Criterion.current() order: the five things programs look for, then delivery
    private static final List<DemoMock> MOCKS = List.of(
            new DemoMock(5, MockFormat.FACULTY, new int[] {2, 3, 2, 2, 2, 2, 2, 2, 2, 3, 3}, RankVerdict.NOT_YET, "Why radiology?",
                    "The story of the stroke code was there but came last; lead with it.",
                    "Why radiology still sounds like liking puzzles. Bring in what you saw in the reading room."),
            new DemoMock(3, MockFormat.RESIDENT, new int[] {3, 3, 3, 3, 3, 3, 3, 2, 3, 3, 3}, RankVerdict.NOT_YET,
                    "Tell me about a conflict with a colleague.",
                    "Good STAR shape on the conflict question; the result was missing.",
                    "Clearer answers. Slow down on the abroad question: you rush it."),
            new DemoMock(1, MockFormat.FACULTY, new int[] {4, 4, 4, 3, 3, 4, 4, 2, 4, 4, 4}, RankVerdict.RANK, "Why radiology?",
                    "The tumour board example now shows what radiology adds. Keep it.",
                    "Ready for real interviews. Pace is the one thing left: breathe before each answer."));

    @EventListener
    @Transactional
    void addDemoScorecards(DemoAccountsSeeded seeded) {
        if (!seeded.accountIdsByEmail().containsKey(DemoAvailability.MENTOR) || !seeded.accountIdsByEmail().containsKey(APPLICANT)) {
            return;
        }
        long mentor = seeded.idOf(DemoAvailability.MENTOR);
        long applicant = seeded.idOf(APPLICANT);
        List<Criterion> rubric = Criterion.current();
        LocalDate today = LocalDate.now(clock.withZone(MENTOR_ZONE));
        for (DemoMock demo : MOCKS) {
            ZonedDateTime start = ZonedDateTime.of(today.minusWeeks(demo.weeksAgo()), LocalTime.of(9, 0), MENTOR_ZONE);
            TimeRange slot = new TimeRange(start.toInstant(), start.plus(demo.format().defaultLength()).toInstant());
            Booking booking = bookings.save(new Booking(mentor, applicant, demo.format(), slot, Duration.ZERO,
                    start.minusDays(4).toInstant()));
            Map<Criterion, Integer> scores = new EnumMap<>(Criterion.class);
            for (int i = 0; i < rubric.size(); i++) {
                scores.put(rubric.get(i), demo.scores()[i]);
            }
            ScorecardRecord record = new ScorecardRecord(booking.getId());
            record.fill(Scorecard.form(scores, demo.verdict(),
                    List.of(new QuestionNote(demo.question(), null, demo.note())), demo.overall()),
                    slot.end().plus(Duration.ofHours(1)));
            scorecards.save(record);
        }
    }
}
