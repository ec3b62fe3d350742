package org.matchprep.answers;

import java.util.List;

/** An experience and the questions whose answers use it. */
public record ExperienceSummary(long id, ExperienceDetails details, List<QuestionSummary> usedIn, long version) {
}
