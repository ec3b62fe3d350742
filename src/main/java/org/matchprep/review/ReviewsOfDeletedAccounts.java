package org.matchprep.review;

import org.matchprep.account.AccountEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When an applicant deletes their account their answers and dossiers go by foreign key, but the threads on
 * them point at them by kind and id; they hold quotes of the applicant's text and the mentors' comments on
 * it, so they go at once, in the deleting transaction, rather than at the nightly housekeeping.
 */
@Component
class ReviewsOfDeletedAccounts {

    private final ReviewHousekeeping housekeeping;

    ReviewsOfDeletedAccounts(ReviewHousekeeping housekeeping) {
        this.housekeeping = housekeeping;
    }

    @EventListener
    void onDeleted(AccountEvent.Deleted deleted) {
        housekeeping.forgetDeletedItems();
    }
}
