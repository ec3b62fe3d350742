package org.matchprep.answers;

/** A question as views see it. {@code own}: the applicant's private question rather than the bank's. */
public record QuestionSummary(long id, Category category, AnswerStructure structure, String text, String guidance,
                              boolean own, boolean retired, long version) {
}
