package org.matchprep.mock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.matchprep.mock.domain.BookingRepository;
import org.matchprep.notification.NewNotification;
import org.matchprep.notification.NotificationKind;
import org.matchprep.notification.Notifier;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds both people of a booked mock 24 hours and 1 hour before it starts. Each reminder has the event
 * key {@code mock:<id>:reminder-24h} / {@code -1h}, and the notification table keeps one row per key and
 * recipient, so a reminder never goes twice: not when the job runs again, not after a restart.
 */
@Component
public class MockReminders {

    static final Duration DAY_BEFORE = Duration.ofHours(24);
    static final Duration HOUR_BEFORE = Duration.ofHours(1);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM, h:mm a z", Locale.US);

    private final BookingRepository bookings;
    private final People people;
    private final Notifier notifier;
    private final MockMailFiles mailFiles;
    private final Clock clock;

    MockReminders(BookingRepository bookings, People people, Notifier notifier, MockMailFiles mailFiles, Clock clock) {
        this.mailFiles = mailFiles;
        this.bookings = bookings;
        this.people = people;
        this.notifier = notifier;
        this.clock = clock;
    }

    /**
     * Runs every {@code matchprep.mock.reminders.interval} (default 5 minutes) when scheduling is on. Its own
     * transaction: the call to {@link #sendDue} below does not pass through the proxy, so that method's
     * annotation would not open one (the notifier needs it).
     */
    @Scheduled(fixedDelayString = "${matchprep.mock.reminders.interval:PT5M}",
            initialDelayString = "${matchprep.mock.reminders.interval:PT5M}")
    @Transactional
    public void scheduled() {
        sendDue();
    }

    /**
     * Sends the reminders that are due now; returns how many were new. A mock within the hour gets only
     * the 1-hour reminder (a 24-hour one would arrive together with it).
     */
    @Transactional
    public int sendDue() {
        Instant now = clock.instant();
        int sent = 0;
        for (MockInterview mock : people.interviews(bookings.bookedStartingBetween(now, now.plus(DAY_BEFORE)))) {
            boolean withinTheHour = !mock.start().isAfter(now.plus(HOUR_BEFORE));
            String key = "mock:" + mock.id() + (withinTheHour ? ":reminder-1h" : ":reminder-24h");
            String inWords = withinTheHour ? "within the hour" : "within 24 hours";
            sent += remind(mock.applicantId(), key, mock, mock.mentorName(), mock.applicantZone(), inWords);
            sent += remind(mock.mentorId(), key, mock, mock.applicantName(), mock.mentorZone(), inWords);
        }
        return sent;
    }

    private int remind(long recipient, String key, MockInterview mock, String other, ZoneId zone, String inWords) {
        String message = "Reminder: your " + mock.format().label().toLowerCase(Locale.US) + " mock with " + other
                + " starts " + inWords + ", " + WHEN.format(mock.start().atZone(zone)) + "."
                + (mock.meetingLink() == null ? "" : " Join at " + mock.meetingLink());
        return notifier.send(new NewNotification(recipient, NotificationKind.MOCK_REMINDER, key, message,
                "mock-interviews"), () -> mailFiles.invitation(mock)) ? 1 : 0;
    }
}
