package org.matchprep.season;

/**
 * Exports are opened in spreadsheets, which run a cell starting with = + - @ as a formula. Text the
 * applicant typed gets a leading apostrophe there, the usual way to say "this is text" (OWASP CSV injection).
 */
final class SpreadsheetSafe {

    private SpreadsheetSafe() {
    }

    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }
}
