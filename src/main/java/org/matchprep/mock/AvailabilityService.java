package org.matchprep.mock;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.matchprep.account.CurrentUser;
import org.matchprep.account.Roles;
import org.matchprep.cluster.NodeEvents;
import org.matchprep.mock.domain.AvailabilityWindow;
import org.matchprep.mock.domain.AvailabilityWindowRepository;
import org.matchprep.mock.domain.DayOff;
import org.matchprep.mock.domain.DayOffRepository;
import org.matchprep.mock.domain.MockSettings;
import org.matchprep.mock.domain.MockSettingsRepository;
import org.matchprep.mock.domain.TimeRange;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A mentor's own availability: weekly and one-off windows, days off and booking rules. */
@Service
@PreAuthorize(Roles.IS_MENTOR)
public class AvailabilityService {

    /** How far ahead a weekly window is compared with the others for overlaps. */
    private static final int OVERLAP_CHECK_WEEKS = 53;

    private final AvailabilityWindowRepository windows;
    private final DayOffRepository daysOff;
    private final MockSettingsRepository settings;
    private final People people;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final NodeEvents nodeEvents;

    AvailabilityService(AvailabilityWindowRepository windows, DayOffRepository daysOff, MockSettingsRepository settings,
                        People people, CurrentUser currentUser, Clock clock, NodeEvents nodeEvents) {
        this.windows = windows;
        this.daysOff = daysOff;
        this.settings = settings;
        this.people = people;
        this.currentUser = currentUser;
        this.clock = clock;
        this.nodeEvents = nodeEvents;
    }

    @Transactional(readOnly = true)
    public List<WindowSummary> myWindows() {
        return windows.ofMentor(currentUser.id()).stream().map(AvailabilityService::summary).toList();
    }

    /** Adds a window in the given zone (the mentor's own when blank); refuses one overlapping another. */
    @Transactional
    public WindowSummary addWindow(WindowForm form) {
        long me = currentUser.id();
        ZoneId zone = zoneOf(form, me);
        AvailabilityWindow window = form.day() != null
                ? AvailabilityWindow.weekly(me, form.day(), form.start(), form.end(), zone, formats(form), form.minutes())
                : AvailabilityWindow.once(me, form.date(), form.start(), form.end(), zone, formats(form), form.minutes());
        refuseOverlap(window, me);
        freeSlotsChanged(me);
        return summary(windows.saveAndFlush(window));
    }

    @Transactional
    public WindowSummary updateWindow(long windowId, WindowForm form) {
        long me = currentUser.id();
        AvailabilityWindow window = mine(windowId);
        if (form.zone() != null && !form.zone().isBlank() && !form.zone().equals(window.zoneId().getId())) {
            throw AvailabilityException.of("zone",
                    "A window keeps the zone it was created in; delete it and add a new one.");
        }
        window.change(form.day(), form.date(), form.start(), form.end(), formats(form), form.minutes());
        refuseOverlap(window, me);
        freeSlotsChanged(me);
        return summary(windows.saveAndFlush(window));
    }

    /** Deletes a window; mocks already booked in it stay booked. */
    @Transactional
    public void deleteWindow(long windowId) {
        windows.delete(mine(windowId));
        freeSlotsChanged(currentUser.id());
    }

    @Transactional(readOnly = true)
    public List<DayOffSummary> myDaysOff() {
        return daysOff.findByMentorIdOrderByDay(currentUser.id()).stream()
                .map(day -> new DayOffSummary(day.getId(), day.getDay())).toList();
    }

    /** Marks a date on which none of my windows opens; mocks already booked that day stay booked. */
    @Transactional
    public DayOffSummary addDayOff(LocalDate day) {
        long me = currentUser.id();
        if (day == null) {
            throw new AvailabilityException("Choose a date.");
        }
        if (daysOff.existsByMentorIdAndDay(me, day)) {
            throw new AvailabilityException("That day is already a day off.");
        }
        DayOff saved = daysOff.saveAndFlush(new DayOff(me, day));
        freeSlotsChanged(me);
        return new DayOffSummary(saved.getId(), saved.getDay());
    }

    @Transactional
    public void removeDayOff(long dayOffId) {
        DayOff day = daysOff.findById(dayOffId).filter(found -> found.getMentorId() == currentUser.id())
                .orElseThrow(AvailabilityService::notYours);
        daysOff.delete(day);
        freeSlotsChanged(currentUser.id());
    }

    @Transactional(readOnly = true)
    public BookingRules myRules() {
        return rules(settings.of(currentUser.id()));
    }

    @Transactional
    public BookingRules updateRules(BookingRules rules) {
        MockSettings mine = settings.of(currentUser.id());
        mine.change(rules.bufferMinutes(), rules.noticeHours(), rules.horizonWeeks(), rules.cutoffHours(),
                rules.meetingLink());
        freeSlotsChanged(currentUser.id());
        return rules(settings.saveAndFlush(mine));
    }

    /** Open booking pages show the new free slots (heard on every node once this commits). */
    private void freeSlotsChanged(long mentorId) {
        nodeEvents.publish(new MentorBookingsChanged(mentorId));
    }

    static BookingRules rules(MockSettings settings) {
        return new BookingRules(settings.getBufferMinutes(), settings.getNoticeHours(), settings.getHorizonWeeks(),
                settings.getCutoffHours(), settings.getMeetingLink());
    }

    private AvailabilityWindow mine(long windowId) {
        return windows.findById(windowId).filter(window -> window.getMentorId() == currentUser.id())
                .orElseThrow(AvailabilityService::notYours);
    }

    private ZoneId zoneOf(WindowForm form, long mentorId) {
        if (form.zone() == null || form.zone().isBlank()) {
            return people.get(mentorId).timeZone();
        }
        try {
            return ZoneId.of(form.zone().strip());
        } catch (RuntimeException unknown) {
            throw AvailabilityException.of("zone", "Unknown time zone \"" + form.zone().strip()
                    + "\". Use a name like America/Chicago.");
        }
    }

    private static Set<MockFormat> formats(WindowForm form) {
        return form.formats() == null ? Set.of() : form.formats();
    }

    private void refuseOverlap(AvailabilityWindow candidate, long mentorId) {
        List<AvailabilityWindow> others = windows.ofMentor(mentorId).stream()
                .filter(other -> !other.getId().equals(candidate.getId())).toList();
        for (LocalDate date : datesToCompare(candidate, others)) {
            Optional<TimeRange> mine = candidate.occurrenceOn(date);
            if (mine.isEmpty()) {
                continue;
            }
            for (AvailabilityWindow other : others) {
                LocalDate theirs = mine.get().start().atZone(other.zoneId()).toLocalDate();
                for (LocalDate near = theirs.minusDays(1); !near.isAfter(theirs.plusDays(1)); near = near.plusDays(1)) {
                    Optional<TimeRange> occurrence = other.occurrenceOn(near);
                    if (occurrence.isPresent() && occurrence.get().overlaps(mine.get())) {
                        throw new AvailabilityException("This window overlaps your window " + describe(other)
                                + ". Change the times or edit that window instead.");
                    }
                }
            }
        }
    }

    private List<LocalDate> datesToCompare(AvailabilityWindow candidate, List<AvailabilityWindow> others) {
        if (candidate.getKind() == AvailabilityWindow.Kind.ONE_OFF) {
            return List.of(candidate.getOnDate());
        }
        Set<LocalDate> dates = new TreeSet<>();
        LocalDate today = LocalDate.now(clock.withZone(candidate.zoneId()));
        for (int day = 0; day < OVERLAP_CHECK_WEEKS * 7; day++) {
            dates.add(today.plusDays(day));
        }
        for (AvailabilityWindow other : others) {
            if (other.getKind() == AvailabilityWindow.Kind.ONE_OFF) {
                // compare on the dates around the one-off window, as the candidate's zone names them
                LocalDate there = other.getOnDate();
                dates.add(there.minusDays(1));
                dates.add(there);
                dates.add(there.plusDays(1));
            }
        }
        return new ArrayList<>(dates);
    }

    static String describe(AvailabilityWindow window) {
        String when = window.getKind() == AvailabilityWindow.Kind.WEEKLY
                ? "on " + window.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.US) + "s"
                : "on " + window.getOnDate();
        return when + " " + window.getStartTime() + "–" + window.getEndTime() + " (" + window.zoneId().getId() + ")";
    }

    static WindowSummary summary(AvailabilityWindow window) {
        return new WindowSummary(window.getId(), window.getDayOfWeek(), window.getOnDate(), window.getStartTime(),
                window.getEndTime(), window.zoneId(), window.getFormats(), window.getMinutes());
    }

    static AccessDeniedException notYours() {
        return new AccessDeniedException("Not your availability");
    }
}
