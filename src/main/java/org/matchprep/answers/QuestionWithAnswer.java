package org.matchprep.answers;

import java.time.Instant;

/** A question in my list, with how far my answer to it has come. {@code updatedAt} is null when unanswered. */
public record QuestionWithAnswer(QuestionSummary question, int words, Instant updatedAt) {

    public boolean answered() {
        return words > 0;
    }
}
