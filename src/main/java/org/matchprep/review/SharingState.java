package org.matchprep.review;

import java.util.List;

/**
 * How one of my answers is shared: with each mentor I am paired with. {@code answerId} is null while the
 * answer has no saved text, and then it cannot be shared yet.
 */
public record SharingState(Long answerId, long questionId, String questionText, List<ShareTarget> mentors) {

    public boolean canShare() {
        return answerId != null && !mentors.isEmpty();
    }
}
