package org.matchprep.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;
import org.matchprep.account.AccountSummary;
import org.matchprep.feedback.PairingService;
import org.matchprep.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.Import;

/**
 * The shape of the review feature: a kind of shared item is one {@link ReviewableKind} bean and nothing
 * else. "Practice notes" exist only in this test, and still get sharing, review requests, the mentor's
 * queue, threads on passages with notifications, and the changes since a review, from the review tables in
 * the real database.
 */
@Import(ThirdKindTest.PracticeNotes.class)
class ThirdKindTest extends IntegrationTest {

    /** The whole provider of the third kind: texts kept in memory by this test. */
    @TestComponent
    static class PracticeNotes implements ReviewableKind {

        final Map<Long, ReviewSubject> notes = new ConcurrentHashMap<>();

        @Override
        public String type() {
            return "practice-note";
        }

        @Override
        public String noun() {
            return "practice note";
        }

        @Override
        public List<ReviewSubject> load(Collection<Long> ids) {
            return ids.stream().map(notes::get).filter(note -> note != null).toList();
        }

        void write(long id, long ownerId, String text) {
            notes.put(id, new ReviewSubject(id, ownerId, "Mock interview 3, my notes", "Practice note", Instant.now(),
                    List.of(new ReviewSubject.Part("notes", "Notes", text)), null, "practice/" + id));
        }
    }

    @Autowired
    PracticeNotes notes;
    @Autowired
    SharingService sharing;
    @Autowired
    ReviewService review;
    @Autowired
    PairingService pairings;

    @Test
    void a_kind_defined_by_one_provider_is_shared_reviewed_and_discussed() {
        AccountSummary applicant = accounts.applicant();
        AccountSummary mentor = accounts.mentor();
        as(accounts.admin(), () -> pairings.pair(applicant.id(), mentor.id()));
        long id = System.nanoTime();
        notes.write(id, applicant.id(), "I rushed the opening and forgot my IR elective.");
        SubjectRef note = SubjectRef.of("practice-note", id);

        as(applicant, () -> {
            sharing.requestReview(note, mentor.id(), "Was I too fast?");
            return null;
        });
        assertThat(as(mentor, () -> sharing.reviewQueue())).singleElement().satisfies(item -> {
            assertThat(item.subject()).isEqualTo(note);
            assertThat(item.status()).isEqualTo(ReviewStatus.REQUESTED);
            assertThat(item.title()).isEqualTo("Mock interview 3, my notes");
        });

        ThreadView thread = as(mentor, () -> {
            ReviewPage page = review.open(note);
            String text = page.parts().getFirst().text();
            int start = text.indexOf("IR elective");
            ThreadView started = review.startThread(new NewThread(note, null, "notes", start, start + 11,
                    "IR elective", "Lead with it."));
            review.finishReview(note);
            return started;
        });
        assertThat(thread.outdated()).isFalse();

        notes.write(id, applicant.id(), "I opened with my IR elective and slowed down.");
        ReviewPage seen = as(applicant, () -> review.open(note));
        assertThat(seen.threads()).singleElement().satisfies(placed -> assertThat(seen.parts().getFirst().text()
                .substring(placed.start(), placed.end())).isEqualTo("IR elective"));
        assertThat(as(mentor, () -> review.changesSinceMyLastReview(note))).isPresent();
        assertThat(as(applicant, () -> sharing.mySharedItems())).extracting(SharedItem::noun).containsExactly("practice note");
    }
}
