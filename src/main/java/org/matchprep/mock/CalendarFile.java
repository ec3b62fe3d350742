package org.matchprep.mock;

import java.nio.charset.StandardCharsets;

/** An iCalendar file to download: its name and its text. */
public record CalendarFile(String fileName, String content) {

    public static final String CONTENT_TYPE = "text/calendar; charset=utf-8";

    public byte[] bytes() {
        return content.getBytes(StandardCharsets.UTF_8);
    }
}
