package org.matchprep.season.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import org.matchprep.season.SeasonException;

/** Links applicants paste (meeting links, match lists): only absolute http or https addresses with a host. */
public final class WebLinks {

    public static final int MAX_LENGTH = 500;

    private WebLinks() {
    }

    /** The link stripped, or null when blank; refuses anything that is not an http(s) address. */
    public static String check(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String link = value.strip();
        if (link.length() > MAX_LENGTH) {
            throw new SeasonException(field + " has " + link.length() + " characters; the limit is " + MAX_LENGTH + ".");
        }
        try {
            URI uri = new URI(link);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getHost().isBlank()) {
                throw malformed(field);
            }
        } catch (URISyntaxException e) {
            throw malformed(field);
        }
        return link;
    }

    private static SeasonException malformed(String field) {
        return new SeasonException(field + " must be a web address starting with https:// or http://, "
                + "such as https://zoom.us/j/123456789.");
    }
}
