package org.matchprep.review;

import java.util.List;

/** How one of my items is shared: with each mentor I am actively paired with. */
public record SharingState(SubjectRef subject, String noun, String title, List<ShareTarget> mentors) {
}
