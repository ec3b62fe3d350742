package org.matchprep.programs;

import java.time.LocalDate;

/** Where a piece of evidence was read (an http(s) link) and the day someone last checked it there. */
public record Source(String url, LocalDate checkedOn) {

    public static final Source NONE = new Source(null, null);

    public Source {
        url = url == null || url.isBlank() ? null : url.strip();
    }

    public boolean isEmpty() {
        return url == null && checkedOn == null;
    }
}
