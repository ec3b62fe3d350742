package org.matchprep.mock.ui;

import java.time.ZoneId;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.matchprep.base.ui.Notices;
import org.matchprep.mock.BookingException;
import org.matchprep.mock.BookingService;
import org.matchprep.mock.MockInterview;

/** Asks before cancelling a mock; the reason is optional for the applicant and required for the mentor. */
class CancelMockDialog extends ConfirmDialog {

    final TextArea reason;

    CancelMockDialog(BookingService bookings, MockInterview mock, boolean byApplicant, String other, ZoneId zone,
                     Runnable afterwards) {
        reason = new TextArea(byApplicant ? "Reason (optional)" : "Reason for " + other);
        reason.setMaxLength(MockInterview.REASON_MAX_LENGTH);
        reason.setWidthFull();
        reason.setHelperText(byApplicant ? "Your mentor sees it." : "Required: " + other + " sees it.");
        setHeader("Cancel the mock with " + other + "?");
        add(new Paragraph(MockTimes.dayTime(mock.start(), zone)), reason);
        setCancelable(true);
        setCancelText("Keep it");
        setConfirmText("Cancel mock");
        setConfirmButtonTheme("error primary");
        setCloseOnEsc(true);
        addConfirmListener(confirmed -> {
            try {
                bookings.cancel(mock.id(), reason.getValue());
                Notices.success("Cancelled. " + other + " has been told.");
            } catch (BookingException refused) {
                Notices.error(refused.getMessage());
            }
            afterwards.run();
        });
    }
}
