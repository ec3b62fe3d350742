package org.matchprep.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.matchprep.account.AccountSummary;
import org.springframework.security.authorization.AuthorizationDeniedException;

/**
 * Pins each role guard of the review services: the caller owns the item (or has it shared with them) and
 * is refused by the role alone. The method-security interceptor throws {@link AuthorizationDeniedException};
 * the services' own ownership checks throw a plain AccessDeniedException, so removing a guard fails here.
 */
class ReviewRoleGuardsTest extends ReviewTestSupport {

    @Test
    void the_applicant_who_owns_the_answer_cannot_act_as_its_mentor() {
        Setup setup = shared("I chose radiology because of the puzzles.");
        ReviewPage page = openAs(setup.applicant(), setup.answerId());
        accounts.signIn(setup.applicant());

        assertThatThrownBy(() -> review.startThread(new NewThread(answerOf(setup), page.revisionId(), PART, 0, 8,
                "I chose ", "Mine"))).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> review.finishReview(answerOf(setup))).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> review.changesSinceMyLastReview(answerOf(setup)))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> sharing.reviewQueue()).isInstanceOf(AuthorizationDeniedException.class);
        assertThat(threadsOf(setup.answerId())).isZero();
    }

    @Test
    void the_mentor_it_is_shared_with_cannot_act_as_its_applicant() {
        Setup setup = shared("I chose radiology because of the puzzles.");
        AccountSummary other = secondMentor(setup);
        accounts.signIn(setup.mentor());

        assertThatThrownBy(() -> sharing.sharing(answerOf(setup))).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> sharing.share(answerOf(setup), other.id())).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> sharing.revoke(answerOf(setup), other.id())).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> sharing.requestReview(answerOf(setup), setup.mentor().id(), "me"))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> sharing.mySharedItems()).isInstanceOf(AuthorizationDeniedException.class);
        assertThat(sharesOf("answer", setup.answerId())).isEqualTo(2);
    }
}
