package org.matchprep.season.domain;

/** How many questions to ask were chosen for one interview. */
public record ChosenCount(long interviewId, long count) {
}
