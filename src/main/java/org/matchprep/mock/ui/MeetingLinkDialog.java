package org.matchprep.mock.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import org.matchprep.base.WebLinks;
import org.matchprep.base.ui.Notices;
import org.matchprep.mock.BookingException;
import org.matchprep.mock.BookingService;
import org.matchprep.mock.MockInterview;

/** The mentor sets or changes where one booked mock meets; the applicant is told and calendars follow. */
class MeetingLinkDialog extends Dialog {

    final TextField link = new TextField("Meeting link");
    final Button save = new Button("Save link");

    MeetingLinkDialog(BookingService bookings, MockInterview mock, Runnable afterwards) {
        setHeaderTitle("Where the mock with " + mock.applicantName() + " meets");
        link.setWidthFull();
        link.setMaxLength(WebLinks.MAX_LENGTH);
        link.setPlaceholder("https://zoom.us/j/123456789");
        link.setHelperText("Any video platform; empty removes the link.");
        link.setValue(mock.meetingLink() == null ? "" : mock.meetingLink());
        add(link);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            try {
                bookings.changeMeetingLink(mock.id(), link.getValue());
                Notices.success("Link saved. " + mock.applicantName() + " has been told.");
                close();
                afterwards.run();
            } catch (BookingException refused) {
                link.setInvalid(true);
                link.setErrorMessage(refused.getMessage());
            }
        });
        getFooter().add(new Button("Cancel", click -> close()), save);
    }
}
