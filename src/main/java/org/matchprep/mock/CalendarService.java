package org.matchprep.mock;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.matchprep.account.AccountSummary;
import org.matchprep.account.CurrentUser;
import org.matchprep.mock.domain.CalendarFeed;
import org.matchprep.mock.domain.CalendarFeedRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Calendar files for my mock interviews, and my private feed address. The feed's secret token is shown
 * once, when made; only its SHA-256 is stored. Reading a feed by token is {@link CalendarFeeds}' job.
 */
@Service
@PreAuthorize(BookingService.IS_APPLICANT_OR_MENTOR)
public class CalendarService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final BookingService bookings;
    private final CalendarFeedRepository feeds;
    private final People people;
    private final CurrentUser currentUser;
    private final Clock clock;

    CalendarService(BookingService bookings, CalendarFeedRepository feeds, People people, CurrentUser currentUser,
                    Clock clock) {
        this.bookings = bookings;
        this.feeds = feeds;
        this.people = people;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * The ICS file of one of my mocks: an invitation while booked, a cancellation afterwards. A moved
     * mock keeps its calendar event, so the file of its old booking is that of the event where it is now
     * (never a cancellation of the event that was moved).
     */
    @Transactional(readOnly = true)
    public CalendarFile bookingFile(long bookingId) {
        MockInterview mock = bookings.calendarEvent(bookingId);
        AccountSummary applicant = people.get(mock.applicantId());
        AccountSummary mentor = people.get(mock.mentorId());
        return new CalendarFile("mock-interview-" + bookingId + ".ics",
                MockCalendar.invitation(mock, applicant.email(), mentor.email(), clock.instant()));
    }

    /** Whether I have a feed address (its token cannot be shown again). */
    @Transactional(readOnly = true)
    public boolean hasFeed() {
        return feeds.existsById(currentUser.id());
    }

    /** Makes a new secret feed token for me, replacing any earlier one, and returns it (shown once). */
    @Transactional
    public String newFeedToken() {
        long me = currentUser.id();
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Optional<CalendarFeed> existing = feeds.findById(me);
        if (existing.isPresent()) {
            existing.get().replace(hash(token), clock.instant());
        } else {
            feeds.save(new CalendarFeed(me, hash(token), clock.instant()));
        }
        return token;
    }

    /** Stops my feed address from working. */
    @Transactional
    public void revokeFeed() {
        feeds.deleteById(currentUser.id());
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
