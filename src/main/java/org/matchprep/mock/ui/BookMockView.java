package org.matchprep.mock.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.matchprep.account.AccountService;
import org.matchprep.account.AccountSummary;
import org.matchprep.account.Roles;
import org.matchprep.base.ui.Notices;
import org.matchprep.base.ui.ViewHeader;
import org.matchprep.feedback.PairingService;
import org.matchprep.feedback.PairingStatus;
import org.matchprep.feedback.PairingSummary;
import org.matchprep.mock.BookingException;
import org.matchprep.mock.BookingService;
import org.matchprep.mock.FreeSlot;
import org.matchprep.mock.MockFormat;
import org.matchprep.mock.MockInterview;
import org.matchprep.season.InterviewService;
import org.matchprep.season.InterviewSummary;

/**
 * An applicant books a mock: mentor, format, day, then one of the free slots, each shown in the
 * applicant's time with the mentor's beside it. With {@code ?reschedule=<id>} it moves that booking.
 * A slot that starts within {@link #REST_BEFORE_INTERVIEW} before one of the applicant's real interviews
 * (invited or scheduled in the tracker) is booked only after the applicant confirms it anyway.
 */
@Route("mock-interviews/book")
@PageTitle("Book a mock interview · MatchPrep")
@RolesAllowed(Roles.APPLICANT)
public class BookMockView extends VerticalLayout implements BeforeEnterObserver {

    final Select<PairingSummary> mentor = new Select<>();
    final Select<MockFormat> format = new Select<>();
    final DatePicker day = new DatePicker("Day (your time)");
    final Div slots = new Div();

    /** How long before a real interview a mock is questioned: a mock this close can tire the applicant out. */
    static final Duration REST_BEFORE_INTERVIEW = Duration.ofHours(24);

    private final BookingService bookings;
    private final InterviewService interviews;
    private final AccountSummary me;
    private MockInterview moving;

    BookMockView(BookingService bookings, PairingService pairings, InterviewService interviews, AccountService accounts,
                 Clock clock, LiveCalendars live) {
        this.bookings = bookings;
        this.interviews = interviews;
        this.me = accounts.myAccount();
        addClassName("page");
        List<PairingSummary> mentors = pairings.myMentors().stream()
                .filter(pairing -> pairing.status() == PairingStatus.ACTIVE).toList();
        mentor.setLabel("Mentor");
        mentor.setItems(mentors);
        mentor.setItemLabelGenerator(PairingSummary::mentorName);
        mentor.setEmptySelectionAllowed(false);
        format.setLabel("Format");
        format.setItems(MockFormat.values());
        format.setItemLabelGenerator(f -> f.label() + " (" + f.defaultMinutes() + " min)");
        format.setValue(MockFormat.FACULTY);
        mentor.setWidth("min(16rem, 100%)");
        format.setWidth("min(16rem, 100%)");
        LocalDate today = LocalDate.now(clock.withZone(me.timeZone()));
        day.setMin(today);
        day.setValue(today.plusDays(1));
        day.setHelperText("Dates and times are in " + me.timeZone().getId() + ".");
        if (!mentors.isEmpty()) {
            mentor.setValue(mentors.getFirst());
        }
        mentor.addValueChangeListener(change -> showSlots());
        format.addValueChangeListener(change -> showSlots());
        day.addValueChangeListener(change -> showSlots());
        Div choices = new Div(mentor, format, day);
        choices.addClassName("filter-bar");
        slots.addClassName("slot-list");
        add(new ViewHeader("Book a mock interview", "Pick a mentor, a format and a day, then a free time."),
                choices, new H2("Free times"), slots);
        // a slot booked by someone else, on any node, leaves the list without a reload
        live.whileAttached(this, () -> mentors.stream().map(PairingSummary::mentorId).toList(), this::showSlots);
        if (mentors.isEmpty()) {
            slots.add(empty("You have no active mentor yet. Invite one under Mentors; once they accept you can book here."));
        } else {
            showSlots();
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("reschedule").ifPresent(id -> {
            try {
                moving = bookings.mockInterview(Long.parseLong(id));
            } catch (NumberFormatException | org.springframework.security.access.AccessDeniedException unknown) {
                moving = null;
                return;
            }
            mentor.getListDataView().getItems().filter(pairing -> pairing.mentorId() == moving.mentorId())
                    .findFirst().ifPresent(mentor::setValue);
            format.setValue(moving.format());
            mentor.setReadOnly(true);
            format.setReadOnly(true);
            slots.getElement().setAttribute("aria-label", "Free times to move your mock to");
            showSlots();
        });
    }

    void showSlots() {
        slots.removeAll();
        if (mentor.isEmpty() || format.isEmpty() || day.isEmpty()) {
            return;
        }
        List<FreeSlot> free = bookings.freeSlots(mentor.getValue().mentorId(), format.getValue(), day.getValue(), day.getValue());
        if (free.isEmpty()) {
            slots.add(empty("No free times that day. Try another day or format."));
            return;
        }
        for (FreeSlot slot : free) {
            Span mine = new Span(MockTimes.time(slot.start(), slot.applicantZone()));
            mine.addClassName("slot-mine");
            Span theirs = new Span(MockTimes.mentorTime(slot.start(), slot.applicantZone(), slot.mentorZone()));
            theirs.addClassName("slot-theirs");
            Button pick = new Button();
            // a space between the two times, so the text the button shows reads as MockTimes.slotText
            pick.getElement().appendChild(mine.getElement(), new Text(" ").getElement(), theirs.getElement());
            pick.addClassName("slot-button");
            pick.setAriaLabel(MockTimes.slotName(slot.start(), slot.applicantZone(), slot.mentorZone()));
            pick.addClickListener(click -> confirm(slot));
            slots.add(pick);
        }
    }

    private void confirm(FreeSlot slot) {
        String mentorName = mentor.getValue().mentorName();
        List<InterviewSummary> soon = interviews.interviewsSoonAfter(slot.start(), REST_BEFORE_INTERVIEW);
        new BookSlotDialog(slot, mentorName, moving != null, soon, me.timeZone(), () -> {
            try {
                if (moving == null) {
                    bookings.book(mentor.getValue().mentorId(), slot.format(), slot.start());
                    Notices.success("Booked. " + mentorName + " has been told.");
                } else {
                    bookings.reschedule(moving.id(), slot.start());
                    Notices.success("Moved. " + mentorName + " has been told.");
                }
                getUI().ifPresent(ui -> ui.navigate(MockInterviewsView.class));
            } catch (BookingException refused) {
                Notices.error(refused.getMessage());
                showSlots();
            }
        }).open();
    }

    private static Div empty(String text) {
        Div empty = new Div(new Paragraph(text));
        empty.addClassNames("card", "empty-state");
        return empty;
    }
}
