package org.matchprep.mock;

import java.time.Clock;
import java.util.Optional;

import org.matchprep.mock.domain.BookingRepository;
import org.matchprep.mock.domain.CalendarFeedRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Serves a private calendar feed to whoever presents its secret token (a calendar app, not signed in):
 * the token is the credential, so no role check applies. An unknown or revoked token finds nothing.
 */
@Component
public class CalendarFeeds {

    private final CalendarFeedRepository feeds;
    private final BookingRepository bookings;
    private final People people;
    private final Clock clock;

    CalendarFeeds(CalendarFeedRepository feeds, BookingRepository bookings, People people, Clock clock) {
        this.feeds = feeds;
        this.bookings = bookings;
        this.people = people;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<String> feed(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return feeds.findByTokenHash(CalendarService.hash(token))
                .filter(feed -> people.get(feed.getAccountId()).enabled()) // a disabled account's feed goes quiet
                .map(feed -> MockCalendar.feed(
                "MatchPrep mock interviews", people.interviews(bookings.involving(feed.getAccountId())), clock.instant()));
    }
}
