package org.matchprep.mock;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;

import org.matchprep.account.DemoAccountsSeeded;
import org.matchprep.mock.domain.AvailabilityWindow;
import org.matchprep.mock.domain.AvailabilityWindowRepository;
import org.matchprep.mock.domain.MockSettings;
import org.matchprep.mock.domain.MockSettingsRepository;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Gives the demo mentor (Chicago) weekday availability, mornings and evenings, so the demo applicant
 * (Kolkata, paired by feedback's DemoPairings) can book a mock at once; the evening window falls on a
 * Kolkata morning.
 */
@Component
class DemoAvailability {

    static final String MENTOR = "mentor@matchprep.test";
    private static final ZoneId MENTOR_ZONE = ZoneId.of("America/Chicago");

    /** Not a real meeting room: the demo shows where a mock's link appears, not a call to join. */
    static final String MEETING_LINK = "https://meet.example.org/dr-grace-chen";

    private final AvailabilityWindowRepository windows;
    private final MockSettingsRepository settings;

    DemoAvailability(AvailabilityWindowRepository windows, MockSettingsRepository settings) {
        this.windows = windows;
        this.settings = settings;
    }

    @EventListener
    void addDemoAvailability(DemoAccountsSeeded seeded) {
        if (!seeded.accountIdsByEmail().containsKey(MENTOR)) {
            return;
        }
        long mentor = seeded.idOf(MENTOR);
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            windows.save(AvailabilityWindow.weekly(mentor, day, LocalTime.of(9, 0), LocalTime.of(12, 0), MENTOR_ZONE,
                    EnumSet.allOf(MockFormat.class), null));
            windows.save(AvailabilityWindow.weekly(mentor, day, LocalTime.of(19, 0), LocalTime.of(21, 0), MENTOR_ZONE,
                    EnumSet.allOf(MockFormat.class), null));
        }
        MockSettings rules = settings.of(mentor);
        rules.change(rules.getBufferMinutes(), rules.getNoticeHours(), rules.getHorizonWeeks(), rules.getCutoffHours(),
                MEETING_LINK);
        settings.save(rules);
    }
}
