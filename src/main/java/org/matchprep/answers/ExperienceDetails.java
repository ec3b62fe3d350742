package org.matchprep.answers;

/** What an applicant writes about an experience. */
public record ExperienceDetails(String title, String setting, String when, String whatHappened, String whatItShows) {
}
