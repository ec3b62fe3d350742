package org.matchprep.mock;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.matchprep.account.AccountSummaries;
import org.matchprep.account.AccountSummary;
import org.matchprep.mock.domain.Booking;
import org.springframework.stereotype.Component;

/** Names and zones of the people in mock interviews; callers have already checked who may see them. */
@Component
class People {

    private final AccountSummaries accounts;

    People(AccountSummaries accounts) {
        this.accounts = accounts;
    }

    AccountSummary get(long id) {
        return accounts.of(id);
    }

    Map<Long, AccountSummary> byId(Collection<Long> ids) {
        return accounts.of(ids);
    }

    MockInterview interview(Booking booking) {
        return interviews(List.of(booking)).getFirst();
    }

    /** Bookings with both people's names and zones. */
    List<MockInterview> interviews(List<Booking> bookings) {
        Map<Long, AccountSummary> byId = byId(bookings.stream()
                .flatMap(booking -> Stream.of(booking.getApplicantId(), booking.getMentorId())).distinct().toList());
        return bookings.stream().map(booking -> {
            AccountSummary applicant = byId.get(booking.getApplicantId());
            AccountSummary mentor = byId.get(booking.getMentorId());
            return new MockInterview(booking.getId(), applicant.id(), applicant.displayName(), applicant.timeZone(),
                    mentor.id(), mentor.displayName(), mentor.timeZone(), booking.getFormat(), booking.getStartsAt(),
                    booking.getEndsAt(), booking.getStatus(), booking.getCancelReason(), booking.getSequence(),
                    booking.calendarUid(), booking.getMeetingLink());
        }).toList();
    }
}
