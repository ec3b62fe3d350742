package org.matchprep.mock.ui;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;
import org.matchprep.mock.FreeSlot;
import org.matchprep.season.InterviewSummary;

/**
 * Asks before booking (or moving to) a free slot, showing the time in both zones. When real interviews
 * start soon after the slot ({@code soon}, nearest first), it says so and asks to book anyway.
 */
class BookSlotDialog extends ConfirmDialog {

    final Paragraph guard = new Paragraph();

    BookSlotDialog(FreeSlot slot, String mentorName, boolean moving, List<InterviewSummary> soon, ZoneId myZone,
                   Runnable book) {
        String verb = moving ? "Move" : "Book";
        setHeader((moving ? "Move to " : "Book ") + slot.format().label().toLowerCase() + " with " + mentorName + "?");
        add(new Paragraph(MockTimes.dayTime(slot.start(), slot.applicantZone()) + " (yours)"),
                new Paragraph(MockTimes.dayTime(slot.start(), slot.mentorZone()) + " (" + mentorName + ")"));
        setCancelable(true);
        setConfirmText(verb);
        if (!soon.isEmpty()) {
            InterviewSummary next = soon.getFirst();
            String others = soon.size() == 1 ? "" : " You have " + (soon.size() - 1) + " more interview"
                    + (soon.size() == 2 ? "" : "s") + " within a day of it.";
            guard.setText("Your interview with " + next.programName() + " is at " + MockTimes.dayTime(next.startsAt(), myZone)
                    + ", " + MockTimes.span(Duration.between(slot.start(), next.startsAt())) + " after this mock. "
                    + "A mock this close can tire you out." + others + " " + verb + " anyway?");
            guard.addClassName("mock-guard");
            add(guard);
            setConfirmText(verb + " anyway");
            setCancelText("Pick another time");
        }
        addConfirmListener(confirmed -> book.run());
    }
}
