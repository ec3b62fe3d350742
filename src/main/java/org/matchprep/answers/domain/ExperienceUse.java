package org.matchprep.answers.domain;

/** One link from an applicant's answer (named by its question) to one of their experiences. */
public record ExperienceUse(long questionId, long experienceId) {
}
