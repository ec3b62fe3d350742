package org.matchprep.season;

import java.util.stream.Stream;

/** What the applicant noted on the day: the people, the place, what worried or impressed them. */
public record Impressions(String met, String culture, String teaching, String residentHappiness, String redFlags,
                          String standout) {

    public static final Impressions NONE = new Impressions("", "", "", "", "", "");

    public boolean isEmpty() {
        return Stream.of(met, culture, teaching, residentHappiness, redFlags, standout)
                .allMatch(text -> text == null || text.isBlank());
    }
}
