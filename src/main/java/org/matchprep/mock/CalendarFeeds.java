package org.matchprep.mock;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.matchprep.account.AccountSummary;
import org.matchprep.account.Role;
import org.matchprep.mock.domain.BookingRepository;
import org.matchprep.mock.domain.CalendarFeedRepository;
import org.matchprep.season.InterviewCalendar;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Serves a private calendar feed to whoever presents its secret token (a calendar app, not signed in):
 * the token is the credential, so no role check applies. An unknown or revoked token finds nothing. An
 * applicant's feed also lists their real interviews from the tracker (not withdrawn ones), where they meet.
 */
@Component
public class CalendarFeeds {

    private final CalendarFeedRepository feeds;
    private final BookingRepository bookings;
    private final People people;
    private final InterviewCalendar interviews;
    private final Clock clock;

    CalendarFeeds(CalendarFeedRepository feeds, BookingRepository bookings, People people,
                  InterviewCalendar interviews, Clock clock) {
        this.feeds = feeds;
        this.bookings = bookings;
        this.people = people;
        this.interviews = interviews;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<String> feed(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return feeds.findByTokenHash(CalendarService.hash(token))
                .map(feed -> people.get(feed.getAccountId()))
                .filter(AccountSummary::enabled) // a disabled account's feed goes quiet
                .map(account -> MockCalendar.feed("MatchPrep interviews", people.interviews(bookings.involving(account.id())),
                        account.role() == Role.APPLICANT ? interviews.eventsOf(account.id()) : List.of(), clock.instant()));
    }
}
