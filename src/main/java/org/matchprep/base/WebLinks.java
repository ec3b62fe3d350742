package org.matchprep.base;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Links applicants paste (meeting links, match lists): only absolute http or https addresses with a host. */
public final class WebLinks {

    public static final int MAX_LENGTH = 500;

    private WebLinks() {
    }

    /**
     * The link stripped, or null when blank; anything that is not an http(s) address is reported under
     * {@code field}, with a message that starts with the {@code label} the form shows.
     */
    public static String check(InvalidInputException.Collector problems, String field, String label, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String link = value.strip();
        if (link.length() > MAX_LENGTH) {
            problems.add(field, label + " has " + link.length() + " characters; the limit is " + MAX_LENGTH + ".");
            return link;
        }
        if (!isWebAddress(link)) {
            problems.add(field, label + " must be a web address starting with https:// or http://, "
                    + "such as https://zoom.us/j/123456789.");
        }
        return link;
    }

    private static boolean isWebAddress(String link) {
        try {
            URI uri = new URI(link);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException malformed) {
            return false;
        }
    }
}
